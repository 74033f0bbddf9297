import Foundation
import Simulation

/// The binomial walk's two-valued moves: removed by drawing GBM paths at the scenario's
/// realized volatility and drift from the same seed.
public struct BinomialWalkCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .binomialWalk }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        scenario.dynamics.pathModel.id == .binomial
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.dynamics.pathModel = .geometricBrownianMotion
    }
}
