import Foundation
import Simulation

/// A rebalancing rule other than the calendar (a band, Whalley–Wilmott, Leland): removed by
/// trading to −m·Δ at every date. The Monte Carlo study hedges on the calendar already, so
/// this cause is present only for figures of a run that trades by its own rule.
public struct RebalancingRuleCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .rebalancingRule }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        scenario.hedge.rebalancing != .calendar
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.hedge.rebalancing = .calendar
    }
}
