import Foundation

/// Black–Scholes–Merton for European options on a share paying a continuous dividend yield q.
///
/// With τ years to expiry, d₁ = [ln(S/K) + (r − q + σ²/2)τ]/(σ√τ), d₂ = d₁ − σ√τ
/// (``BlackScholesTerms``); each payoff with a closed form (``BlackScholesClosedForm``: the
/// vanilla call and put, and any other registered) supplies its formulas for price and Greeks.
/// At τ = 0 the value is the payoff, Δ is the payoff's slope (½ of its one-sided slopes exactly
/// at the strike) and the other Greeks are 0. American exercise, and a payoff without a closed
/// form, are refused: use ``BinomialLatticeModel`` for an American call or put.
public struct BlackScholesModel: PricingModel {
    public init() {}

    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try valuation(of: contract, in: market).price
    }

    /// European exercise of a payoff with a closed form.
    public func supports(_ payoff: any Payoff, exercise: ExerciseStyle) -> Bool {
        exercise == .european && payoff.blackScholesClosedForm != nil
    }

    /// The closed-form Δ slice (``BlackScholesDeltaSlice``) of a vanilla contract; nil for another
    /// payoff (a caller then values each point); an American contract is refused.
    public func deltaSlice(of contract: OptionContract, in market: Market, timeToExpiry: Double) throws(PricingError) -> BlackScholesDeltaSlice? {
        guard contract.payoff is VanillaPayoff else {
            try Self.requireSupport(contract)
            return nil
        }
        return try BlackScholesDeltaSlice(contract: contract, market: market, timeToExpiry: timeToExpiry)
    }

    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try validate(contract, market)
        let closedForm = try Self.requireSupport(contract)
        let tau = market.timeToExpiry(of: contract)
        guard tau > 0 else {
            return Self.atExpiry(contract, spot: market.spot)
        }
        guard !Valuation.spotIsNegligible(contract, market) else {
            return closedForm.blackScholesValuationNearZeroSpot(contract, market)
        }
        return closedForm.blackScholesValuation(BlackScholesTerms(strike: contract.strike, market: market, timeToExpiry: tau))
    }

    /// Refuses an American contract, naming the lattice as the model to use.
    static func requireEuropean(_ contract: OptionContract) throws(PricingError) {
        guard contract.style == .european else {
            throw PricingError(.unsupported(
                contract.payoff is VanillaPayoff
                    ? "Black–Scholes prices European exercise only; use the binomial lattice for an American \(contract.payoff)"
                    : "Black–Scholes prices European exercise only, and no lattice prices a \(contract.payoff): an American \(contract.payoff) is not supported"
            ))
        }
    }

    /// The payoff's closed form, for a European contract whose payoff has one; refuses others.
    @discardableResult
    static func requireSupport(_ contract: OptionContract) throws(PricingError) -> any BlackScholesClosedForm {
        try requireEuropean(contract)
        guard let closedForm = contract.payoff.blackScholesClosedForm else {
            throw PricingError(.unsupported("Black–Scholes has no closed form for a \(contract.payoff)"))
        }
        return closedForm
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
        Valuation(
            price: contract.intrinsicValue(spot: spot), delta: contract.payoff.slope(spot: spot, strike: contract.strike),
            gamma: 0, theta: 0, vega: 0, rho: 0
        )
    }
}
