import Foundation
import Simulation

/// A path model whose moves no theory line describes (``PathModelTheory/unavailable(reason:)``: Merton's
/// jumps, Heston's moving variance): removed
/// by drawing GBM paths at the scenario's realized volatility from the same seed (the defaults
/// give both models the same expected integrated variance, DESIGN.md §2.8).
public struct PathModelCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .pathModel }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        // The models no theory line describes; the walk has its own cause (``BinomialWalkCause``).
        guard case .unavailable? = scenario.dynamics.pathModel.process?.theory else { return false }
        return true
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.dynamics.pathModel = .geometricBrownianMotion
    }
}
