import Testing
@testable import Pricing

/// A share absorbed at 0 (a walk whose down moves underflow, GBM's limit): every model values
/// it by the limits S → 0⁺, which pricing a tiny positive spot approaches.
struct ZeroSpotTests {
    static let market = Market(spot: 0, rate: 0.05, dividendYield: 0.02, volatility: 0.4)

    @Test(arguments: OptionType.allCases)
    func europeanAtZeroMatchesClosedFormJustAboveZero(type: OptionType) throws {
        let contract = OptionContract(type: type, style: .european, strike: 100, expiry: 0.5)
        var near = Self.market
        near.spot = 1e-9
        let zero = try BlackScholesModel().valuation(of: contract, in: Self.market)
        let limit = try BlackScholesModel().valuation(of: contract, in: near)
        // P moves by Δ·S between 0 and 1e-9; the other Greeks converge.
        #expect(abs(zero.price - limit.price) < 1e-8)
        #expect(abs(zero.delta - limit.delta) < 1e-12)
        #expect(abs(zero.theta - limit.theta) < 1e-8)
        #expect(abs(zero.rho - limit.rho) < 1e-8)
        #expect(zero.gamma == 0 && zero.vega == 0)
    }

    @Test func americanPutAtZeroIsExercisedForItsStrike() throws {
        let put = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        var near = Self.market
        near.spot = 1e-6
        let zero = try BinomialLatticeModel(steps: 200).valuation(of: put, in: Self.market)
        let lattice = try BinomialLatticeModel(steps: 200).valuation(of: put, in: near)
        #expect(zero.price == 100 && zero.delta == -1)
        #expect(abs(lattice.price - (100 - 1e-6)) < 1e-9)
        // Δ from the step-1 nodes divides a difference of values near K = 100 (ulp 1.4e-14) by
        // S·(u − d) ≈ 6e-8: about 2e-7 of rounding.
        #expect(abs(lattice.delta + 1) < 1e-6)
    }

    @Test func americanPutWithNegativeRateWaitsLikeTheEuropean() throws {
        var market = Self.market
        market.rate = -0.01
        let american = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        let zero = try BinomialLatticeModel(steps: 200).valuation(of: american, in: market)
        let european = try BlackScholesModel().valuation(of: american.with(style: .european), in: market)
        #expect(zero == european)
    }

    @Test(arguments: [1e-250, Double(sign: .plus, exponent: -1070, significand: 1)])
    func subnormalSpotsGiveFiniteLimitsOnTheLattice(spot: Double) throws {
        // A walk of many down moves reached 2.6e-322 (a subnormal, as 2^−1070 is): the lattice's nodes would be subnormal.
        var market = Self.market
        market.spot = spot
        for type in OptionType.allCases {
            let contract = OptionContract(type: type, style: .american, strike: 260, expiry: 0.2)
            let value = try BinomialLatticeModel(steps: 366).valuation(of: contract, in: market)
            #expect(value.isFinite)
            #expect(value.price == (type == .put ? 260 - spot : 0))
        }
    }

    @Test func negativeSpotIsStillRefused() {
        var market = Self.market
        market.spot = -1
        let put = OptionContract(type: .put, style: .european, strike: 100, expiry: 0.5)
        #expect(throws: PricingError.self) { try BlackScholesModel().valuation(of: put, in: market) }
    }
}
