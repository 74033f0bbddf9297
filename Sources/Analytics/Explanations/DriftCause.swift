import Foundation
import Simulation

/// A real-world drift μ away from the risk-neutral r − q the theory assumes: removed by
/// drifting at r − q (the same normal draws).
public struct DriftCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .drift }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        guard case .observed = scenario.dynamics.pathModel else {
            return abs(scenario.dynamics.drift - Self.riskNeutral(scenario)) > 1e-12
        }
        return false
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.dynamics.drift = Self.riskNeutral(scenario)
    }

    /// r − q, per year, continuously compounded.
    static func riskNeutral(_ scenario: HedgeScenario) -> Double {
        scenario.market.rate - scenario.market.dividendYield
    }
}
