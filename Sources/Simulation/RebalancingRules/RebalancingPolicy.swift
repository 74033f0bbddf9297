import Pricing

/// What one rebalancing rule knows about itself (DESIGN.md §2.7): its `--rebalance` name and
/// help, the number it reads (a band's width, a risk aversion) with its default and its key in
/// `summary.json`, how it is checked, its decision at each date, the volatility it takes its Δ
/// at when that is not the implied one, and the rules of its kind a Monte Carlo study compares.
/// A new rule is one type conforming to this protocol, listed once in ``RebalancingRules/all``;
/// nothing else switches on which rule a scenario uses. Its words and colour on the page live
/// in the Report layer (`RebalancingRulePage`), as a path model's do.
///
/// Shares for holdings, USD for money, years for time, volatility per √year.
public protocol RebalancingPolicy: Sendable, Hashable, Codable {
    /// The name the user writes (`--rebalance band`) and `summary.json` carries.
    static var name: RebalancingRule.Name { get }

    /// What `--rebalance`'s help says of the rule after its name ("at every --interval").
    static var help: String { get }

    /// The number the rule reads from the command line, nil for a rule that reads none.
    static var parameter: RuleParameter? { get }

    /// The rule with `parameter` as its number (ignored by a rule that reads none; nil: its
    /// default for one contract of 100 shares).
    static func make(parameter: Double?) -> Self

    /// The rule's number, nil for a rule that reads none.
    var parameterValue: Double? { get }

    /// What the rule is without a proportional cost, for a rule that is the calendar rule
    /// then (a refusal names it); nil for a rule that means something at zero cost.
    static var costDependence: CostDependence? { get }

    /// The volatility of the Δ the rule trades, where it is the rule's own; nil where the rule
    /// trades the scenario's hedging Δ.
    static var ownHedgingVolatility: OwnHedgingVolatility? { get }

    /// Refuses a number the rule cannot trade with in `scenario`, naming the value.
    func validate(in scenario: HedgeScenario) throws(SimulationError)

    /// The holding after this date's decision, shares.
    ///
    /// - Parameters:
    ///   - held: the shares held since the last date (0 before the set-up trade).
    ///   - target: the delta-neutral holding −m·Δ, shares (at the rule's own volatility when it
    ///     has one).
    ///   - gamma: the option's Γ per share, per USD.
    ///   - spot: the share price, USD.
    ///   - multiplier: the position's m; the position's Γ is m·Γ.
    ///   - costs: the transaction costs of a trade.
    ///   - discount: e^{−r(T−t)} at the date (1 when the expiry is not given).
    func holding(
        held: Double, target: Double, gamma: Double, spot: Double, multiplier m: Double, costs: TransactionCosts,
        discount: Double
    ) -> Double

    /// True when ``holding(held:target:gamma:spot:multiplier:costs:discount:)`` reads its
    /// `discount` (false by default), so that a hedge computes e^{−r(T−t)} only for such a rule.
    static var readsDiscount: Bool { get }

    /// The volatility per √year the rule takes its Δ at on `scenario`'s first date, nil where
    /// it takes the implied one's (or its own does not exist there).
    func hedgingVolatility(in scenario: HedgeScenario) -> Double?

    /// The Δ per share the rule targets at every date of `valued`, priced by `model` (prepared
    /// at ``hedgingVolatility(in:)``); nil where it targets the scenario's hedging Δ.
    func hedgeDeltas(along valued: ValuedPath, in scenario: HedgeScenario, model: some PricingModel) throws(SimulationError) -> [Double]?

    /// The rules of this kind a Monte Carlo study of `scenario` compares, with the run's own
    /// number among them when the run trades by this rule; empty where the rule cannot trade on
    /// `scenario`.
    static func compared(in scenario: HedgeScenario) -> [RebalancingRule]
}

/// The number a rebalancing rule reads: its flag, its key in `summary.json`'s
/// `monteCarlo.rules`, and its default.
public struct RuleParameter: Sendable {
    /// The flag without its dashes (`band`, `risk-aversion`), the parameter's key on the
    /// command line and in a config file.
    public var flag: String
    /// The key of the number in each of `monteCarlo.rules` (`band`, `riskAversion`).
    public var summaryKey: String
    /// The default for a position of multiplier m (signed shares-equivalent).
    public var defaultValue: @Sendable (_ multiplier: Double) -> Double

    public init(flag: String, summaryKey: String, defaultValue: @escaping @Sendable (_ multiplier: Double) -> Double) {
        self.flag = flag
        self.summaryKey = summaryKey
        self.defaultValue = defaultValue
    }
}

/// What a rule that needs a proportional cost is without one, for the refusals that name it.
public struct CostDependence: Sendable, Hashable {
    /// What the cost sets ("Whalley–Wilmott's band").
    public var what: String
    /// What it is at zero cost, a clause ("Whalley–Wilmott's band has zero width").
    public var withoutCost: String

    public init(what: String, withoutCost: String) {
        self.what = what
        self.withoutCost = withoutCost
    }
}

/// A rule that trades the Δ at a volatility of its own, for the refusals of another hedging
/// volatility (`--hedge-vol`) beside it.
public struct OwnHedgingVolatility: Sendable, Hashable {
    /// The rule in a sentence ("Leland's rule").
    public var rule: String
    /// Its volatility, a formula ("σ²·(1 ∓ √(2/π)·k/(σ·√δt))").
    public var formula: String

    public init(rule: String, formula: String) {
        self.rule = rule
        self.formula = formula
    }
}

extension RebalancingPolicy {
    public static var parameter: RuleParameter? { nil }
    public static var readsDiscount: Bool { false }
    public var parameterValue: Double? { nil }
    public static var costDependence: CostDependence? { nil }
    public static var ownHedgingVolatility: OwnHedgingVolatility? { nil }
    public func validate(in scenario: HedgeScenario) throws(SimulationError) {}
    public func hedgingVolatility(in scenario: HedgeScenario) -> Double? { nil }

    /// `target` at every date: the decision of a rule that trades to −m·Δ whenever it is asked
    /// (the calendar, and Leland's, whose −m·Δ̂ is at its own volatility).
    @inlinable
    public func holding(
        held: Double, target: Double, gamma: Double, spot: Double, multiplier m: Double, costs: TransactionCosts,
        discount: Double
    ) -> Double {
        target
    }

    public func hedgeDeltas(
        along valued: ValuedPath, in scenario: HedgeScenario, model: some PricingModel
    ) throws(SimulationError) -> [Double]? {
        nil
    }
}

/// Every rebalancing rule the tool offers, in the order `--help` lists them and a study's
/// comparison shows them.
public enum RebalancingRules {
    /// The registered rules. A new one is one line here.
    public static let all: [any RebalancingPolicy.Type] = [
        CalendarRule.self,
        BandRule.self,
        WhalleyWilmottRule.self,
        LelandRule.self,
    ]

    /// The registered rule named `name`, nil for an unknown name.
    public static func rule(named name: RebalancingRule.Name) -> (any RebalancingPolicy.Type)? {
        all.first { $0.name == name }
    }
}
