import Testing
@testable import Pricing

/// The one wording of an input outside what a computation accepts (``InvalidInput``), as
/// ``PricingError`` says it: the messages the tool printed before the wording had one home.
struct InvalidInputTests {
    @Test func namesTheInputWhatIsAllowedAndTheValueAsSwiftPrintsIt() {
        #expect(InvalidInput(name: "strike", value: -5, allowed: "a finite number > 0").description
            == "strike must be a finite number > 0, got -5.0")
        #expect(InvalidInput(name: "volatility", value: .nan, allowed: "a finite number > 0").description
            == "volatility must be a finite number > 0, got nan")
        #expect(InvalidInput(name: "control theory", value: "none", allowed: "a theory std").description
            == "control theory must be a theory std, got none")
    }

    @Test func pricingErrorsDescribeThemselvesByTheirReason() {
        #expect(PricingError(.invalidInput(name: "threads", value: 0, allowed: "a whole number ≥ 1")).description
            == "threads must be a whole number ≥ 1, got 0.0")
        #expect(PricingError(.invalidInput(name: "expiry", value: "none", allowed: "a date")).description
            == "expiry must be a date, got none")
        #expect(PricingError(.invalidInput(InvalidInput(name: "spot", value: -1, allowed: "a finite number ≥ 0")))
            == PricingError(.invalidInput(name: "spot", value: -1, allowed: "a finite number ≥ 0")))
        #expect(PricingError(.unsupported("Black–Scholes prices European options only")).description
            == "Black–Scholes prices European options only")
        #expect(PricingError(.nonFiniteResult("premium")).description == "pricing produced a non-finite value: premium")
    }

    @Test func aPricingFailureThatRejectsAVolatilityNamesIt() {
        let market = Market(spot: 100, rate: 0.05, dividendYield: 0, volatility: -0.2, time: 0)
        let contract = OptionContract(type: .put, style: .european, strike: 100, expiry: 0.25)
        #expect {
            try BlackScholesModel().price(of: contract, in: market)
        } throws: { error in
            "\(error)" == "volatility must be a finite number > 0, got -0.2"
        }
    }
}
