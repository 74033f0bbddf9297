import Foundation
import Pricing

extension HedgeScenario {
    /// Builds the path from the seed, values the option along it with `model`, stops at an
    /// optimal early exercise (unless the policy is to hold), and runs every hedge on it.
    /// The path's dates are priced on up to `threads` threads, with the same results.
    /// `premiumAtStart` as for ``hedge(along:model:threads:premiumAtStart:)``.
    public func simulate(
        model: some PricingModel, threads: Int = ProcessInfo.processInfo.activeProcessorCount, premiumAtStart: Double? = nil
    ) throws(SimulationError) -> HedgeSimulation {
        try validate()
        return try hedge(along: pricePath(), model: model, threads: threads, premiumAtStart: premiumAtStart)
    }

    /// Values the option along `path` with `model`, stops at an optimal early exercise (unless
    /// the policy is to hold), and runs every hedge on it. The inputs are assumed valid (see
    /// ``simulate(model:)``, which checks them first).
    /// `threads` prices the dates concurrently (one by default: a Monte Carlo study hedges
    /// many paths at once already).
    ///
    /// `premiumAtStart` is the premium paid at the start, USD per share, when it is the market's
    /// quote rather than the model's price (`--start-premium market`, as the course's worked
    /// example starts): the first date's premium is the quote, so every hedge — each estimator,
    /// the textbook hedge under its rule, the hedges with traded options — books the model–market
    /// gap P(0) − quote on its first step and pays the quote for the option. The Greeks at the
    /// start stay the model's (the quote says nothing about them), and so does the exercise
    /// decision; the model's own premium is kept as ``HedgeSimulation/modelPremiumAtStart``.
    ///
    /// `hedges` says which of the scenario's hedges to run: all of them, or the textbook hedge
    /// alone (``HedgeSelection/textbookOnly``: no estimator's ledger, no traded option; a study
    /// that keeps the textbook hedge's figures).
    public func hedge(
        along path: PricePath, model: some PricingModel, threads: Int = 1, premiumAtStart: Double? = nil,
        hedges: HedgeSelection = .all
    ) throws(SimulationError) -> HedgeSimulation {
        let start = try valuedForHedging(along: path, model: model, threads: threads, premiumAtStart: premiumAtStart)
        let valued = start.valued
        // `self.hedge`: the scenario's strategy, not this function.
        let ledgers = hedges == .textbookOnly ? [] : self.hedge.estimators.map {
            ShareBalanceHedge.run(
                on: valued, multiplier: position.multiplier, estimator: $0, initialShares: self.hedge.initialShares
            )
        }
        var simulation = HedgeSimulation(
            scenario: self, valuedPath: valued, ledgers: ledgers,
            textbook: try textbookHedge(on: valued, model: model), exerciseStep: start.exerciseStep
        )
        simulation.modelPremiumAtStart = start.modelPremiumAtStart
        if hedges == .all {
            simulation.optionHedges = try optionHedges(on: valued, volatilities: start.volatilities, model: model, threads: threads)
        }
        return simulation
    }

    /// `path` valued for the hedges (``hedge(along:model:threads:premiumAtStart:hedges:)``): up to
    /// an optimal early exercise unless the policy is to hold, with the quote as the first
    /// premium when `premiumAtStart` is given (the model's kept beside it); and the implied
    /// volatility of each of the path's dates. The dates between the first and the last may
    /// carry only the Greeks in `greeks` (``ValuedPath/valueToExercise(_:along:market:volatilities:model:threads:reading:)``).
    func valuedForHedging(
        along path: PricePath, model: some PricingModel, threads: Int, premiumAtStart: Double?,
        reading greeks: Valuation.Greeks = .all
    ) throws(SimulationError) -> HedgingInputs {
        let volatilities = impliedVolatilities(count: path.times.count)
        // One option leg can be exercised and the hedge unwound; the legs of a wider book are
        // held to the horizon (an exercised leg would leave the others to hedge alone).
        var (valued, exerciseStep) = hedge.exercisePolicy == .exercise && book.legs.count == 1
            ? try ValuedPath.valueToExercise(
                book, along: path, market: market, volatilities: volatilities, model: model, threads: threads,
                reading: greeks
            )
            : (try ValuedPath.value(book, along: path, market: market, volatilities: volatilities, model: model, threads: threads), nil)
        var modelPremiumAtStart: Double?
        if let premiumAtStart, !valued.valuations.isEmpty {
            modelPremiumAtStart = valued.valuations[0].price
            valued.valuations[0].price = premiumAtStart
        }
        return HedgingInputs(
            valued: valued, exerciseStep: exerciseStep, modelPremiumAtStart: modelPremiumAtStart, volatilities: volatilities
        )
    }

    /// The textbook hedge's ledger on `valued`, under the scenario's rule and hedge volatility.
    func textbookHedge(on valued: ValuedPath, model: some PricingModel) throws(SimulationError) -> [TextbookHedgeRow] {
        TextbookHedge.run(
            on: valued, multiplier: position.multiplier, costs: hedge.costs, rule: hedge.rebalancing,
            hedgeDeltas: try textbookHedgeDeltas(on: valued, model: model), expiry: book.nearestExpiry
        )
    }

    /// The Δ per share the textbook hedge targets on `valued` when it is not the valuations':
    /// the rule's own (Leland's), else the hedging volatility's (read from `deltaModel` when
    /// given, a form prepared at that volatility); nil for the valuations' Δ.
    func textbookHedgeDeltas(
        on valued: ValuedPath, model: some PricingModel, deltaModel: (any PremiumAndDeltaModel)? = nil
    ) throws(SimulationError) -> [Double]? {
        if let deltas = try hedge.rebalancing.base.hedgeDeltas(along: valued, in: self, model: model) { return deltas }
        if let deltaModel { return try hedgeVolatilityDeltas(along: valued, reading: deltaModel) }
        return try hedgeVolatilityDeltas(along: valued, model: model)
    }

    /// The hedges with traded options on `valued` (``OptionHedgeKind/compared(options:)``), each
    /// option valued at `volatilities` moved to its own; empty without traded options.
    func optionHedges(
        on valued: ValuedPath, volatilities: [Double], model: some PricingModel, threads: Int
    ) throws(SimulationError) -> [OptionHedgeLedger] {
        guard !hedge.tradedOptions.isEmpty else { return [] }
        let dates = PricePath(times: valued.path.times, spots: valued.path.spots)
        var options = [[Valuation]]()
        for option in hedge.tradedOptions {
            // Valued as a book's leg is, at its own volatility moved with the market's.
            options.append(try ValuedPath.value(
                Book(option.position), along: dates, market: market,
                volatilities: Array(volatilities.prefix(dates.times.count)), model: model, threads: threads
            ).valuations)
        }
        return OptionHedgeKind.compared(options: hedge.tradedOptions.count).map {
            OptionHedge.run($0, on: valued, options: options, multiplier: book.multiplier, costs: hedge.costs)
        }
    }
}

/// What every hedge on one path reads (``HedgeScenario/valuedForHedging(along:model:threads:premiumAtStart:)``).
struct HedgingInputs {
    /// The path valued for the hedges, ending at the exercise date when the option was exercised early.
    var valued: ValuedPath
    /// The date of an early exercise, nil when the option was held.
    var exerciseStep: Int?
    /// The model's premium at the start, USD per share, when the first date carries the market's quote instead.
    var modelPremiumAtStart: Double?
    /// The implied volatility of each of the path's dates, per √year.
    var volatilities: [Double]
}
