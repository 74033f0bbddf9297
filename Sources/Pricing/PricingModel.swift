/// A way to price an option: the contract says what it pays, the model how to value it
/// (QuantLib's instrument/engine split, without the mutable caches).
public protocol PricingModel: Sendable {
    /// Whether this model prices `payoff` under `exercise`; its valuations refuse
    /// (``PricingError/Reason/unsupported(_:)``) what it does not. By default, a vanilla call or
    /// put of either style.
    func supports(_ payoff: any Payoff, exercise: ExerciseStyle) -> Bool

    /// Premium per share of `contract` in `market`.
    func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double

    /// Premium and the five Greeks per share of `contract` in `market`, in the units of
    /// ``Valuation``.
    func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation

    /// Premium and Δ per share of `contract` in `market`: what a hedge that only trades shares
    /// needs, equal bit for bit to ``valuation(of:in:)``'s `price` and `delta`. A model that can
    /// skip the other Greeks does (a ``ValuationGrid`` reads two of its five tables); the
    /// default takes them from the full valuation.
    func premiumAndDelta(of contract: OptionContract, in market: Market) throws(PricingError) -> PremiumAndDelta

    /// The form of this model to value `request`'s contract many times with, e.g. on every
    /// date of every path of a Monte Carlo study: a lattice returns a ``ValuationGrid``, a
    /// model that is cheap already returns itself (the default).
    func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel

    /// The form of this model to read `request`'s contract's premium and Δ with, and nothing
    /// else, on every date of every path (a hedge in shares' final P&L): a lattice returns a
    /// ``PremiumAndDeltaGrid``, a quarter of the full grid's lattices; a model that is cheap
    /// already values directly (the default, ``DirectPremiumAndDelta``).
    func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta

    /// True when one valuation costs far more than a closed form (a lattice's thousands of
    /// node updates): a caller then values at fewer points. False by default.
    var valuationIsCostly: Bool { get }

    /// Premium, Δ, Γ and Θ of `contract` in `market`, for a caller whose volatility and rate do
    /// not move: ν and ρ may be left 0 when they cost extra valuations (a lattice's bumped
    /// trees). ``valuation(of:in:)`` by default.
    func valuationAtFixedVolatilityAndRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation

    /// Premium, Δ, Γ, Θ and vega of `contract` in `market`, for a caller whose rate does not
    /// move, so that ρ multiplies a zero dr wherever it would enter (a path's dates after the
    /// first: ``ValuedPath`` keeps the market's rate at every date): ρ may be left 0 when it
    /// costs extra valuations (a lattice's two rate-bumped trees, ``BinomialLatticeModel/rhoSteps``
    /// levels each). The other five equal ``valuation(of:in:)``'s bit for bit; by default it is
    /// ``valuation(of:in:)``.
    func valuationAtFixedRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation

    /// Δ of `contract` at `timeToExpiry` years before expiry for any number of spots, in closed
    /// form (``BlackScholesDeltaSlice``), when the model is Black–Scholes for this contract; nil
    /// otherwise (the default). A Monte Carlo study streams a hedge through it.
    func deltaSlice(of contract: OptionContract, in market: Market, timeToExpiry: Double) throws(PricingError) -> BlackScholesDeltaSlice?

    /// Whether exercising `contract` (American) at once is optimal in `market`, where this model
    /// values it at `premium` per share. By default the premium decides
    /// (``OptionContract/exerciseIsOptimal(spot:premium:)``), which is the lattice's own decision
    /// when the lattice prices at the spot itself; a ``ValuationGrid`` compares the spot with
    /// the exercise boundary it found on the lattice at that date.
    func exercisesEarly(_ contract: OptionContract, in market: Market, premium: Double) -> Bool

    /// ``valuationAtFixedRate(of:in:)`` and ``exercisesEarly(_:in:premium:)`` at its premium, in
    /// one call, the same bits: by default the two calls; a ``ValuationGrid`` finds the date
    /// and checks the contract and rates once for both (a path valued up to its exercise,
    /// ``ValuedPath``, asks at every date).
    ///
    /// The premium and the Greeks in `greeks` are those bits; a Greek not asked for may be 0
    /// (a ``ValuationGrid`` interpolates only what is asked) or the full valuation's (the default).
    func valuationAtFixedRateDecidingExercise(
        of contract: OptionContract, in market: Market, reading greeks: Valuation.Greeks
    ) throws(PricingError) -> (valuation: Valuation, exercises: Bool)
}

/// An option's premium and Δ per share (``PricingModel/premiumAndDelta(of:in:)``).
public struct PremiumAndDelta: Sendable, Hashable {
    /// Premium, currency per share.
    public var price: Double
    /// ∂P/∂S, per share.
    public var delta: Double

    @inlinable
    public init(price: Double, delta: Double) {
        self.price = price
        self.delta = delta
    }

    /// True when both are finite.
    @inlinable
    public var isFinite: Bool { price.isFinite && delta.isFinite }
}

extension PricingModel {
    public func supports(_ payoff: any Payoff, exercise: ExerciseStyle) -> Bool {
        payoff is VanillaPayoff
    }

    /// Whether this model prices `contract` (``supports(_:exercise:)``).
    public func supports(_ contract: OptionContract) -> Bool {
        supports(contract.payoff, exercise: contract.style)
    }

    /// The full valuation's premium and Δ.
    public func premiumAndDelta(of contract: OptionContract, in market: Market) throws(PricingError) -> PremiumAndDelta {
        let valuation = try valuation(of: contract, in: market)
        return PremiumAndDelta(price: valuation.price, delta: valuation.delta)
    }

    /// The model itself, for a model that needs no preparation.
    public func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
        PreparedPricingModel(model: self, points: 0, worstError: nil)
    }

    /// The model's own premium and Δ of the request's contract, for a model that needs no preparation.
    public func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
        PreparedPremiumAndDelta(model: DirectPremiumAndDelta(self, contract: request.contract), points: 0, worstError: nil)
    }

    public var valuationIsCostly: Bool { false }

    public func valuationAtFixedVolatilityAndRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try valuation(of: contract, in: market)
    }

    public func valuationAtFixedRate(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try valuation(of: contract, in: market)
    }

    public func deltaSlice(of contract: OptionContract, in market: Market, timeToExpiry: Double) throws(PricingError) -> BlackScholesDeltaSlice? {
        nil
    }

    public func exercisesEarly(_ contract: OptionContract, in market: Market, premium: Double) -> Bool {
        contract.style == .american && contract.exerciseIsOptimal(spot: market.spot, premium: premium)
    }

    /// The full valuation, whatever `greeks` asks for.
    public func valuationAtFixedRateDecidingExercise(
        of contract: OptionContract, in market: Market, reading greeks: Valuation.Greeks
    ) throws(PricingError) -> (valuation: Valuation, exercises: Bool) {
        let valuation = try valuationAtFixedRate(of: contract, in: market)
        return (valuation, exercisesEarly(contract, in: market, premium: valuation.price))
    }

    /// ``valuationAtFixedRateDecidingExercise(of:in:reading:)`` reading every Greek.
    public func valuationAtFixedRateDecidingExercise(
        of contract: OptionContract, in market: Market
    ) throws(PricingError) -> (valuation: Valuation, exercises: Bool) {
        try valuationAtFixedRateDecidingExercise(of: contract, in: market, reading: .all)
    }

    /// Checks the inputs every model needs: a finite spot ≥ 0 (0 is a share absorbed at zero,
    /// valued by ``Valuation/nearZeroSpot(_:_:)``), positive finite strike and volatility, finite
    /// rates and time.
    func validate(_ contract: OptionContract, _ market: Market) throws(PricingError) {
        guard contract.strike.isFinite, contract.strike > 0 else {
            throw PricingError(.invalidInput(name: "strike", value: contract.strike, allowed: "a finite number > 0"))
        }
        guard contract.expiry.isFinite, contract.expiry >= 0 else {
            throw PricingError(.invalidInput(name: "expiry", value: contract.expiry, allowed: "a finite number of years ≥ 0"))
        }
        guard market.spot.isFinite, market.spot >= 0 else {
            throw PricingError(.invalidInput(name: "spot", value: market.spot, allowed: "a finite number ≥ 0"))
        }
        guard market.volatility.isFinite, market.volatility > 0 else {
            throw PricingError(.invalidInput(name: "volatility", value: market.volatility, allowed: "a finite number > 0"))
        }
        guard market.rate.isFinite else {
            throw PricingError(.invalidInput(name: "rate", value: market.rate, allowed: "a finite number"))
        }
        guard market.dividendYield.isFinite else {
            throw PricingError(.invalidInput(name: "dividend yield", value: market.dividendYield, allowed: "a finite number"))
        }
        guard market.time.isFinite else {
            throw PricingError(.invalidInput(name: "time", value: market.time, allowed: "a finite number of years"))
        }
    }
}
