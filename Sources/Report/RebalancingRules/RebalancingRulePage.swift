import Charts
import Simulation

/// What the page says about a rebalancing rule: how a sentence names what the hedge followed
/// and what it held, how a finding, a table row and a chart point name it, and its colour in
/// every chart (the rules' frontier, on `report` and `compare` pages). A rule's conformance is
/// its registration with the page; a rule without one is named by its `--rebalance` name, in
/// grey (``RuleWords``).
protocol RebalancingRulePage: RebalancingPolicy {
    /// What the hedge followed, for "the textbook hedge followed …": `a band of 10 shares`.
    var followedWords: String { get }
    /// What the textbook hedge held under the rule, for the sentences of other sections that
    /// describe its holding; nil for a rule whose holding is −m·Δ at every date.
    var holdingWords: String? { get }
    /// The rule as a finding names it: `the 10-share band`.
    var findingName: String { get }
    /// The rule in the first column of the rules' table: its name and its number if the table
    /// has no column for it.
    var tableName: String { get }
    /// The rule's short label on a chart: `band 10`.
    var chartLabel: String { get }
    /// The rule's colour in every chart.
    static var colour: ChartColour { get }
}

extension RebalancingRulePage {
    var tableName: String { Self.name.rawValue }

    /// The holding of a rule that trades only when the holding leaves a band around −m·Δ (a
    /// fixed band, Whalley–Wilmott's), for ``holdingWords``.
    var bandHoldingWords: String {
        "traded only when its holding left \(followedWords) around −m·Δ (see “\(RulesSection.title)”)"
    }
}

/// The page's words for any rebalancing rule, its own where it has them (``RebalancingRulePage``).
enum RuleWords {
    private static func page(_ rule: RebalancingRule) -> (any RebalancingRulePage)? {
        rule.base as? any RebalancingRulePage
    }

    static func followed(_ rule: RebalancingRule) -> String {
        page(rule)?.followedWords ?? "the \(rule.name) rule"
    }

    static func holding(_ rule: RebalancingRule) -> String? {
        guard let page = page(rule) else { return "traded by \(followed(rule)) (see “\(RulesSection.title)”)" }
        return page.holdingWords
    }

    static func finding(_ rule: RebalancingRule) -> String {
        page(rule)?.findingName ?? "the \(rule.name) rule"
    }

    static func table(_ rule: RebalancingRule) -> String {
        page(rule)?.tableName ?? rule.name.rawValue
    }

    static func label(_ rule: RebalancingRule) -> String {
        page(rule)?.chartLabel ?? rule.name.rawValue
    }

    static func colour(_ rule: RebalancingRule) -> ChartColour {
        (type(of: rule.base) as? any RebalancingRulePage.Type)?.colour ?? .grey
    }
}
