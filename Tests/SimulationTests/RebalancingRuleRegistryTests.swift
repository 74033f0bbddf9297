import Foundation
import Testing
@testable import Simulation

/// The one list of rebalancing rules (``RebalancingRules/all``) and the scenario's
/// ``RebalancingRule`` built on it.
struct RebalancingRuleRegistryTests {
    /// Each registered rule with its number at its default for one contract.
    static var rules: [RebalancingRule] {
        RebalancingRules.all.map { rule in RebalancingRule(rule.make(parameter: rule.parameter?.defaultValue(100))) }
    }

    @Test func everyRuleHasItsOwnNameInTheOrderOfHelp() {
        #expect(RebalancingRule.Name.allCases.map(\.rawValue) == ["calendar", "band", "whalley-wilmott", "leland"])
        #expect(Set(RebalancingRule.Name.allCases).count == RebalancingRules.all.count)
        for name in RebalancingRule.Name.allCases { #expect(RebalancingRules.rule(named: name)?.name == name) }
        #expect(RebalancingRules.rule(named: RebalancingRule.Name(rawValue: "weekly")) == nil)
    }

    @Test func rulesRoundTripThroughJSONByTheirNames() throws {
        for rule in Self.rules + [.band(shares: 2.5), .whalleyWilmott(riskAversion: 0.5)] {
            let data = try JSONEncoder().encode(rule)
            #expect(try JSONDecoder().decode(RebalancingRule.self, from: data) == rule)
            #expect(String(decoding: data, as: UTF8.self).contains("\"rule\":\"\(rule.name)\""))
        }
        #expect(RebalancingRule.band(shares: 5) != .band(shares: 10))
        #expect(RebalancingRule.band(shares: 5) != .whalleyWilmott(riskAversion: 5))
        #expect(Set([RebalancingRule.leland, .leland, .calendar]).count == 2)
    }

    @Test func aRulesNumberIsItsParameterWithItsOwnDefault() {
        #expect(BandRule.parameter?.flag == "band" && BandRule.parameter?.summaryKey == "band")
        #expect(BandRule.parameter?.defaultValue(-300) == 15)
        #expect(WhalleyWilmottRule.parameter?.flag == "risk-aversion" && WhalleyWilmottRule.parameter?.summaryKey == "riskAversion")
        #expect(WhalleyWilmottRule.parameter?.defaultValue(100) == 0.01)
        #expect(CalendarRule.parameter == nil && LelandRule.parameter == nil)
        for rule in Self.rules {
            #expect((rule.base.parameterValue == nil) == (type(of: rule.base).parameter == nil), "\(rule.name)")
        }
    }

    @Test func onlyTheCalendarIsTheCalendarAndOnlyLelandTradesItsOwnVolatility() {
        #expect(Self.rules.map(\.isCalendar) == [true, false, false, false])
        #expect(Self.rules.map { $0.ownHedgingVolatility != nil } == [false, false, false, true])
        #expect(Self.rules.map { type(of: $0.base).costDependence != nil } == [false, false, true, true])
    }

    /// The study's comparison is each rule's own, in the registry's order, with the run's own
    /// band and risk aversion among them.
    @Test func theStudyComparesEachRulesOwnRowsInOrder() {
        var scenario = HedgeScenario.course
        scenario.hedge.costs = TransactionCosts(basisPoints: 20)
        let rules = RebalancingRules.all.flatMap { $0.compared(in: scenario) }
        #expect(rules == [.calendar, .band(shares: 2), .band(shares: 5), .band(shares: 10), .whalleyWilmott(riskAversion: 0.01), .leland])
        scenario.hedge.rebalancing = .band(shares: 7)
        #expect(BandRule.compared(in: scenario) == [.band(shares: 2), .band(shares: 5), .band(shares: 7), .band(shares: 10)])
        scenario.hedge.rebalancing = .whalleyWilmott(riskAversion: 0.5)
        #expect(WhalleyWilmottRule.compared(in: scenario) == [.whalleyWilmott(riskAversion: 0.5)])
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / (365 * 24), horizon: scenario.hedge.schedule.horizon)
        scenario.hedge.costs = TransactionCosts(basisPoints: 300)
        #expect(LelandRule.compared(in: scenario).isEmpty, "no Leland volatility exists: Le ≥ 1 for a bought option")
    }

    /// A rule's decision through the type-erased rule is the concrete rule's, date by date.
    @Test func theDecisionIsTheRulesOwn() {
        let costs = TransactionCosts(basisPoints: 20)
        func decide(_ rule: RebalancingRule, held: Double) -> Double {
            rule.base.holding(held: held, target: -43, gamma: 0.0063, spot: 261.49, multiplier: 100, costs: costs, discount: 1)
        }
        #expect(decide(.calendar, held: -40) == -43)
        #expect(decide(.leland, held: -40) == -43)
        #expect(decide(.band(shares: 5), held: -40) == -40)
        #expect(decide(.band(shares: 2), held: -40) == -43)
        let width = WhalleyWilmottRule.halfWidth(positionGamma: 0.63, spot: 261.49, costRate: 0.002, riskAversion: 0.01)
        #expect(abs(decide(.whalleyWilmott(riskAversion: 0.01), held: -30) - (-43 + width)) < 1e-12)
    }
}
