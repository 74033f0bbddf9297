import Foundation

/// Black–Scholes–Merton for European options on a share paying a continuous dividend yield q.
///
/// With τ years to expiry, d₁ = [ln(S/K) + (r − q + σ²/2)τ]/(σ√τ), d₂ = d₁ − σ√τ:
/// call = S·e^{−qτ}·N(d₁) − K·e^{−rτ}·N(d₂), put = K·e^{−rτ}·N(−d₂) − S·e^{−qτ}·N(−d₁),
/// with the closed-form Greeks of Hull, *Options, Futures, and Other Derivatives*, ch. 19.
/// At τ = 0 the value is the intrinsic value, Δ is the payoff's slope (−½ or ½ exactly at
/// the strike) and the other Greeks are 0. American contracts are refused: use
/// ``BinomialLatticeModel``.
public struct BlackScholesModel: PricingModel {
    public init() {}

    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try valuation(of: contract, in: market).price
    }

    /// The closed-form Δ slice (``BlackScholesDeltaSlice``); an American contract is refused.
    public func deltaSlice(of contract: OptionContract, in market: Market, timeToExpiry: Double) throws(PricingError) -> BlackScholesDeltaSlice? {
        try BlackScholesDeltaSlice(contract: contract, market: market, timeToExpiry: timeToExpiry)
    }

    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try validate(contract, market)
        try Self.requireEuropean(contract)
        let tau = market.timeToExpiry(of: contract)
        guard tau > 0 else {
            return Self.atExpiry(contract, spot: market.spot)
        }
        guard !Valuation.spotIsNegligible(contract, market) else { return .nearZeroSpot(contract, market) }
        let s = market.spot, k = contract.strike, r = market.rate, q = market.dividendYield
        let sigma = market.volatility
        let sqrtTau = tau.squareRoot()
        let sigmaSqrtTau = sigma * sqrtTau
        let d1 = (log(s / k) + (r - q + 0.5 * sigma * sigma) * tau) / sigmaSqrtTau
        let d2 = d1 - sigmaSqrtTau
        let dividendDiscount = exp(-q * tau)
        let discount = exp(-r * tau)
        let densityD1 = StandardNormal.density(d1)
        let gamma = dividendDiscount * densityD1 / (s * sigmaSqrtTau)
        let vega = s * dividendDiscount * densityD1 * sqrtTau
        let timeDecay = -s * dividendDiscount * densityD1 * sigma / (2 * sqrtTau)

        switch contract.type {
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

    /// Refuses an American contract, naming the lattice as the model to use.
    static func requireEuropean(_ contract: OptionContract) throws(PricingError) {
        guard contract.style == .european else {
            throw PricingError(.unsupported(
                "Black–Scholes prices European exercise only; use the binomial lattice for an American \(contract.type.rawValue)"
            ))
        }
    }

    /// The checks of ``validate(_:_:)`` that do not involve the spot or the time (strike,
    /// volatility, rate, dividend yield), for callers that supply spots and times to expiry of
    /// their own: a grid, a Δ slice.
    func validateTermsAndRates(_ contract: OptionContract, _ market: Market) throws(PricingError) {
        var terms = contract
        terms.expiry = 0
        var rates = market
        rates.spot = 1
        rates.time = 0
        try validate(terms, rates)
    }

    /// Value and Greeks when no time is left: the payoff and its slope.
    static func atExpiry(_ contract: OptionContract, spot: Double) -> Valuation {
        let slope: Double
        switch contract.type {
        case .call: slope = spot > contract.strike ? 1 : (spot == contract.strike ? 0.5 : 0)
        case .put: slope = spot < contract.strike ? -1 : (spot == contract.strike ? -0.5 : 0)
        }
        return Valuation(price: contract.intrinsicValue(spot: spot), delta: slope, gamma: 0, theta: 0, vega: 0, rho: 0)
    }
}
