/// Trade back to −m·Δ only when the holding strays more than ``shares`` from it; with a band of
/// 0 it is the calendar rule.
public struct BandRule: RebalancingPolicy {
    public static let name = RebalancingRule.Name(rawValue: "band")
    public static let help = "back to −m·Δ when the holding strays more than --band shares from it"

    /// How far the holding may stray from −m·Δ, shares (≥ 0).
    public var shares: Double

    public init(shares: Double) {
        self.shares = shares
    }

    /// The band's width when none is given, as a fraction of the position's |m| shares: 5%, so
    /// 5 shares per contract of 100.
    public static let defaultFraction = 0.05

    /// The band's width in shares when none is given: ``defaultFraction`` of the position's
    /// |m| shares, m the signed multiplier (contracts × shares per contract).
    public static func defaultBand(multiplier: Double) -> Double {
        defaultFraction * abs(multiplier)
    }

    public static let parameter: RuleParameter? = RuleParameter(flag: "band", summaryKey: "band") { defaultBand(multiplier: $0) }

    public static func make(parameter: Double?) -> BandRule { BandRule(shares: parameter ?? defaultBand(multiplier: 100)) }

    public var parameterValue: Double? { shares }

    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        try SimulationError.require(shares.isFinite && shares >= 0, "band", shares, "a finite number of shares ≥ 0")
    }

    /// `held` while it is within ``shares`` of `target`, `target` otherwise.
    @inlinable
    public func holding(
        held: Double, target: Double, gamma: Double, spot: Double, multiplier m: Double, costs: TransactionCosts,
        discount: Double
    ) -> Double {
        abs(held - target) > shares ? target : held
    }

    /// Bands of 2%, 5% and 10% of the position's |m| shares, and the run's own band, narrow to
    /// wide.
    public static func compared(in scenario: HedgeScenario) -> [RebalancingRule] {
        let size = abs(scenario.position.multiplier)
        let own = scenario.hedge.rebalancing.policy(BandRule.self).map { [$0.shares] } ?? []
        return Set([0.02, 0.05, 0.10].map { $0 * size } + own).sorted().map { .band(shares: $0) }
    }
}

extension RebalancingRule {
    /// Trade back to −m·Δ when the holding strays more than `shares` from it (``BandRule``).
    public static func band(shares: Double) -> RebalancingRule { RebalancingRule(BandRule(shares: shares)) }

    /// The band's width in shares, for a ``BandRule``; nil for any other rule.
    public var bandShares: Double? { policy(BandRule.self)?.shares }
}
