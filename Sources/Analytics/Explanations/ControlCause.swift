import Foundation
import Simulation

/// A candidate cause of a figure's departure from its theory that knows how to remove itself
/// from a scenario (DESIGN.md §2.9): the control run hedges the same paths (common random
/// numbers: the same seed, so the same shocks) with the cause removed, and the cause is named
/// only where that moves the figure by more than 2 standard errors of the paired difference.
///
/// One type per cause, each in its own file; ``ControlCauses/all`` registers them.
public protocol ControlCause: Sendable {
    /// The cause's id in `summary.json` (`volatility-mismatch`, `early-exercise`, …).
    var id: ControlCauseID { get }
    /// Whether `scenario` has this cause at all (a control run is made only for those it has).
    func isPresent(in scenario: HedgeScenario) -> Bool
    /// Removes the cause from `scenario`, keeping everything else, the seed included.
    func remove(from scenario: inout HedgeScenario)
}

extension ControlCause {
    /// `scenario` with the cause removed and everything else, the seed included, kept
    /// (``remove(from:)`` on a copy).
    public func removed(from scenario: HedgeScenario) -> HedgeScenario {
        var control = scenario
        remove(from: &control)
        return control
    }
}

/// The causes a control run can remove, with the ids `summary.json` uses for them.
public enum ControlCauseID: String, Sendable, Hashable, Codable, CaseIterable {
    case volatilityMismatch = "volatility-mismatch"
    case earlyExercise = "early-exercise"
    case transactionCosts = "transaction-costs"
    case pathModel = "path-model"
    case impliedVolatilityNoise = "iv-noise"
    case drift
    case rebalancingRule = "rebalancing-rule"
    case binomialWalk = "binomial-walk"
    /// The hedge's Δ at a volatility other than the realized one (issue 27).
    case hedgeVolatility = "hedge-volatility"
}

/// The registry of control causes, in the order a report lists them.
public enum ControlCauses {
    /// Every cause the study knows how to remove.
    public static let all: [any ControlCause] = [
        VolatilityMismatchCause(),
        EarlyExerciseCause(),
        TransactionCostsCause(),
        PathModelCause(),
        ImpliedVolatilityNoiseCause(),
        DriftCause(),
        RebalancingRuleCause(),
        BinomialWalkCause(),
        HedgeVolatilityCause(),
    ]

    /// The causes `scenario` has.
    public static func present(in scenario: HedgeScenario) -> [any ControlCause] {
        all.filter { $0.isPresent(in: scenario) }
    }
}
