import Foundation
import Pricing
import Testing
@testable import Simulation

/// A scenario is four values (issue 25, item 5): the book, the market, how the path moves
/// (``PathDynamics``) and how the book is hedged (``HedgingStrategy``). Each part checks what
/// it states, with the words the scenario's own validation uses.
struct ScenarioSplitTests {
    @Test func courseScenarioHoldsTheCoursesNumbersInItsParts() {
        let course = HedgeScenario.course
        #expect(course.book == Book(course.position))
        #expect(course.position.contract == OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365))
        #expect(course.market == Market(spot: 261.4899, rate: 0.0431, dividendYield: 0, volatility: 0.6056214))
        #expect(course.dynamics == PathDynamics(drift: 0.0431, realizedVolatility: 0.6056214, seed: 2023))
        #expect(course.hedge == HedgingStrategy(schedule: RebalancingSchedule(interval: 1.0 / 365, horizon: 60.5 / 365)))
    }

    /// The parts' defaults are the lecture's: GBM, a constant implied volatility and the
    /// schedule's own dates; the calendar rule, every estimator, delta-neutral at the start, no
    /// costs, early exercise, shares only, Δ at the implied volatility.
    @Test func partsDefaultToTheLecturesPathAndHedge() {
        let dynamics = PathDynamics(drift: 0.05, realizedVolatility: 0.2, seed: 1)
        #expect(dynamics.pathModel == .geometricBrownianMotion)
        #expect(dynamics.volatilityModel == .constant)
        #expect(dynamics.drawingInterval == nil)
        let hedge = HedgingStrategy(schedule: RebalancingSchedule(interval: 1.0 / 52, horizon: 0.5))
        #expect(hedge.rebalancing == .calendar)
        #expect(hedge.estimators == HedgeEstimator.allCases)
        #expect(hedge.initialShares == nil)
        #expect(hedge.costs == .none)
        #expect(hedge.exercisePolicy == .exercise)
        #expect(hedge.tradedOptions.isEmpty)
        #expect(hedge.volatility == .implied)
    }

    @Test func scenarioRoundTripsThroughJSON() throws {
        var scenario = HedgeScenario.course
        scenario.dynamics.drawingInterval = 1.0 / 365 / 4
        scenario.hedge.costs = TransactionCosts(basisPoints: 20, feePerTrade: 1)
        scenario.hedge.volatility = .fixed(0.5)
        let decoded = try JSONDecoder().decode(HedgeScenario.self, from: JSONEncoder().encode(scenario))
        #expect(decoded == scenario)
    }

    enum Part: Sendable { case book, dynamics, hedge }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var part: Part
        /// The start of the message, naming the input.
        var message: String
        var change: @Sendable (inout HedgeScenario) -> Void
        var testDescription: String { message }
    }

    static let refusals: [Refusal] = [
        Refusal(part: .book, message: "shares held must be a finite number, got inf") { $0.book.shares = .infinity },
        Refusal(part: .dynamics, message: "drift must be a finite number per year, got nan") { $0.dynamics.drift = .nan },
        Refusal(part: .dynamics, message: "realized volatility must be a finite number ≥ 0, got -0.1") {
            $0.dynamics.realizedVolatility = -0.1
        },
        Refusal(part: .dynamics, message: "number of observed prices must be at least 2, got 1.0") {
            $0.dynamics.pathModel = .observed(PricePath(times: [0], spots: [261.4899]))
        },
        Refusal(part: .hedge, message: "transaction cost must be ≥ 0 basis points, got -1.0") {
            $0.hedge.costs = TransactionCosts(basisPoints: -1)
        },
        Refusal(part: .hedge, message: "horizon must be > 0 and at most the earliest expiry") {
            $0.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 1)
        },
        Refusal(part: .hedge, message: "number of hedge options must be at most 2, got 3.0") {
            let option = TradedOption(contract: OptionContract(type: .call, style: .european, strike: 270, expiry: 0.5))
            $0.hedge.tradedOptions = [option, option, option]
        },
    ]

    @Test(arguments: refusals)
    func eachPartRefusesItsOwnInputInTheScenariosWords(_ refusal: Refusal) {
        var scenario = HedgeScenario.course
        refusal.change(&scenario)
        let expiry = scenario.book.earliestExpiry
        let whole = Self.message { () throws(SimulationError) in try scenario.validate() }
        let part = Self.message { () throws(SimulationError) in
            switch refusal.part {
            case .book: try scenario.book.validate()
            case .dynamics: try scenario.dynamics.validate(expiringAt: expiry)
            case .hedge: try scenario.hedge.validate(expiringAt: expiry)
            }
        }
        #expect(whole?.hasPrefix(refusal.message) == true, "\(whole ?? "accepted")")
        #expect(part == whole)
    }

    /// The description of the error `check` throws, nil when it throws none.
    static func message(_ check: () throws(SimulationError) -> Void) -> String? {
        do {
            try check()
            return nil
        } catch {
            return error.description
        }
    }
}
