import Foundation
import Simulation

/// The share moving with a volatility other than the implied one the hedge is priced and
/// rebalanced at: removed by setting the realized volatility to the implied one (the same
/// normal draws, scaled by the other σ).
public struct VolatilityMismatchCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .volatilityMismatch }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        guard scenario.dynamics.pathModel.process?.realizesTheRunsVolatility == true else {
            // Merton's and Heston's variance is their own; the walk's steps are set by its factors.
            return false
        }
        return abs(scenario.dynamics.realizedVolatility - scenario.market.volatility) > 1e-12
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.dynamics.realizedVolatility = scenario.market.volatility
    }
}
