import Foundation

/// A cash-or-nothing digital: pays a fixed `payout` per share if it expires in the money
/// (S > K for a digital call, S < K for a digital put), nothing otherwise; European.
///
/// Under Black–Scholes–Merton with ω = +1 for a call and −1 for a put, D = e^{−rτ}, payout Q
/// (Hull, *Options, Futures, and Other Derivatives*, §26.7; Haug, *The Complete Guide to Option
/// Pricing Formulas*, §4.19.2):
///
///     V = Q·D·N(ω·d₂)
///     Δ = ω·Q·D·φ(d₂)/(S·σ·√τ)
///     Γ = −ω·Q·D·φ(d₂)·d₁/(S²·σ²·τ)
///     ν = −ω·Q·D·φ(d₂)·d₁/σ                                   per 1.00 of volatility
///     ρ = Q·D·[−τ·N(ω·d₂) + ω·φ(d₂)·√τ/σ]                      per 1.00 of rate
///     Θ = Q·D·[r·N(ω·d₂) − ω·φ(d₂)·((r − q)/(σ·√τ) − d₁/(2τ))]  ∂V/∂t per year
///
/// so a digital call and a digital put of one strike add up to Q·e^{−rτ}. Near expiry Δ and Γ
/// at the strike grow as 1/√τ and 1/τ, and at expiry the payoff jumps by Q: the pin risk a
/// delta hedge cannot follow. At expiry the value is Q in the money, 0 out of it, and Q/2
/// exactly at the strike (so call + put = Q there too); Δ is 0 on either side of the strike and
/// is taken as 0 at it, where the slope is unbounded.
public struct DigitalPayoff: Payoff, BlackScholesClosedForm {
    /// The side of the strike that pays.
    public var side: OptionType
    /// Cash paid per share in the money, currency per share (> 0).
    public var cash: Double

    public init(_ side: OptionType, payout: Double) {
        self.side = side
        self.cash = payout
    }

    public static var names: [String] { OptionType.allCases.map { "digital-\($0.rawValue)" } }

    public init?(name: String, terms: PayoffTerms) {
        guard name.hasPrefix("digital-"), let side = OptionType(rawValue: String(name.dropFirst("digital-".count))) else { return nil }
        self.init(side, payout: terms.payout)
    }

    public var name: String { "digital-\(side.rawValue)" }

    public var payout: Double? { cash }

    /// The payout: the payoff steps from 0 to Q across the strike.
    public var jumpAtStrike: Double { cash }

    public func on(side: OptionType) -> DigitalPayoff { DigitalPayoff(side, payout: cash) }

    public func value(spot: Double, strike: Double) -> Double {
        spot == strike ? 0.5 * cash : (isInTheMoney(spot: spot, strike: strike) ? cash : 0)
    }

    public func slope(spot: Double, strike: Double) -> Double { 0 }

    public func blackScholesValuation(_ terms: BlackScholesTerms) -> Valuation {
        let omega: Double = side == .call ? 1 : -1
        let s = terms.spot, r = terms.rate, q = terms.dividendYield, tau = terms.timeToExpiry
        let sigma = terms.volatility, d1 = terms.d1, d2 = terms.d2
        let cashDiscounted = cash * terms.discount
        let density = StandardNormal.density(d2)
        let paid = StandardNormal.cdf(omega * d2)
        return Valuation(
            price: cashDiscounted * paid,
            delta: omega * cashDiscounted * density / (s * terms.sigmaSqrtTau),
            gamma: -omega * cashDiscounted * density * d1 / (s * s * sigma * sigma * tau),
            theta: cashDiscounted * (r * paid - omega * density * ((r - q) / terms.sigmaSqrtTau - d1 / (2 * tau))),
            vega: -omega * cashDiscounted * density * d1 / sigma,
            rho: cashDiscounted * (-tau * paid + omega * density * terms.sqrtTau / sigma)
        )
    }

    /// As S → 0⁺: a digital call is worth nothing, a digital put the discounted payout,
    /// Q·e^{−rτ}, with Θ = r·Q·e^{−rτ}, ρ = −τ·Q·e^{−rτ} and the other Greeks 0.
    public func blackScholesValuationNearZeroSpot(_ contract: OptionContract, _ market: Market) -> Valuation {
        guard side == .put else { return Valuation(price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0) }
        let tau = market.timeToExpiry(of: contract)
        let cashDiscounted = cash * exp(-market.rate * tau)
        return Valuation(price: cashDiscounted, delta: 0, gamma: 0, theta: market.rate * cashDiscounted, vega: 0, rho: -tau * cashDiscounted)
    }
}
