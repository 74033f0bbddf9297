import Foundation
import Simulation
import Testing
@testable import Analytics

/// Every registered rule's row of `monteCarlo.rules` (DESIGN.md §4): its `--rebalance` name under
/// `rule`, its own number under its key, every other rule's key null, and back.
struct RuleOutcomeCodingTests {
    static func outcome(_ rule: RebalancingRule) -> RuleOutcome {
        RuleOutcome(
            rule: rule, hedgingVolatility: rule.ownHedgingVolatility != nil ? 0.55 : nil, mean: -1, meanStandardError: 0.1, std: 2,
            stdStandardError: 0.2, trades: 3, costs: 4, costsStandardError: 0.4
        )
    }

    @Test(arguments: RebalancingRules.all.map { $0.name })
    func everyRegisteredRuleRoundTripsItsNameAndNumber(_ name: RebalancingRule.Name) throws {
        let type = try #require(RebalancingRules.rule(named: name))
        let rule = RebalancingRule(type.make(parameter: type.parameter.map { _ in 2.5 }))
        let data = try JSONEncoder().encode(Self.outcome(rule))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["rule"] as? String == name.rawValue)
        #expect(Set(json.keys) == [
            "rule", "band", "riskAversion", "hedgingVolatility", "mean", "meanStandardError", "std", "stdStandardError", "trades",
            "costs", "costsStandardError",
        ])
        for key in ["band", "riskAversion"] {
            if key == type.parameter?.summaryKey { #expect(json[key] as? Double == 2.5) } else { #expect(json[key] is NSNull, "\(key)") }
        }
        #expect(try JSONDecoder().decode(RuleOutcome.self, from: data) == Self.outcome(rule))
    }

    @Test func anUnknownRuleIsRefusedNamingIt() throws {
        let data = try JSONEncoder().encode(Self.outcome(.calendar))
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"calendar\"", with: "\"weekly\"")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RuleOutcome.self, from: Data(text.utf8)) }
    }
}
