import Foundation
import Simulation

/// Proportional costs and fixed fees paid at every trade: removed by trading for free.
public struct TransactionCostsCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .transactionCosts }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        scenario.hedge.costs != .none
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.hedge.costs = .none
    }
}
