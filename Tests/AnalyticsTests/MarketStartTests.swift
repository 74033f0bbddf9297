import Pricing
import Simulation
import Testing
@testable import Analytics

/// `--start-premium market`: the premium starts at the quote, so the first dP books the
/// model–market gap (the course's worked example).
struct MarketStartTests {
    static let simulation: HedgeSimulation = {
        var scenario = HedgeScenario.course
        scenario.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 10.0 / 365)
        return try! scenario.simulate(model: BinomialLatticeModel(steps: 60))
    }()

    @Test func firstPremiumChangeBooksTheGapOnlyOnTheFirstStep() throws {
        let quote = 23.70
        let model = Self.simulation
        let market = model.startingPremium(at: quote)
        let m = model.scenario.position.multiplier
        let gap = model.valuedPath.valuations[0].price - quote
        let before = try #require(model.ledger(.delta)), after = try #require(market.ledger(.delta))
        #expect(after.rows[0].shares == before.rows[0].shares, "the Greeks at the start stay the model's")
        #expect(abs(after.rows[1].premiumChange - (before.rows[1].premiumChange + gap)) < 1e-12)
        #expect(abs(after.rows[1].residual - (before.rows[1].residual + m * gap)) < 1e-9)
        for i in 2..<after.rows.count {
            #expect(abs(after.rows[i].residual - before.rows[i].residual) < 1e-9, "later steps are model against model")
        }
        // The exact estimator absorbs the gap in its holding: no residual, different shares.
        let exact = try #require(market.ledger(.exact))
        #expect(exact.rows.allSatisfy { abs($0.residual) < 1e-9 })
        #expect(exact.rows[1].shares != model.ledger(.exact)!.rows[1].shares)
        // The textbook hedge pays the quote: its P&L at the start is the same (m·P(0) − m·P(0)),
        // its cash account starts m·gap richer.
        #expect(abs(market.textbook[0].cash - model.textbook[0].cash - m * gap) < 1e-9)
    }
}
