import Foundation
import Simulation

/// A path model whose moves are not GBM's (Merton's jumps, Heston's moving variance): removed
/// by drawing GBM paths at the scenario's realized volatility from the same seed (the defaults
/// give both models the same expected integrated variance, DESIGN.md §2.8).
public struct PathModelCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .pathModel }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        switch scenario.pathModel {
        case .merton, .heston: true
        case .geometricBrownianMotion, .binomialWalk, .observed: false
        }
    }

    public func removed(from scenario: HedgeScenario) -> HedgeScenario {
        var control = scenario
        control.pathModel = .geometricBrownianMotion
        return control
    }
}
