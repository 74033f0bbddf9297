import Pricing
import Testing
@testable import Simulation

/// `SimulationError`'s messages, worded by its `Reason` (an input by ``InvalidInput``).
struct SimulationErrorTests {
    @Test func anInvalidInputNamesTheValueAsWrittenOrAsSwiftPrintsIt() {
        #expect(SimulationError(.invalidInput(name: "comparison paths", value: "1", allowed: "a whole number ≥ 2")).description
            == "comparison paths must be a whole number ≥ 2, got 1")
        #expect {
            try SimulationError.require(false, "jump intensity", -0.5, "a finite number ≥ 0 per year")
        } throws: { error in
            "\(error)" == "jump intensity must be a finite number ≥ 0 per year, got -0.5"
        }
    }

    @Test func aPricingFailureNamesTheStepAndThePricingError() {
        let failure = PricingError(.nonFiniteResult("premium"))
        #expect(SimulationError(.pricingFailed(step: 3, time: 0.25, spot: 101.5, failure)).description
            == "pricing failed at step 3 (t = 0.25 years, S = 101.5): pricing produced a non-finite value: premium")
    }
}
