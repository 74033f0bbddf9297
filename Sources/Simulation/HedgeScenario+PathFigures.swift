import Pricing

/// The figures a Monte Carlo study keeps of one path's hedges
/// (``HedgeScenario/hedgeFigures(along:model:hedges:)``): what
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
    /// (``ShareBalanceHedge/residualTotals(on:multiplier:estimator:)``).
    public func hedgeFigures(
        along path: PricePath, model: some PricingModel, hedges: HedgeSelection = .all
    ) throws(SimulationError) -> HedgePathFigures {
        let start = try valuedForHedging(along: path, model: model, threads: 1, premiumAtStart: nil)
        let valued = start.valued
        let residuals = hedges == .textbookOnly ? [] : hedge.estimators.map {
            ShareBalanceHedge.residualTotals(on: valued, multiplier: position.multiplier, estimator: $0)
        }
        let textbook = try textbookHedge(on: valued, model: model)
        let optionHedges = hedges == .all
            ? try self.optionHedges(on: valued, volatilities: start.volatilities, model: model, threads: 1) : []
        return HedgePathFigures(
            finalPnL: textbook.last?.profitAndLoss ?? 0,
            cumulativeResiduals: residuals.map(\.cumulative), totalAbsResiduals: residuals.map(\.absolute),
            exercised: start.exerciseStep != nil,
            optionHedges: optionHedges.map { OptionHedgeFigures(finalPnL: $0.finalPnL, tradedValue: $0.tradedValue) }
        )
    }
}
