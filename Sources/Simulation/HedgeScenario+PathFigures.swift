import Pricing

/// The figures a Monte Carlo study keeps of one path's hedges
/// (``HedgeScenario/hedgeFigures(along:model:hedges:deltaModel:)``): what
/// ``HedgeScenario/hedge(along:model:threads:premiumAtStart:hedges:)``'s ledgers end with.
public struct HedgePathFigures: Sendable, Hashable {
    /// The textbook hedge's final P&L, USD.
    public var finalPnL: Double
    /// Each estimator's cumulative residual Σε, USD, in the scenario's estimator order.
    public var cumulativeResiduals: [Double]
    /// Each estimator's Σ|ε|, USD.
    public var totalAbsResiduals: [Double]
    /// True when the option was exercised early.
    public var exercised: Bool
    /// Each compared hedge with traded options (``OptionHedgeKind/compared(options:)`` order).
    public var optionHedges: [OptionHedgeFigures]
}

/// One hedge with traded options on one path.
public struct OptionHedgeFigures: Sendable, Hashable {
    /// Its final P&L, USD.
    public var finalPnL: Double
    /// The value it traded over the path, USD.
    public var tradedValue: Double
}

extension HedgePathFigures {
    /// The figures `simulation`'s ledgers end with.
    public init(_ simulation: HedgeSimulation) {
        finalPnL = simulation.textbook.last?.profitAndLoss ?? 0
        cumulativeResiduals = simulation.ledgers.map { $0.rows.last?.cumulativeResidual ?? 0 }
        totalAbsResiduals = simulation.ledgers.map { $0.rows.reduce(0) { $0 + abs($1.residual) } }
        exercised = simulation.exerciseStep != nil
        optionHedges = simulation.optionHedges.map { OptionHedgeFigures(finalPnL: $0.finalPnL, tradedValue: $0.tradedValue) }
    }
}

extension HedgeScenario {
    /// The figures of ``hedge(along:model:threads:premiumAtStart:hedges:)`` on `path` (one
    /// thread, the model's premium at the start), the same bits, without the estimators'
    /// ledgers: each estimator's residuals are summed as the dates are walked
    /// (``ShareBalanceHedge/residualTotals(on:multiplier:estimators:)``), the textbook hedge keeps
    /// its final P&L alone (``TextbookHedge/finalProfitAndLoss(on:multiplier:costs:rule:hedgeDeltas:expiry:)``),
    /// and the dates are valued with only the Greeks these figures read (``greeksRead(by:)``).
    /// `deltaModel`, when the scenario hedges at another volatility than the implied one, is the
    /// premium and Δ prepared at that volatility for `path`'s dates, which the textbook hedge
    /// reads its Δ from (``hedgeVolatilityDeltas(along:reading:)``); without it each date's Δ is
    /// priced by `model` at that volatility.
    public func hedgeFigures(
        along path: PricePath, model: some PricingModel, hedges: HedgeSelection = .all,
        deltaModel: (any PremiumAndDeltaModel)? = nil
    ) throws(SimulationError) -> HedgePathFigures {
        let start = try valuedForHedging(along: path, model: model, threads: 1, premiumAtStart: nil, reading: greeksRead(by: hedges))
        let valued = start.valued
        let residuals = hedges == .textbookOnly ? []
            : ShareBalanceHedge.residualTotals(on: valued, multiplier: position.multiplier, estimators: hedge.estimators)
        let finalPnL = TextbookHedge.finalProfitAndLoss(
            on: valued, multiplier: position.multiplier, costs: hedge.costs, rule: hedge.rebalancing,
            hedgeDeltas: try textbookHedgeDeltas(on: valued, model: model, deltaModel: deltaModel),
            expiry: book.nearestExpiry
        )
        let optionHedges = hedges == .all
            ? try self.optionHedges(on: valued, volatilities: start.volatilities, model: model, threads: 1) : []
        return HedgePathFigures(
            finalPnL: finalPnL,
            cumulativeResiduals: residuals.map(\.cumulative), totalAbsResiduals: residuals.map(\.absolute),
            exercised: start.exerciseStep != nil,
            optionHedges: optionHedges.map { OptionHedgeFigures(finalPnL: $0.finalPnL, tradedValue: $0.tradedValue) }
        )
    }

    /// The Greeks that the figures of `hedges` read from a path's valuations after the first
    /// date: Δ for the textbook hedge on the calendar rule (every Greek on another rule, or with
    /// traded options), and what each estimator reads, but for the terms that a path makes 0.
    ///
    /// A path keeps the rate of its market (``ValuedPath``), and with a constant implied
    /// volatility every date has the same σ: an estimator's ρ·dr, and then ν·dσ, are ±0 whatever
    /// ρ and ν are. Left unread (0), such a term is +0 where it was −0; dP̂ then differs at most
    /// in the sign of a zero, and so does ε = m·(dP − dP̂), which leaves Σε (from +0) and Σ|ε|
    /// the same bits.
    func greeksRead(by hedges: HedgeSelection) -> Valuation.Greeks {
        guard hedge.rebalancing == .calendar, hedges == .textbookOnly || hedge.tradedOptions.isEmpty else { return .all }
        var greeks: Valuation.Greeks = [.delta]
        if hedges != .textbookOnly {
            for estimator in hedge.estimators { greeks.formUnion(estimator.greeksRead) }
        }
        greeks.remove(.rho)
        if case .constant = dynamics.volatilityModel { greeks.remove(.vega) }
        return greeks
    }
}
