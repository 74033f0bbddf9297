import Foundation
import Testing
@testable import Pricing

/// The cash-or-nothing digital (``DigitalPayoff``) on Black–Scholes: a published value, the
/// closed form written independently, finite differences of the price for every Greek, and
/// digital call + digital put = payout·e^{−rτ}.
struct DigitalOptionTests {
    private static let model = BlackScholesModel()

    private static func digital(_ side: OptionType, strike: Double, years: Double, payout: Double) -> OptionContract {
        OptionContract(payoff: DigitalPayoff(side, payout: payout), style: .european, strike: strike, expiry: years)
    }

    /// In, at and out of the money, for a call and a put, with a dividend yield and near expiry.
    static let cases: [(side: OptionType, strike: Double, years: Double, market: Market)] = [
        (.call, 240, 0.25, Market(spot: 260, rate: 0.0431, dividendYield: 0.01, volatility: 0.6)),
        (.call, 260, 0.25, Market(spot: 260, rate: 0.0431, dividendYield: 0.01, volatility: 0.6)),
        (.call, 280, 0.25, Market(spot: 260, rate: 0.0431, dividendYield: 0.01, volatility: 0.6)),
        (.put, 240, 0.25, Market(spot: 260, rate: 0.0431, dividendYield: 0.01, volatility: 0.6)),
        (.put, 260, 0.25, Market(spot: 260, rate: 0.0431, dividendYield: 0.01, volatility: 0.6)),
        (.put, 280, 0.25, Market(spot: 260, rate: 0.0431, dividendYield: 0.01, volatility: 0.6)),
        (.call, 262, 3.0 / 365, Market(spot: 260, rate: 0.05, volatility: 0.3)),
        (.put, 258, 3.0 / 365, Market(spot: 260, rate: 0.05, volatility: 0.3)),
    ]

    /// Haug, *The Complete Guide to Option Pricing Formulas* (2nd ed.), §4.19.2, after Reiner &
    /// Rubinstein (1991): cash-or-nothing put, S = 100, K = 80, cash 10, T = 0.75, r = 6%,
    /// b = r − q = 0, σ = 35% → 2.6710.
    @Test func haugCashOrNothingPut() throws {
        let contract = Self.digital(.put, strike: 80, years: 0.75, payout: 10)
        let market = Market(spot: 100, rate: 0.06, dividendYield: 0.06, volatility: 0.35)
        let price = try Self.model.price(of: contract, in: market)
        #expect(abs(price - 2.6710) < 0.00005, "\(price)")
    }

    /// Price = Q·e^{−rτ}·N(±d₂), Δ = ±Q·e^{−rτ}·φ(d₂)/(Sσ√τ), written here with erfc and
    /// without ``BlackScholesTerms``.
    @Test(arguments: cases)
    func priceAndDeltaMatchTheClosedForm(side: OptionType, strike: Double, years: Double, market: Market) throws {
        let payout = 2.5
        let value = try Self.model.valuation(of: Self.digital(side, strike: strike, years: years, payout: payout), in: market)
        let s = market.spot, r = market.rate, q = market.dividendYield, sigma = market.volatility
        let d2 = (log(s / strike) + (r - q - sigma * sigma / 2) * years) / (sigma * years.squareRoot())
        let omega: Double = side == .call ? 1 : -1
        let price = payout * exp(-r * years) * 0.5 * erfc(-omega * d2 / 2.squareRoot())
        let delta = omega * payout * exp(-r * years) * exp(-d2 * d2 / 2) / (2 * Double.pi).squareRoot() / (s * sigma * years.squareRoot())
        #expect(abs(value.price - price) < 1e-12 * payout)
        #expect(abs(value.delta - delta) < 1e-12 * max(1, abs(delta)))
    }

    /// Each Greek against a central difference of the price: Δ and Γ in the spot, ν in σ, ρ in
    /// r, Θ in the valuation time (∂V/∂t, per year). Steps small against the option's scale
    /// (h = 10⁻⁴·S, σ·10⁻⁴, 10⁻⁵, τ·10⁻⁴); tolerance 10⁻⁵ relative to the Greek's scale.
    @Test(arguments: cases)
    func greeksMatchFiniteDifferences(side: OptionType, strike: Double, years: Double, market: Market) throws {
        let contract = Self.digital(side, strike: strike, years: years, payout: 1)
        let value = try Self.model.valuation(of: contract, in: market)
        func price(_ change: (inout Market) -> Void) throws -> Double {
            var bumped = market
            change(&bumped)
            return try Self.model.price(of: contract, in: bumped)
        }
        let h = 1e-4 * market.spot
        let up = try price { $0.spot += h }, down = try price { $0.spot -= h }
        let delta = (up - down) / (2 * h)
        let gamma = (up - 2 * value.price + down) / (h * h)
        let dv = 1e-4 * market.volatility
        let vega = try (price { $0.volatility += dv } - price { $0.volatility -= dv }) / (2 * dv)
        let dr = 1e-5
        let rho = try (price { $0.rate += dr } - price { $0.rate -= dr }) / (2 * dr)
        let dt = 1e-4 * years
        let theta = try (price { $0.time += dt } - price { $0.time -= dt }) / (2 * dt)
        func close(_ analytic: Double, _ numeric: Double, scale: Double) -> Bool {
            abs(analytic - numeric) <= 1e-5 * scale
        }
        let label = "\(side) K = \(strike) τ = \(years)"
        #expect(close(value.delta, delta, scale: max(abs(delta), 1e-3)), "\(label) Δ \(value.delta) vs \(delta)")
        #expect(close(value.gamma, gamma, scale: max(abs(gamma), 1e-4)), "\(label) Γ \(value.gamma) vs \(gamma)")
        #expect(close(value.vega, vega, scale: max(abs(vega), 1e-2)), "\(label) ν \(value.vega) vs \(vega)")
        #expect(close(value.rho, rho, scale: max(abs(rho), 1e-2)), "\(label) ρ \(value.rho) vs \(rho)")
        #expect(close(value.theta, theta, scale: max(abs(theta), 1e-2)), "\(label) Θ \(value.theta) vs \(theta)")
    }

    /// Digital call + digital put of one strike = Q·e^{−rτ}: the sum's Δ, Γ and ν are 0, its Θ
    /// r·Q·e^{−rτ} and its ρ −τ·Q·e^{−rτ}. At expiry the two pay Q between them, Q/2 each at the
    /// strike.
    @Test(arguments: cases)
    func callAndPutAddUpToTheDiscountedPayout(side _: OptionType, strike: Double, years: Double, market: Market) throws {
        let payout = 7.0
        let call = try Self.model.valuation(of: Self.digital(.call, strike: strike, years: years, payout: payout), in: market)
        let put = try Self.model.valuation(of: Self.digital(.put, strike: strike, years: years, payout: payout), in: market)
        let bond = payout * exp(-market.rate * years)
        #expect(abs(call.price + put.price - bond) < 1e-12 * payout)
        #expect(abs(call.delta + put.delta) < 1e-15)
        #expect(abs(call.gamma + put.gamma) < 1e-15)
        #expect(abs(call.vega + put.vega) < 1e-12)
        #expect(abs(call.theta + put.theta - market.rate * bond) < 1e-12 * payout)
        #expect(abs(call.rho + put.rho + years * bond) < 1e-12 * payout)
        for spot in [strike * 0.9, strike, strike * 1.1] {
            var expired = market
            expired.spot = spot
            expired.time = years
            let paid = try Self.model.price(of: Self.digital(.call, strike: strike, years: years, payout: payout), in: expired)
                + Self.model.price(of: Self.digital(.put, strike: strike, years: years, payout: payout), in: expired)
            #expect(paid == payout, "S = \(spot)")
        }
    }

    /// Γ at the strike grows without bound as expiry nears (as 1/τ at a fixed spot just off the
    /// strike's forward): the pin risk the report teaches.
    @Test func gammaNearTheStrikeExplodesAsExpiryNears() throws {
        let market = Market(spot: 101, rate: 0.03, volatility: 0.3)
        var previous = 0.0
        for days in [30.0, 10, 3, 1, 0.25] {
            let gamma = try Self.model.valuation(of: Self.digital(.call, strike: 100, years: days / 365, payout: 1), in: market).gamma
            #expect(abs(gamma) > previous, "\(days) days: |Γ| \(abs(gamma)) not above \(previous)")
            previous = abs(gamma)
        }
    }

    /// Near a zero spot the digital put is a discounted payout and the call nothing.
    @Test func nearZeroSpotLimits() throws {
        let market = Market(spot: 0, rate: 0.05, volatility: 0.3)
        let put = try Self.model.valuation(of: Self.digital(.put, strike: 100, years: 1, payout: 3), in: market)
        let call = try Self.model.valuation(of: Self.digital(.call, strike: 100, years: 1, payout: 3), in: market)
        #expect(abs(put.price - 3 * exp(-0.05)) < 1e-14)
        #expect(call.price == 0 && call.delta == 0)
    }

    /// The models declare what they price: Black–Scholes a European digital, not an American
    /// one; the lattice no digital at all. Each refuses what it does not support, naming it.
    @Test func modelsDeclareAndRefuseWhatTheyDoNotPrice() throws {
        let digital = DigitalPayoff(.call, payout: 1)
        let lattice = BinomialLatticeModel(steps: 100)
        #expect(Self.model.supports(digital, exercise: .european))
        #expect(!Self.model.supports(digital, exercise: .american))
        #expect(!lattice.supports(digital, exercise: .european))
        #expect(!lattice.supports(digital, exercise: .american))
        #expect(lattice.supports(VanillaPayoff(.put), exercise: .american))
        let market = Market(spot: 100, rate: 0.05, volatility: 0.3)
        var american = Self.digital(.call, strike: 100, years: 1, payout: 1)
        american.style = .american
        #expect(throws: PricingError.self) { try Self.model.valuation(of: american, in: market) }
        do {
            _ = try lattice.valuation(of: Self.digital(.put, strike: 100, years: 1, payout: 1), in: market)
            Issue.record("the lattice priced a digital")
        } catch {
            #expect("\(error)".contains("digital put"))
        }
        #expect(throws: PricingError.self) {
            try ImpliedVolatility.solve(premium: 0.5, contract: Self.digital(.call, strike: 100, years: 1, payout: 1), market: market, model: Self.model)
        }
    }

    /// `--type` names: the registry finds each payoff by its name, with its terms, and the
    /// contract's `type` moves a digital to the other side keeping its payout.
    @Test func registryNamesEachPayoff() throws {
        #expect(Payoffs.names == ["call", "put", "digital-call", "digital-put"])
        let payoff = try #require(Payoffs.payoff(named: "digital-put", terms: PayoffTerms(payout: 5)))
        #expect(payoff.name == "digital-put" && payoff.payout == 5 && payoff.side == .put)
        var contract = OptionContract(payoff: payoff, style: .european, strike: 100, expiry: 1)
        contract.type = .call
        #expect(contract.payoff.name == "digital-call" && contract.payoff.payout == 5)
        #expect(contract != Self.digital(.call, strike: 100, years: 1, payout: 4))
        #expect(contract == Self.digital(.call, strike: 100, years: 1, payout: 5))
        #expect(Payoffs.payoff(named: "digital") == nil)
    }
}
