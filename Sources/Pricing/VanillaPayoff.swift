import Foundation

/// A plain call or put: max(S − K, 0) or max(K − S, 0) per share.
public struct VanillaPayoff: Payoff, BlackScholesClosedForm {
    /// Call or put.
    public var type: OptionType

    public init(_ type: OptionType) {
        self.type = type
    }

    public static var names: [String] { OptionType.allCases.map(\.rawValue) }

    public init?(name: String, terms: PayoffTerms) {
        guard let type = OptionType(rawValue: name) else { return nil }
        self.type = type
    }

    public var name: String { type.rawValue }

    public var side: OptionType { type }

    public func on(side: OptionType) -> VanillaPayoff { VanillaPayoff(side) }

    @inlinable
    public func value(spot: Double, strike: Double) -> Double {
        switch type {
        case .call: max(spot - strike, 0)
        case .put: max(strike - spot, 0)
        }
    }

    /// 1 or 0 for a call, −1 or 0 for a put, ±½ exactly at the strike.
    public func slope(spot: Double, strike: Double) -> Double {
        switch type {
        case .call: spot > strike ? 1 : (spot == strike ? 0.5 : 0)
        case .put: spot < strike ? -1 : (spot == strike ? -0.5 : 0)
        }
    }

    /// Black–Scholes–Merton: call = S·e^{−qτ}·N(d₁) − K·e^{−rτ}·N(d₂),
    /// put = K·e^{−rτ}·N(−d₂) − S·e^{−qτ}·N(−d₁), with the closed-form Greeks of Hull,
    /// *Options, Futures, and Other Derivatives*, ch. 19.
    public func blackScholesValuation(_ terms: BlackScholesTerms) -> Valuation {
        let s = terms.spot, k = terms.strike, r = terms.rate, q = terms.dividendYield, tau = terms.timeToExpiry
        let sigma = terms.volatility, sqrtTau = terms.sqrtTau, sigmaSqrtTau = terms.sigmaSqrtTau
        let d1 = terms.d1, d2 = terms.d2
        let dividendDiscount = terms.dividendDiscount, discount = terms.discount
        let densityD1 = StandardNormal.density(d1)
        let gamma = dividendDiscount * densityD1 / (s * sigmaSqrtTau)
        let vega = s * dividendDiscount * densityD1 * sqrtTau
        let timeDecay = -s * dividendDiscount * densityD1 * sigma / (2 * sqrtTau)
        switch type {
        case .call:
            let nD1 = StandardNormal.cdf(d1), nD2 = StandardNormal.cdf(d2)
            return Valuation(
                price: s * dividendDiscount * nD1 - k * discount * nD2,
                delta: dividendDiscount * nD1,
                gamma: gamma,
                theta: timeDecay - r * k * discount * nD2 + q * s * dividendDiscount * nD1,
                vega: vega,
                rho: k * tau * discount * nD2
            )
        case .put:
            let nMinusD1 = StandardNormal.cdf(-d1), nMinusD2 = StandardNormal.cdf(-d2)
            return Valuation(
                price: k * discount * nMinusD2 - s * dividendDiscount * nMinusD1,
                delta: -dividendDiscount * nMinusD1,
                gamma: gamma,
                theta: timeDecay + r * k * discount * nMinusD2 - q * s * dividendDiscount * nMinusD1,
                vega: vega,
                rho: -k * tau * discount * nMinusD2
            )
        }
    }

    /// ``Valuation/nearZeroSpot(_:_:)``.
    public func blackScholesValuationNearZeroSpot(_ contract: OptionContract, _ market: Market) -> Valuation {
        .nearZeroSpot(contract, market)
    }
}
