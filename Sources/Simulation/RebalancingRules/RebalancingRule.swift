/// When the textbook hedge trades (DESIGN.md §2.7): at each rebalancing date of the schedule
/// the rule looks at the target holding −m·Δ, the holding it has, and decides whether to trade
/// and to what holding.
///
/// The value a scenario holds: one registered ``RebalancingPolicy`` with its number, equal and
/// hashed by the rule's type and number, and coded by its name (``RebalancingRules``). The
/// rule drives the textbook's self-financing hedge (``TextbookHedge``). The lecture's share
/// balance (``ShareBalanceHedge``) has no target to stray from — its n(t + dt) is the hedge
/// constraint solved for the next holding — so it trades at every date whatever the rule.
public struct RebalancingRule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule, with its number (a type-eraser's base, as `AnyHashable.base`).
    public var base: any RebalancingPolicy

    public init(_ base: some RebalancingPolicy) {
        self.base = base
    }

    /// The name of a rule as `--rebalance` takes it and `summary.json` carries it: typed, so
    /// that no code compares free strings. Its cases are the registered rules'. Coded as its bare
    /// string (the standard library's coding of a `String` `RawRepresentable`).
    public struct Name: RawRepresentable, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The names of ``RebalancingRules/all``, in order.
        public static var allCases: [Name] { RebalancingRules.all.map { $0.name } }

        public var description: String { rawValue }
    }

    /// The rule's name.
    public var name: Name { type(of: base).name }

    public var description: String { name.rawValue }

    /// The rule when it is a `Policy`, with its number: `rule.policy(BandRule.self)?.shares`.
    public func policy<Policy: RebalancingPolicy>(_ type: Policy.Type) -> Policy? {
        base as? Policy
    }

    /// True for the calendar rule, the hedge of every date at −m·Δ: the baseline the other
    /// rules are compared with and a control run returns to.
    public var isCalendar: Bool { base is CalendarRule }

    /// The volatility of the Δ the rule trades where it is the rule's own (Leland's), nil otherwise.
    public var ownHedgingVolatility: OwnHedgingVolatility? { type(of: base).ownHedgingVolatility }

    public static func == (lhs: RebalancingRule, rhs: RebalancingRule) -> Bool {
        AnyHashable(lhs.base) == AnyHashable(rhs.base)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(AnyHashable(base))
    }

    private enum CodingKeys: String, CodingKey {
        case rule, parameters
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(Name.self, forKey: .rule)
        guard let rule = RebalancingRules.rule(named: name) else {
            throw DecodingError.dataCorruptedError(
                forKey: .rule, in: container,
                debugDescription: "unknown rebalancing rule \(name); known: \(Name.allCases.map(\.rawValue))"
            )
        }
        base = try container.decode(rule, forKey: .parameters)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .rule)
        try container.encode(base, forKey: .parameters)
    }
}
