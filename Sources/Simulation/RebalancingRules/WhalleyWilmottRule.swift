import Foundation

/// Whalley and Wilmott's no-transaction band around −m·Δ
/// (``halfWidth(positionGamma:spot:costRate:riskAversion:discount:)``): inside it the hedge
/// holds still, outside it trades to the band's nearer edge.
public struct WhalleyWilmottRule: RebalancingPolicy {
    public static let name = RebalancingRule.Name(rawValue: "whalley-wilmott")
    /// The band's half-width carries e^{−r(T−t)}.
    public static let readsDiscount = true
    public static let help = "to the nearer edge of Whalley–Wilmott's no-transaction band, needs --cost-bps"

    /// γ > 0, the hedger's absolute risk aversion per USD over the whole position.
    public var riskAversion: Double

    public init(riskAversion: Double) {
        self.riskAversion = riskAversion
    }

    /// γ when none is given, per USD of the whole position (pfhedge's default too): a band of
    /// about 3 shares per contract either side of −m·Δ on the course's put at 20 bps.
    public static let defaultRiskAversion = 0.01

    public static let parameter: RuleParameter? = RuleParameter(flag: "risk-aversion", summaryKey: "riskAversion") { _ in
        defaultRiskAversion
    }

    public static func make(parameter: Double?) -> WhalleyWilmottRule {
        WhalleyWilmottRule(riskAversion: parameter ?? defaultRiskAversion)
    }

    public var parameterValue: Double? { riskAversion }

    public static let costDependence: CostDependence? = CostDependence(
        what: "Whalley–Wilmott's band", withoutCost: "Whalley–Wilmott's band has zero width"
    )

    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        try SimulationError.require(riskAversion.isFinite && riskAversion > 0, "risk aversion", riskAversion, "a finite number > 0 per USD")
    }

    /// `held` inside the band of half-width h around `target`, the band's nearer edge outside it.
    @inlinable
    public func holding(
        held: Double, target: Double, gamma: Double, spot: Double, multiplier m: Double, costs: TransactionCosts,
        discount: Double
    ) -> Double {
        let width = Self.halfWidth(
            positionGamma: m * gamma, spot: spot, costRate: costs.basisPoints / 10_000, riskAversion: riskAversion,
            discount: discount
        )
        return min(max(held, target - width), target + width)
    }

    /// Whalley and Wilmott's no-transaction half-width in shares around the delta-neutral
    /// holding, h = (3·e^{−r(T−t)}·c·S·Γ_p² / (2γ))^{1/3}.
    ///
    /// Whalley & Wilmott, "An asymptotic analysis of an optimal hedging model for option pricing
    /// with transaction costs", *Mathematical Finance* 7 (1997) 307–324: for small proportional
    /// costs the exponential-utility hedger's optimal policy is to do nothing while the holding is
    /// within h of the delta-neutral one and otherwise trade to the nearer edge. As published: c
    /// the one-way proportional cost (``TransactionCosts/basisPoints`` ÷ 10,000), S the spot
    /// (USD), Γ_p = m·Γ the whole position's gamma (shares per USD), e^{−r(T−t)} the discount
    /// factor to expiry, and γ the hedger's absolute risk aversion per USD over the whole
    /// position (DESIGN.md §2.7). Until issue 22 the tool took a = γ·|m|, a risk aversion per
    /// share of the option, and left the discount factor out (as pfhedge's `WhalleyWilmott`,
    /// which hedges one unit of the derivative): the same band when a = γ·|m|, up to e^{−r(T−t)/3}.
    ///
    /// - Returns: 0 when c or Γ_p is 0; h ≥ 0 otherwise.
    @inlinable
    public static func halfWidth(
        positionGamma: Double, spot: Double, costRate c: Double, riskAversion gamma: Double, discount: Double = 1
    ) -> Double {
        let cube = 3 * discount * c * spot * positionGamma * positionGamma / (2 * gamma)
        return cube > 0 ? cbrt(cube) : 0
    }

    /// The band at the run's γ when the run trades by it, at ``defaultRiskAversion`` otherwise.
    public static func compared(in scenario: HedgeScenario) -> [RebalancingRule] {
        [.whalleyWilmott(riskAversion: scenario.hedge.rebalancing.policy(WhalleyWilmottRule.self)?.riskAversion ?? defaultRiskAversion)]
    }
}

extension RebalancingRule {
    /// Whalley–Wilmott's band at risk aversion γ per USD (``WhalleyWilmottRule``).
    public static func whalleyWilmott(riskAversion: Double) -> RebalancingRule {
        RebalancingRule(WhalleyWilmottRule(riskAversion: riskAversion))
    }
}
