import Foundation
import Testing
@testable import Pricing

/// The lattice from S/K = 10⁻¹⁵ to 10¹⁵: Greeks inside their no-arbitrage ranges, values
/// inside their bounds, where node values near K − S would cancel (issue 13: an American put
/// at S = 10⁻⁶, K = 10⁹ had Δ = 0 and Γ = −1.77·10⁸).
struct LatticeExtremeMoneynessTests {
    static let ratios: [Double] = stride(from: -15, through: 15, by: 1).map { pow(10, Double($0)) }

    /// Δ ∈ [−e^{−qτ}… 0] for a put and [0, 1] for a call (within 10⁻¹²), Γ ≥ −10⁻¹²/S (a
    /// relative rounding of Γ·S), an American value at least the payoff and a European one at
    /// least its forward, both at most their upper bounds.
    @Test(arguments: OptionType.allCases, ExerciseStyle.allCases)
    func greeksStayInTheirRangesAtAnyMoneyness(type: OptionType, style: ExerciseStyle) throws {
        let model = BinomialLatticeModel(steps: 200)
        for ratio in Self.ratios {
            for (strike, rate, yield) in [(1e9, 0.0431, 0.0), (100, -0.01, 0.02), (1e-6, 0.05, 0.03)] {
                let contract = OptionContract(type: type, style: style, strike: strike, expiry: 0.25)
                let market = Market(spot: strike * ratio, rate: rate, dividendYield: yield, volatility: 0.6)
                let value = try model.valuation(of: contract, in: market)
                let label = "\(style) \(type) S/K = \(ratio) K = \(strike) r = \(rate) q = \(yield): \(value)"
                let tolerance = 1e-12
                #expect(value.isFinite, "\(label)")
                switch type {
                case .put: #expect(value.delta >= -1 - tolerance && value.delta <= tolerance, "\(label)")
                case .call: #expect(value.delta >= -tolerance && value.delta <= 1 + tolerance, "\(label)")
                }
                #expect(value.gamma * market.spot >= -tolerance, "\(label)")
                let spot = market.spot
                let forward = (type == .call ? 1 : -1) * (spot * exp(-yield * 0.25) - strike * exp(-rate * 0.25))
                let floor = style == .american ? contract.intrinsicValue(spot: spot) : max(forward, 0)
                #expect(value.price >= floor * (1 - tolerance), "\(label)")
                // At most K·e^{−rτ} ∨ K for a put and S·e^{−qτ} ∨ S for a call.
                let ceiling = type == .call ? spot * exp(max(-yield, 0) * 0.25) : strike * exp(max(-rate, 0) * 0.25)
                #expect(value.price <= ceiling * (1 + tolerance), "\(label)")
            }
        }
    }

    /// Deep in the money an American put is exercised at the root and on the first two levels:
    /// its value is K − S, Δ = −1 and Γ = Θ = 0 exactly, vega and rho 0.
    @Test func deepInTheMoneyAmericanPutIsThePayoff() throws {
        let contract = OptionContract(type: .put, style: .american, strike: 1e9, expiry: 60.5 / 365)
        let market = Market(spot: 1e-6, rate: 0.0431, volatility: 0.6056)
        let value = try BinomialLatticeModel(steps: 366).valuation(of: contract, in: market)
        #expect(value.price == 1e9 - 1e-6)
        #expect(value.delta == -1)
        #expect(value.gamma == 0)
        #expect(value.theta == 0)
        #expect(value.vega == 0)
        #expect(value.rho == 0)
    }

    /// A European put deep in the money is its forward K·e^{−rτ} − S·e^{−qτ} plus a call worth
    /// nothing: Δ = −e^{−q(τ−Δt)} (the forward's slope one level in), Γ = 0, Θ the forward's.
    @Test func deepInTheMoneyEuropeanPutIsItsForward() throws {
        let contract = OptionContract(type: .put, style: .european, strike: 1e9, expiry: 0.5)
        let market = Market(spot: 1e-3, rate: 0.05, dividendYield: 0.02, volatility: 0.4)
        let steps = 300
        let value = try BinomialLatticeModel(steps: steps).valuation(of: contract, in: market)
        let dt = 0.5 / Double(steps)
        #expect(abs(value.price - (1e9 * exp(-0.05 * 0.5) - 1e-3 * exp(-0.02 * 0.5))) <= 1e-15 * 1e9)
        #expect(abs(value.delta + exp(-0.02 * (0.5 - dt))) <= 1e-15)
        #expect(value.gamma == 0)
        // Θ = r·K·e^{−rτ} − q·S·e^{−qτ}, read over two levels: (e^{2rΔt} − 1)/(2Δt) ≈ r·(1 + rΔt).
        let theta = 0.05 * 1e9 * exp(-0.05 * 0.5) - 0.02 * 1e-3 * exp(-0.02 * 0.5)
        #expect(abs(value.theta - theta) <= 2 * 0.05 * dt * theta)
    }

    /// In the money a European option is rolled back as its parity partner plus the forward:
    /// its price, Δ, Γ and Θ still converge to Black–Scholes', for a put and a call with a
    /// dividend yield, so the forward's share of each Greek has its sign and size.
    @Test(arguments: OptionType.allCases)
    func inTheMoneyEuropeanGreeksApproachBlackScholes(type: OptionType) throws {
        let market = Market(spot: 100, rate: 0.04, dividendYield: 0.02, volatility: 0.3)
        let contract = OptionContract(type: type, style: .european, strike: type == .put ? 110 : 90, expiry: 0.4)
        let exact = try BlackScholesModel().valuation(of: contract, in: market)
        let tree = try BinomialLatticeModel(steps: 1500).valuation(of: contract, in: market)
        #expect(abs(tree.price - exact.price) < 2e-3, "\(tree.price) vs \(exact.price)")
        #expect(abs(tree.delta - exact.delta) < 1e-3, "\(tree.delta) vs \(exact.delta)")
        #expect(abs(tree.gamma - exact.gamma) < 0.01 * exact.gamma, "\(tree.gamma) vs \(exact.gamma)")
        #expect(abs(tree.theta - exact.theta) < 0.01 * abs(exact.theta), "\(tree.theta) vs \(exact.theta)")
        #expect(abs(tree.vega - exact.vega) < 0.01 * exact.vega, "\(tree.vega) vs \(exact.vega)")
        #expect(abs(tree.rho - exact.rho) < 0.01 * abs(exact.rho), "\(tree.rho) vs \(exact.rho)")
    }

    /// Far out of the money both the value and the Greeks vanish, without going negative.
    @Test func farOutOfTheMoneyOptionsAreWorthNothing() throws {
        for type in OptionType.allCases {
            let contract = OptionContract(type: type, style: .american, strike: 100, expiry: 0.25)
            let market = Market(spot: type == .put ? 100 * 1e15 : 100 * 1e-15, rate: 0.05, volatility: 0.6)
            let value = try BinomialLatticeModel(steps: 500).valuation(of: contract, in: market)
            #expect(value.price == 0 && value.delta == 0 && value.gamma == 0, "\(type): \(value)")
        }
    }
}
