import Foundation

/// A ``ValuationGrid`` that holds the premium and Δ alone (two of its five tables, no vega
/// nodes on a fixed volatility, no rate-bumped lattices for rho): a quarter of the lattices of
/// the full grid, for a hedge in shares that reads nothing else. It is a
/// ``PremiumAndDeltaModel`` and not a ``PricingModel``: no caller can ask it for a Greek it does
/// not hold.
///
/// Its values are the full grid's, bit for bit (`ValuationGridPremiumAndDeltaTests`): the same
/// lattices, the same interpolation, the same exercise boundary; off the grid (a spot outside
/// it, another rate, a date it was not prepared for) the model's own premium and Δ.
public struct PremiumAndDeltaGrid: PremiumAndDeltaModel {
    let grid: ValuationGrid

    /// Prices the grid (``ValuationGrid/init(contract:market:model:times:volatilities:threads:spotRange:)``,
    /// the premium and Δ only).
    public init(
        contract: OptionContract,
        market: Market,
        model: BinomialLatticeModel,
        times: [Double],
        volatilities axis: ValuationGrid.VolatilityAxis = .fixed,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        spotRange: (Double) -> ClosedRange<Double>
    ) throws(PricingError) {
        grid = try ValuationGrid(
            contract: contract, market: market, model: model, times: times, volatilities: axis, contents: .premiumAndDelta,
            threads: threads, spotRange: spotRange
        )
    }

    /// Reads the premium and Δ of `grid` (one that holds them alone, or every table).
    init(reading grid: ValuationGrid) {
        self.grid = grid
    }

    public var contract: OptionContract { grid.contract }

    /// Number of grid points over all dates and volatilities, companions included.
    public var pointCount: Int { grid.pointCount }

    /// The largest |interpolated − direct| premium, USD per share (``ValuationGrid/worstError(samplesPerDate:threads:)``).
    public func worstError(
        samplesPerDate: Int = 8, threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(PricingError) -> Double {
        try grid.worstError(samplesPerDate: samplesPerDate, threads: threads)
    }

    public func premiumAndDelta(in market: Market, date: Int) throws(PricingError) -> PremiumAndDelta {
        guard let index = grid.dateIndex(market.time, at: date), grid.hasRates(of: market),
              let value = grid.interpolatePremiumAndDelta(date: index, spot: market.spot, volatility: market.volatility)
        else {
            return try grid.model.premiumAndDelta(of: grid.contract, in: market)
        }
        return value
    }

    /// ``premiumAndDelta(in:date:)`` and ``exercisesEarly(in:premium:date:)`` with the date found
    /// and the rates checked once: the hot loop of a study's final-P&L batches (issue 26).
    public func reading(in market: Market, date: Int, decidingExercise: Bool) throws(PricingError) -> HedgeReading {
        guard let index = grid.dateIndex(market.time, at: date), grid.hasRates(of: market),
              let value = grid.interpolatePremiumAndDelta(date: index, spot: market.spot, volatility: market.volatility)
        else {
            let value = try premiumAndDelta(in: market, date: date)
            return HedgeReading(
                value: value, exercises: decidingExercise && exercisesEarly(in: market, premium: value.price, date: date)
            )
        }
        guard decidingExercise, grid.contract.style == .american else { return HedgeReading(value: value, exercises: false) }
        let decided = grid.exercises(date: index, spot: market.spot, volatility: market.volatility)
            ?? grid.contract.exerciseIsOptimal(spot: market.spot, premium: value.price)
        return HedgeReading(value: value, exercises: decided)
    }

    /// The lattice's exercise decision where the grid has the date's exercise boundary, the
    /// premium's elsewhere (``ValuationGrid/exercisesEarly(_:in:premium:)``).
    public func exercisesEarly(in market: Market, premium: Double, date: Int) -> Bool {
        // The contract is read in place, not bound: a copy retains and releases its storage on
        // every date of every path (issue 26).
        guard grid.contract.style == .american else { return false }
        guard let index = grid.dateIndex(market.time, at: date), grid.hasRates(of: market),
              let decided = grid.exercises(date: index, spot: market.spot, volatility: market.volatility)
        else {
            return grid.contract.exerciseIsOptimal(spot: market.spot, premium: premium)
        }
        return decided
    }
}
