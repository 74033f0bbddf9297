import Pricing
import Simulation

/// What one simulated path shows: the option position against its hedge, step by step, and
/// a summary per estimator. Money is in currency for the whole position.
public struct HedgeAnalysis: Sendable, Hashable, Codable {
    /// The simulation analysed.
    public var simulation: HedgeSimulation
    /// Premium and Greeks per share at set-up.
    public var initialValuation: Valuation
    /// m·(P(t) − P(0)) at every date: the option position's gain.
    public var optionValueChange: [Double]
    /// One summary per estimator, in the simulation's order.
    public var summaries: [HedgeSummary]
    /// Each estimator's share balance reconciled with the textbook hedge (Σε, outside cash,
    /// self-financing P&L, and the terms that make up its gap to the textbook's P&L), in the
    /// simulation's order.
    public var reconciliations: [TextbookReconciliation]
    /// The textbook hedge's P&L explained, interval by interval.
    public var attribution: [ProfitAttribution]
    /// ½·m·Γ·S²·[(dS/S)² − σ²·dt] per interval.
    public var gammaAgainstTheta: [Double]
    /// The textbook hedge's headline figures.
    public var textbook: TextbookSummary
    /// The Monte Carlo study over many paths, when one ran.
    public var monteCarlo: MonteCarloReport?
    /// The hedge's error under GBM, Merton and Heston at the same total variance, when it ran.
    public var modelComparison: PathModelComparison?
    /// The path hedged at each volatility the study compares (``HedgeVolatilityPath``), when σr ≠ σi
    /// or the run hedges at another volatility.
    public var hedgeVolatilityPaths: [HedgeVolatilityPath]?
    /// The hedge decided on a model path, when the run has one (`--hedger-…`).
    public var wrongInformation: WrongInformation?
    /// The percentage error over many pairs of paths, by correlation, when the study ran with one.
    public var wrongInformationStudy: WrongInformationStudy?
    /// Why the Monte Carlo study's figures depart from their theory, by control runs on the
    /// same paths (``MonteCarloStudy/explanations(for:controlPaths:)``); empty without a study
    /// or without a departure.
    public var explanations: [Explanation] = []
    /// The run's lesson in the trader's identity (``Lesson``).
    public var lesson: Lesson?
    /// Set when the run has nothing to hedge (``Degenerate``); nil otherwise.
    public var degenerate: Degenerate?

    /// Analyses a simulation.
    public init(_ simulation: HedgeSimulation) {
        self.simulation = simulation
        let valuations = simulation.valuedPath.valuations
        let m = simulation.scenario.position.multiplier
        let start = valuations.first?.price ?? 0
        initialValuation = valuations.first ?? Valuation(price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0)
        optionValueChange = valuations.map { m * ($0.price - start) }
        summaries = simulation.ledgers.map(HedgeSummary.init)
        reconciliations = simulation.ledgers.map { TextbookReconciliation($0, against: simulation.textbook) }
        attribution = ProfitAttribution.explain(simulation.textbook, on: simulation.valuedPath, multiplier: m)
        gammaAgainstTheta = ProfitAttribution.gammaAgainstTheta(on: simulation.valuedPath, multiplier: m)
        textbook = TextbookSummary(rows: simulation.textbook, attribution: attribution)
    }

    /// The summary of `estimator`, if it ran.
    public func summary(_ estimator: HedgeEstimator) -> HedgeSummary? {
        summaries.first { $0.estimator == estimator }
    }

    /// The reconciliation of `estimator`'s hedge with the textbook's, if it ran.
    public func reconciliation(_ estimator: HedgeEstimator) -> TextbookReconciliation? {
        reconciliations.first { $0.estimator == estimator }
    }

    /// n(t)·S(t) − n(0)·S(0) at every date of `ledger`: the equity position's change, which the
    /// hedge constraint sets against the option's.
    public static func equityValueChange(_ ledger: ShareBalanceLedger) -> [Double] {
        let start = ledger.rows.first?.shareValue ?? 0
        return ledger.rows.map { $0.shareValue - start }
    }
}
