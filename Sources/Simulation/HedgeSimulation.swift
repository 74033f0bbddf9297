import Foundation
import Pricing

/// Which of a scenario's hedges a run computes (``HedgeScenario/hedge(along:model:threads:premiumAtStart:hedges:)``).
public enum HedgeSelection: Sendable, Hashable {
    /// Every hedge the scenario names: each estimator's share-balance ledger, the textbook hedge,
    /// and the hedges with traded options.
    case all
    /// The textbook hedge alone.
    case textbookOnly
}

/// The outcome of one simulated path: the valued path, one share-balance ledger per estimator
/// and the textbook hedge's ledger.
public struct HedgeSimulation: Sendable, Hashable, Codable {
    public var scenario: HedgeScenario
    /// The path, ending at the exercise date when the option was exercised early.
    public var valuedPath: ValuedPath
    /// One ledger per estimator, in the scenario's order.
    public var ledgers: [ShareBalanceLedger]
    /// The textbook's self-financing delta hedge on the same path.
    public var textbook: [TextbookHedgeRow]
    /// The date at which an American option was exercised early, if it was.
    public var exerciseStep: Int?
    /// With traded options, the hedges compared (``OptionHedgeKind/compared(options:)``):
    /// shares only, then each richer hedge; empty otherwise.
    public var optionHedges: [OptionHedgeLedger] = []
    /// The model's premium at the start, USD per share, when the path's first premium is the
    /// market's quote instead (``HedgeScenario/hedge(along:model:threads:premiumAtStart:)``);
    /// nil when the path starts at the model's price.
    public var modelPremiumAtStart: Double? = nil

    /// The ledger of `estimator`, if it ran.
    public func ledger(_ estimator: HedgeEstimator) -> ShareBalanceLedger? {
        ledgers.first { $0.estimator == estimator }
    }
}
