/// When the textbook hedge trades (DESIGN.md §2.7): at each rebalancing date of the schedule
/// the rule looks at the target holding −m·Δ, the holding it has, and decides whether to trade
/// and to what holding.
///
/// The rule drives the textbook's self-financing hedge (``TextbookHedge``). The lecture's share
/// balance (``ShareBalanceHedge``) has no target to stray from — its n(t + dt) is the hedge
/// constraint solved for the next holding — so it trades at every date whatever the rule.
public enum RebalancingRule: Sendable, Hashable, Codable {
    /// Trade to −m·Δ at every date of the schedule (the textbook's, and the default).
    case calendar
    /// Trade back to −m·Δ only when the holding strays more than `shares` (≥ 0) from it; with
    /// 0 it is the calendar rule.
    case band(shares: Double)
    /// Whalley and Wilmott's no-transaction band around −m·Δ
    /// (``halfWidth(positionGamma:spot:costRate:riskAversion:discount:)``), `riskAversion` γ > 0 per USD
    /// (the whole position's absolute risk aversion): outside it,
    /// trade to its nearest edge.
    case whalleyWilmott(riskAversion: Double)
    /// Trade to −m·Δ̂ at every date, Δ̂ the option's Δ at Leland's volatility
    /// (``lelandVolatility(_:interval:roundTripCost:longGamma:)``).
    case leland

    /// The rule's names, as `--rebalance` takes them.
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
        case calendar
        case band
        case whalleyWilmott = "whalley-wilmott"
        case leland
    }

    /// The rule's name.
    public var name: Name {
        switch self {
        case .calendar: .calendar
        case .band: .band
        case .whalleyWilmott: .whalleyWilmott
        case .leland: .leland
        }
    }

    /// The band's width in shares, for a ``band(shares:)`` rule; nil otherwise.
    public var bandShares: Double? {
        if case let .band(shares) = self { return shares }
        return nil
    }

    /// True for the calendar rule, the hedge of every date at −m·Δ.
    public var isCalendar: Bool { self == .calendar }
}
