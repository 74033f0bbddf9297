import Foundation
import Testing
@testable import Pricing

/// The band (``BinomialLattice/Band``) against the full tree: the nodes it leaves out cannot
/// move the root by more than 10⁻¹² of the price.
struct LatticeBandTests {
    /// One contract of the grid below, with the market it is priced in.
    struct Case: CustomStringConvertible {
        var contract: OptionContract
        var market: Market
        var description: String {
            "\(contract.style) \(contract.type) S/K = \(market.spot / contract.strike) τ = \(contract.expiry) "
                + "σ = \(market.volatility) r = \(market.rate) q = \(market.dividendYield)"
        }
    }

    /// Puts and calls, both styles, deep in and out of the money and near it, a week and two
    /// years, σ of 10% and 80%, rates of both signs, with and without a dividend yield: 256
    /// contracts.
    static let cases: [Case] = {
        var cases = [Case]()
        for type in OptionType.allCases {
            for style in ExerciseStyle.allCases {
                for moneyness in [0.3, 0.9, 1.1, 3.0] {
                    for expiry in [7.0 / 365, 2.0] {
                        for sigma in [0.1, 0.8] {
                            for (rate, yield) in [(-0.02, 0.0), (0.0, 0.03), (0.06, 0.0), (0.06, 0.03)] {
                                cases.append(Case(
                                    contract: OptionContract(type: type, style: style, strike: 100, expiry: expiry),
                                    market: Market(spot: 100 * moneyness, rate: rate, dividendYield: yield, volatility: sigma)
                                ))
                            }
                        }
                    }
                }
            }
        }
        return cases
    }()

    func lattices(_ item: Case, steps: Int) -> (banded: BinomialLattice, full: BinomialLattice) {
        let banded = BinomialLattice(contract: item.contract, market: item.market, steps: steps, blackScholesLastStep: false)
        var full = banded
        full.reach = nil
        return (banded, full)
    }

    /// At 1,000 steps the band holds about 6√1000 ≈ 190 of a level's up to 1,001 nodes (more
    /// where it spans a strike far from the spot), so most contracts leave most nodes out. (The
    /// band grows as √N against the tree's N, so a larger N only prunes more; 1,000 keeps this
    /// debug-build test at a few seconds, and `make bench`'s lattice cases run 20,000.)
    @Test(arguments: [1000])
    func bandedLatticeMatchesTheFullTreeToATrillionthOfThePrice(steps: Int) {
        var worst = 0.0, pruned = 0
        for item in Self.cases {
            let (banded, full) = lattices(item, steps: steps)
            if banded.nodeUpdates() < full.nodeUpdates() / 2 { pruned += 1 }
            let value = banded.rollBack(), reference = full.rollBack()
            let difference = abs(value.price - reference.price)
            let error = difference == 0 ? 0 : difference / reference.price
            worst = max(worst, error)
            #expect(error <= 1e-12, "\(item): banded \(value.price), full \(reference.price)")
            #expect(abs(value.delta - reference.delta) <= 1e-10 * max(abs(reference.delta), 1e-3), "\(item)")
        }
        #expect(worst <= 1e-12)
        // Most of the grid is pruned to under half the tree; the rest spans a strike far from
        // the spot at a small σ√τ, where the band is the whole tree.
        #expect(pruned > Self.cases.count / 2, "\(pruned) of \(Self.cases.count)")
    }

    /// The comparison can tell a band too narrow: an at-the-money put's price moves by 7·10⁻⁷
    /// of itself with the edges at two standard deviations and by 5·10⁻¹² at three, more than
    /// the tolerance above; at ``BinomialLattice/Band/reach`` it is below the last bit (the
    /// band's nodes share their spots with the full tree's to the last bit). The error falls
    /// faster than the e^{−reach²} estimate in the band's documentation.
    @Test func aBandTooNarrowIsCaught() {
        let item = Case(
            contract: OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5),
            market: Market(spot: 100, rate: 0.05, volatility: 0.3)
        )
        let (banded, full) = lattices(item, steps: 1000)
        let reference = full.rollBack().price
        func error(reach: Double) -> Double {
            var lattice = banded
            lattice.reach = reach
            return abs(lattice.rollBack().price - reference) / reference
        }
        #expect(error(reach: 2) > 1e-7)
        #expect(error(reach: 3) > 1e-12)
        #expect(error(reach: BinomialLattice.Band.reach) == 0)
    }

    /// The band grows as √N per level, so the work grows as N^{3/2} once N passes a few
    /// hundred: from 5,000 to 20,000 steps about 8 times, not 16.
    @Test func workGrowsAsNToTheThreeHalves() {
        let put = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.0 / 365)
        let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056)
        func updates(_ steps: Int) -> Double {
            Double(BinomialLattice(contract: put, market: market, steps: steps, blackScholesLastStep: false).nodeUpdates())
        }
        let ratio = updates(20_000) / updates(5000)
        #expect(ratio > 7.5 && ratio < 8.5, "\(ratio)")
        #expect(updates(20_000) < 0.1 * 20_000 * 20_001 / 2)
    }

    /// σ√(τN) ≈ 1048 at 366 steps: the full tree's nodes S·u^{±366} overflow a Double, the
    /// band stops below e^700 and the value stays finite and inside its bounds.
    @Test func hugeVolatilityAndHorizonStayFinite() throws {
        for type in OptionType.allCases {
            for style in ExerciseStyle.allCases {
                let contract = OptionContract(type: type, style: style, strike: 260, expiry: 30)
                let market = Market(spot: 261.49, rate: 0.0431, volatility: 10)
                let value = try BinomialLatticeModel(steps: 366).valuation(of: contract, in: market)
                #expect(value.isFinite, "\(type) \(style)")
                #expect(value.price >= contract.intrinsicValue(spot: market.spot) * (style == .american ? 1 : 0))
                #expect(value.price <= (type == .call ? market.spot : contract.strike) * (1 + 1e-12))
            }
        }
    }
}
