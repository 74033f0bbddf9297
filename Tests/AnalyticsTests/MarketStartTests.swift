import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// `--start-premium market`: the premium starts at the quote, so the first dP books the
/// model–market gap (the course's worked example).
struct MarketStartTests {
    static let scenario: HedgeScenario = {
        var scenario = HedgeScenario.course
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 10.0 / 365)
        return scenario
    }()
    static let simulation = try! scenario.simulate(model: BinomialLatticeModel(steps: 60))

    @Test func firstPremiumChangeBooksTheGapOnlyOnTheFirstStep() throws {
        let quote = 23.70
        let model = Self.simulation
        let market = try Self.scenario.simulate(model: BinomialLatticeModel(steps: 60), premiumAtStart: quote)
        #expect(market.modelPremiumAtStart == model.valuedPath.valuations[0].price)
        #expect(model.modelPremiumAtStart == nil)
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

    /// The textbook hedge under a band rule trades as the rule says whatever premium was paid:
    /// the quote moves its cash, not its trades (the quote used to rerun it on the calendar
    /// rule, trading every day: a wrong number, issue 24). Its final P&L moves by the gap, grown
    /// at the rate: m·(P(0) − quote)·e^{rH}.
    @Test(arguments: [RebalancingRule.band(shares: 20), .calendar])
    func marketStartKeepsTheTextbooksRule(_ rule: RebalancingRule) throws {
        var scenario = Self.scenario
        scenario.hedge.rebalancing = rule
        scenario.hedge.costs = TransactionCosts(basisPoints: 20, feePerTrade: 0)
        let lattice = BinomialLatticeModel(steps: 60)
        let model = try scenario.simulate(model: lattice)
        let quote = 23.70
        let market = try scenario.simulate(model: lattice, premiumAtStart: quote)
        #expect(market.textbook.map(\.sharesHeld) == model.textbook.map(\.sharesHeld))
        #expect(market.textbook.map(\.transactionCost) == model.textbook.map(\.transactionCost))
        if rule.bandShares != nil {
            #expect(model.textbook.contains { $0.sharesBought == 0 }, "the band leaves some dates untraded")
        }
        let m = scenario.position.multiplier
        let gap = model.valuedPath.valuations[0].price - quote
        let horizon = model.textbook.last!.time
        let expected = m * gap * exp(scenario.market.rate * horizon)
        let moved = market.textbook.last!.cash - model.textbook.last!.cash
        #expect(abs(moved - expected) < 1e-6 * abs(expected), "\(moved) against \(expected)")
    }
}
