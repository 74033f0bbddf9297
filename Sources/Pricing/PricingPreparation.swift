import Foundation

/// What a caller that will value one contract many times tells a pricing model, so that the
/// model can prepare a faster form: the dates, the spots a date may ask about, and the implied
/// volatilities. What the form holds is the caller's choice of method: every Greek
/// (``PricingModel/prepared(for:)``) or the premium and Δ alone
/// (``PricingModel/preparedPremiumAndDelta(for:)``).
public struct PricingPreparation: Sendable {
    public var contract: OptionContract
    /// The market at t = 0: its rate and dividend yield hold at every date, its volatility is
    /// σ₀; spot and time are ignored.
    public var market: Market
    /// The dates, years after the valuation origin, at most the expiry.
    public var times: [Double]
    /// For each date, the spots to cover, USD per share; others may be asked, and are then
    /// priced directly.
    public var spotRange: @Sendable (Double) -> ClosedRange<Double>
    /// The implied volatilities (per √year) a date may be valued at, when they move; nil when
    /// every date is valued at the market's.
    public var volatilityRange: ClosedRange<Double>?
    /// Workers the preparation may use, ≥ 1; it changes the time taken, never a value.
    public var threads: Int

    public init(
        contract: OptionContract, market: Market, times: [Double], volatilityRange: ClosedRange<Double>? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        spotRange: @escaping @Sendable (Double) -> ClosedRange<Double>
    ) {
        self.contract = contract
        self.market = market
        self.times = times
        self.spotRange = spotRange
        self.volatilityRange = volatilityRange
        self.threads = threads
    }
}

/// A pricing model prepared for a ``PricingPreparation`` (every Greek).
public typealias PreparedPricingModel = Prepared<any PricingModel>

/// A premium-and-Δ model prepared for a ``PricingPreparation`` (``PricingModel/preparedPremiumAndDelta(for:)``).
public typealias PreparedPremiumAndDelta = Prepared<any PremiumAndDeltaModel>

/// A model prepared for a ``PricingPreparation``, with what the preparation cost and a way to
/// measure what it gives up.
public struct Prepared<Model: Sendable>: Sendable {
    /// The model to value with.
    public var model: Model
    /// Lattice valuations (grid points) spent on the preparation; 0 when there was none.
    public var points: Int
    /// The largest premium error against the unprepared model, USD per share, measured when
    /// called (it costs direct valuations); nil when `model` is exact.
    public var worstError: (@Sendable () throws(PricingError) -> Double)?
}
