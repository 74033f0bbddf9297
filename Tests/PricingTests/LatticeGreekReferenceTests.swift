import Foundation
import Testing
@testable import Pricing

/// Vega and rho of the lattice at every volatility, in and out of the money (issue 22), against
/// references this file computes on its own:
/// - European: the Black–Scholes closed form (Hull, ch. 19: ν = S·e^{−qτ}·φ(d₁)·√τ, ρ_put =
///   −K·τ·e^{−rτ}·N(−d₂), ρ_call = K·τ·e^{−rτ}·N(d₂)), the lattice pricing the European option.
/// - American: a fine lattice written here with plain loops, Broadie–Detemple's (Black–Scholes
///   values one step before expiry, then max(continuation, intrinsic) at every node; Broadie &
///   Detemple 1996), 3,000 levels extrapolated with 1,500 (2·P₃₀₀₀ − P₁₅₀₀), differenced
///   centrally: h = 0.02·σ for vega, 1 bp for rho.
/// The lattice under test has the course's 366 levels. Tolerances: 1 % for vega, 0.1 % for rho.
struct LatticeGreekReferenceTests {
    static let spot = 100.0
    static let rate = 0.0431
    static let years = 60.5 / 365
    static let steps = 366

    struct Case: Sendable, CustomTestStringConvertible {
        var type: OptionType
        var volatility: Double
        /// ln(K/S) in standard deviations σ√τ: positive puts and negative calls in the money.
        var moneyness: Double
        var dividendYield: Double
        var strike: Double { LatticeGreekReferenceTests.spot * exp(moneyness * volatility * LatticeGreekReferenceTests.years.squareRoot()) }
        var testDescription: String { "\(type.rawValue) σ = \(volatility), ln(K/S) = \(moneyness)σ√τ, q = \(dividendYield)" }
    }

    /// σ = 0.05, 0.1, 0.6, 1.5; puts (q = 0) a standard deviation out of and half in the money,
    /// calls (q = 5 %, so early exercise can pay) half in and a standard deviation out.
    static let cases: [Case] = [0.05, 0.1, 0.6, 1.5].flatMap { sigma in
        [
            Case(type: .put, volatility: sigma, moneyness: -1, dividendYield: 0),
            Case(type: .put, volatility: sigma, moneyness: 0.5, dividendYield: 0),
            Case(type: .call, volatility: sigma, moneyness: -0.5, dividendYield: 0.05),
            Case(type: .call, volatility: sigma, moneyness: 1, dividendYield: 0.05),
        ]
    }

    static func market(_ c: Case, volatility: Double? = nil, rate: Double? = nil) -> Market {
        Market(spot: spot, rate: rate ?? Self.rate, dividendYield: c.dividendYield, volatility: volatility ?? c.volatility)
    }

    static func contract(_ c: Case, _ style: ExerciseStyle) -> OptionContract {
        OptionContract(type: c.type, style: style, strike: c.strike, expiry: years)
    }

    @Test(arguments: cases)
    func europeanVegaAndRhoMatchTheClosedForm(_ c: Case) throws {
        let contract = Self.contract(c, .european)
        let tau = Self.years, q = c.dividendYield, r = Self.rate, sigma = c.volatility, k = c.strike
        let d1 = (log(Self.spot / k) + (r - q + 0.5 * sigma * sigma) * tau) / (sigma * tau.squareRoot())
        let d2 = d1 - sigma * tau.squareRoot()
        let phi = exp(-0.5 * d1 * d1) / (2 * Double.pi).squareRoot()
        let cdf = { (x: Double) in 0.5 * erfc(-x / 2.squareRoot()) }
        let vega = Self.spot * exp(-q * tau) * phi * tau.squareRoot()
        let rho = c.type == .call ? k * tau * exp(-r * tau) * cdf(d2) : -k * tau * exp(-r * tau) * cdf(-d2)
        let lattice = try BinomialLatticeModel(steps: Self.steps).valuation(of: contract, in: Self.market(c))
        #expect(abs(lattice.vega - vega) <= 0.01 * abs(vega), "vega \(lattice.vega) vs \(vega)")
        #expect(abs(lattice.rho - rho) <= 0.001 * abs(rho), "rho \(lattice.rho) vs \(rho)")
    }

    @Test(arguments: cases)
    func americanVegaAndRhoMatchAFineLattice(_ c: Case) throws {
        let contract = Self.contract(c, .american)
        let h = 0.02 * c.volatility, bump = 1e-4
        func reference(_ market: Market) -> Double {
            2 * Self.fineLattice(contract, market, levels: 3_000) - Self.fineLattice(contract, market, levels: 1_500)
        }
        let vega = (reference(Self.market(c, volatility: c.volatility + h)) - reference(Self.market(c, volatility: c.volatility - h))) / (2 * h)
        let rho = (reference(Self.market(c, rate: Self.rate + bump)) - reference(Self.market(c, rate: Self.rate - bump))) / (2 * bump)
        let lattice = try BinomialLatticeModel(steps: Self.steps).valuation(of: contract, in: Self.market(c))
        #expect(abs(lattice.vega - vega) <= 0.01 * abs(vega), "vega \(lattice.vega) vs \(vega)")
        #expect(abs(lattice.rho - rho) <= 0.001 * abs(rho), "rho \(lattice.rho) vs \(rho)")
    }

    /// Vega's bump is in proportion to σ: a fixed ±0.01 is a fifth of σ = 0.05 (issue 22).
    @Test func vegaBumpIsInProportionToTheVolatility() {
        #expect(BinomialLatticeModel.volatilityBump(at: 0.05) == 0.001)
        #expect(BinomialLatticeModel.volatilityBump(at: 1.5) == 0.03)
    }

    /// An American option on a Broadie–Detemple lattice of `levels` levels, plain loops: the
    /// independent reference (CRR geometry, u = e^{σ√Δt}, p = (e^{(r−q)Δt} − d)/(u − d)).
    static func fineLattice(_ contract: OptionContract, _ market: Market, levels n: Int) -> Double {
        let dt = contract.expiry / Double(n)
        let u = exp(market.volatility * dt.squareRoot()), d = 1 / u
        let p = (exp((market.rate - market.dividendYield) * dt) - d) / (u - d)
        let discount = exp(-market.rate * dt)
        let a = discount * p, b = discount * (1 - p)
        let european = contract.with(style: .european)
        let closedForm = BlackScholesModel()
        var values = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var node = market
            node.spot = market.spot * pow(u, Double(2 * j - (n - 1)))
            node.time = contract.expiry - dt
            let continuation = (try? closedForm.price(of: european, in: node)) ?? 0
            values[j] = max(continuation, contract.intrinsicValue(spot: node.spot))
        }
        values.withUnsafeMutableBufferPointer { v in
            for level in stride(from: n - 2, through: 0, by: -1) {
                var spot = market.spot * pow(u, Double(-level))
                let step = u * u
                for j in 0...level {
                    let continuation = a * v[j + 1] + b * v[j]
                    let intrinsic = contract.type == .put ? contract.strike - spot : spot - contract.strike
                    v[j] = max(continuation, intrinsic)
                    spot *= step
                }
            }
        }
        return values[0]
    }
}
