/// Trade to −m·Δ at every date of the schedule (the textbook's rule, and the default).
public struct CalendarRule: RebalancingPolicy {
    public static let name = RebalancingRule.Name(rawValue: "calendar")
    public static let help = "at every --interval"

    public init() {}

    public static func make(parameter _: Double?) -> CalendarRule { CalendarRule() }

    /// The calendar, the row every other rule is compared with.
    public static func compared(in scenario: HedgeScenario) -> [RebalancingRule] { [.calendar] }
}

extension RebalancingRule {
    /// Trade to −m·Δ at every date (``CalendarRule``).
    public static let calendar = RebalancingRule(CalendarRule())
}
