import Foundation

/// A payoff with a Black–Scholes–Merton closed form for European exercise: what
/// ``BlackScholesModel`` prices.
public protocol BlackScholesClosedForm: Payoff {
    /// Price and the five Greeks per share in the units of ``Valuation``, for τ > 0 and a spot
    /// that is not negligible against the strike.
    func blackScholesValuation(_ terms: BlackScholesTerms) -> Valuation

    /// The limits as S → 0⁺ (a spot below ``Valuation/negligibleSpotRatio`` of the strike),
    /// where ln(S/K) leaves the formulas' range.
    func blackScholesValuationNearZeroSpot(_ contract: OptionContract, _ market: Market) -> Valuation
}

extension BlackScholesClosedForm {
    public var blackScholesClosedForm: (any BlackScholesClosedForm)? { self }
}

/// The inputs every Black–Scholes–Merton formula reads, computed once:
/// d₁ = [ln(S/K) + (r − q + σ²/2)τ]/(σ√τ), d₂ = d₁ − σ√τ.
public struct BlackScholesTerms: Sendable {
    /// Share price, currency per share (> 0).
    public let spot: Double
    /// Strike, currency per share.
    public let strike: Double
    /// Risk-free rate per year, continuously compounded.
    public let rate: Double
    /// Dividend yield per year, continuously compounded.
    public let dividendYield: Double
    /// Volatility per √year.
    public let volatility: Double
    /// τ, years to expiry (> 0).
    public let timeToExpiry: Double
    /// √τ.
    public let sqrtTau: Double
    /// σ√τ.
    public let sigmaSqrtTau: Double
    /// d₁.
    public let d1: Double
    /// d₂ = d₁ − σ√τ.
    public let d2: Double
    /// e^{−qτ}.
    public let dividendDiscount: Double
    /// e^{−rτ}.
    public let discount: Double

    /// The terms of `strike` in `market` with `tau` years to expiry.
    public init(strike: Double, market: Market, timeToExpiry tau: Double) {
        let s = market.spot, k = strike, r = market.rate, q = market.dividendYield
        let sigma = market.volatility
        let sqrtTau = tau.squareRoot()
        let sigmaSqrtTau = sigma * sqrtTau
        let d1 = (log(s / k) + (r - q + 0.5 * sigma * sigma) * tau) / sigmaSqrtTau
        self.spot = s
        self.strike = k
        self.rate = r
        self.dividendYield = q
        self.volatility = sigma
        self.timeToExpiry = tau
        self.sqrtTau = sqrtTau
        self.sigmaSqrtTau = sigmaSqrtTau
        self.d1 = d1
        self.d2 = d1 - sigmaSqrtTau
        self.dividendDiscount = exp(-q * tau)
        self.discount = exp(-r * tau)
    }
}
