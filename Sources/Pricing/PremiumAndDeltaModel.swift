/// What a hedge in shares reads at each date of a path, and nothing more: one contract's premium
/// and Δ, and whether exercising it now is optimal, on the dates it was prepared for
/// (``PricingModel/preparedPremiumAndDelta(for:)``). A Monte Carlo study's final-P&L path reads
/// its dates through this type alone, so a grid that holds two of the five tables
/// (``PremiumAndDeltaGrid``) can serve no caller that reads a Greek.
public protocol PremiumAndDeltaModel: Sendable {
    /// The contract it values.
    var contract: OptionContract { get }

    /// Premium and Δ per share of ``contract`` in `market`, equal bit for bit to
    /// ``PricingModel/premiumAndDelta(of:in:)`` of the model it was prepared from. `date` is the
    /// position of `market.time` in the dates of the preparation: a grid reads that date without
    /// looking for it (and looks for it when the position holds another time); any other model
    /// ignores it.
    func premiumAndDelta(in market: Market, date: Int) throws(PricingError) -> PremiumAndDelta

    /// Whether exercising ``contract`` (American) at once is optimal in `market`, where it is
    /// worth `premium` per share (``PricingModel/exercisesEarly(_:in:premium:)``); `date` as for
    /// ``premiumAndDelta(in:date:)``.
    func exercisesEarly(in market: Market, premium: Double, date: Int) -> Bool

    /// ``premiumAndDelta(in:date:)`` and, when `decidingExercise`, ``exercisesEarly(in:premium:date:)``
    /// at the premium read (false otherwise): the same two answers, bit for bit, from one call,
    /// so that a grid finds the date and checks the rates once a date, not twice.
    func reading(in market: Market, date: Int, decidingExercise: Bool) throws(PricingError) -> HedgeReading

    /// ``reading(in:date:decidingExercise:)`` at each of `spots` (USD per share, the rest of
    /// `market` shared), in order, into `readings` (resized to `spots.count`): the same bits as
    /// one call per spot. A study reads a date of a chunk of paths at once, so that a grid finds
    /// the date and checks the rates once a chunk, and a model behind an existential is called
    /// once a date, not once a path.
    ///
    /// - Throws: the first spot's error; `readings` then holds no meaning.
    func readings(
        in market: Market, date: Int, spots: [Double], decidingExercise: Bool, into readings: inout [HedgeReading]
    ) throws(PricingError)
}

/// What a hedge in shares reads at one date of a path (``PremiumAndDeltaModel/reading(in:date:decidingExercise:)``).
public struct HedgeReading: Sendable, Hashable {
    /// The premium and Δ per share.
    public var value: PremiumAndDelta
    /// True when exercising at once is optimal (asked for only where the hedge may exercise).
    public var exercises: Bool

    public init(value: PremiumAndDelta, exercises: Bool) {
        self.value = value
        self.exercises = exercises
    }
}

extension PremiumAndDeltaModel {
    /// The two calls one after the other: a model that finds nothing twice.
    public func reading(in market: Market, date: Int, decidingExercise: Bool) throws(PricingError) -> HedgeReading {
        let value = try premiumAndDelta(in: market, date: date)
        return HedgeReading(
            value: value, exercises: decidingExercise && exercisesEarly(in: market, premium: value.price, date: date)
        )
    }

    /// One ``reading(in:date:decidingExercise:)`` per spot.
    public func readings(
        in market: Market, date: Int, spots: [Double], decidingExercise: Bool, into readings: inout [HedgeReading]
    ) throws(PricingError) {
        readings.removeAll(keepingCapacity: true)
        var point = market
        for spot in spots {
            point.spot = spot
            readings.append(try reading(in: point, date: date, decidingExercise: decidingExercise))
        }
    }
}

/// A pricing model's own premium and Δ of one contract, every date valued directly: the
/// preparation of a model that needs none (a closed form).
public struct DirectPremiumAndDelta: PremiumAndDeltaModel {
    public var model: any PricingModel
    public let contract: OptionContract

    public init(_ model: any PricingModel, contract: OptionContract) {
        self.model = model
        self.contract = contract
    }

    public func premiumAndDelta(in market: Market, date: Int) throws(PricingError) -> PremiumAndDelta {
        try model.premiumAndDelta(of: contract, in: market)
    }

    public func exercisesEarly(in market: Market, premium: Double, date: Int) -> Bool {
        model.exercisesEarly(contract, in: market, premium: premium)
    }
}
