import Foundation
import Pricing
import Simulation

/// Early exercise of an American option (its price, its Greeks and the exercise itself):
/// removed by holding the same contract as a European one.
public struct EarlyExerciseCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .earlyExercise }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        scenario.book.legs.contains { $0.contract.style == .american }
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.book.legs = scenario.book.legs.map { leg in
            var european = leg
            european.contract = leg.contract.with(style: .european)
            return european
        }
    }
}
