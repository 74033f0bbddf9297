import Analytics
import Charts
import Simulation
import Testing
@testable import Report

/// Every registered rule's words and colour on the page (``RebalancingRulePage``), as the rules'
/// table, findings, frontier and the pages of other sections name it.
struct RebalancingRulePageTests {
    static var rules: [RebalancingRule] {
        RebalancingRules.all.map { rule in RebalancingRule(rule.make(parameter: rule.parameter?.defaultValue(100))) }
    }

    @Test func everyRegisteredRuleHasPageWordsAndItsOwnColour() {
        for rule in Self.rules {
            #expect(rule.base is any RebalancingRulePage, "\(rule.name) has no page words")
            #expect(!RuleWords.followed(rule).isEmpty && !RuleWords.finding(rule).isEmpty && !RuleWords.label(rule).isEmpty)
            #expect(RuleWords.table(rule).hasPrefix(rule.name.rawValue))
            #expect(RuleWords.colour(rule) != .grey, "\(rule.name) is grey, the colour of a rule without a page")
        }
        let colours = Self.rules.map { RuleWords.colour($0) }
        for (i, colour) in colours.enumerated() {
            #expect(!colours[..<i].contains(colour), "\(Self.rules[i].name) shares its colour")
        }
        #expect(Set(Self.rules.map { RuleWords.label($0) }).count == Self.rules.count)
    }

    /// The words the page printed before rules were types, rule by rule.
    @Test func theWordsAreThePagesOwn() {
        #expect(Self.rules.map { RuleWords.followed($0) } == [
            "the calendar rule", "a band of 5 shares", "Whalley–Wilmott's band (γ = 0.01)", "Leland's volatility",
        ])
        #expect(Self.rules.map { RuleWords.finding($0) } == ["the calendar", "the 5-share band", "Whalley–Wilmott (γ = 0.01)", "Leland's rule"])
        #expect(Self.rules.map { RuleWords.table($0) } == ["calendar", "band", "whalley-wilmott, γ = 0.01", "leland"])
        #expect(Self.rules.map { RuleWords.label($0) } == ["calendar", "band 5", "Whalley–Wilmott", "Leland"])
        #expect(Self.rules.map { RuleWords.colour($0) } == [.black, .orange, .blue, .reddishPurple])
        #expect(RuleWords.holding(.calendar) == nil)
        #expect(RuleWords.holding(.band(shares: 2.5)) == "traded only when its holding left a band of 2.50 shares around −m·Δ (see “\(RulesSection.title)”)")
        #expect(RuleWords.holding(Self.rules[2]) == "traded only when its holding left Whalley–Wilmott's band (γ = 0.01) around −m·Δ (see “\(RulesSection.title)”)")
        #expect(RuleWords.holding(.leland) == "held −m·Δ̂, Δ̂ at Leland's volatility (see “\(RulesSection.title)”)")
    }
}
