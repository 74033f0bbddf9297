import Foundation

extension RebalancingRule {
    /// The holding after this date's decision, shares.
    ///
    /// - Parameters:
    ///   - held: the shares held since the last date (0 before the set-up trade).
    ///   - target: the delta-neutral holding −m·Δ, shares (for Leland's rule, at Leland's
    ///     volatility).
    ///   - gamma: the option's Γ per share, per USD (Whalley–Wilmott only).
    ///   - spot: the share price, USD (Whalley–Wilmott only).
    ///   - multiplier: the position's m; the position's Γ is m·Γ (Whalley–Wilmott only).
    ///   - costs: the proportional cost c = bps/10,000 sets the Whalley–Wilmott band.
    ///   - discount: e^{−r(T−t)} at the date (Whalley–Wilmott only; 1 by default).
    /// - Returns: `target` for the calendar and Leland rules; for a band, `held` when it is
    ///   within the band and `target` otherwise; for Whalley–Wilmott, `held` inside the band and
    ///   the band's nearer edge outside it.
    @inlinable
    public func holding(
        held: Double, target: Double, gamma: Double, spot: Double, multiplier m: Double, costs: TransactionCosts,
        discount: Double = 1
    ) -> Double {
        switch self {
        case .calendar, .leland:
            return target
        case let .band(shares):
            return abs(held - target) > shares ? target : held
        case let .whalleyWilmott(riskAversion):
            let width = Self.halfWidth(
                positionGamma: m * gamma, spot: spot, costRate: costs.basisPoints / 10_000, riskAversion: riskAversion,
                discount: discount
            )
            return min(max(held, target - width), target + width)
        }
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

    /// Leland's number Le = √(2/π)·k/(σ·√δt): the cost of hedging every δt as a fraction of
    /// σ², with k the round-trip proportional cost (2 × the one-way ``TransactionCosts`` rate).
    ///
    /// Leland, "Option pricing and replication with transactions costs", *Journal of Finance*
    /// 40 (1985) 1283–1301.
    public static func lelandNumber(volatility sigma: Double, interval dt: Double, roundTripCost k: Double) -> Double {
        (2 / Double.pi).squareRoot() * k / (sigma * dt.squareRoot())
    }

    /// Leland's hedging volatility σ̂ = σ·√(1 ± Le) (``lelandNumber(volatility:interval:roundTripCost:)``).
    ///
    /// Leland's σ̂² = σ²·(1 + Le) is the writer's: a hedger short gamma (a written option) buys
    /// after rises and sells after falls, so the costs add to the variance it must cover. A hedger
    /// long gamma (a bought option) trades the other way and the costs take from the option's
    /// value: σ̂² = σ²·(1 − Le) (Hoggard, Whalley & Wilmott, "Hedging option portfolios in the
    /// presence of transaction costs", *Advances in Futures and Options Research* 7, 1994, whose
    /// variance is σ² − sign(Γ)·σ²·Le). In both, Δ̂ at σ̂ is the hedge.
    ///
    /// - Parameters:
    ///   - sigma: the implied volatility, per √year, > 0.
    ///   - dt: the rebalancing interval, years, > 0.
    ///   - k: the round-trip proportional cost, ≥ 0.
    ///   - longGamma: true for a bought option (m > 0), false for a written one.
    /// - Returns: σ̂ per √year; nil when 1 − Le ≤ 0 for a long-gamma hedger (the costs of trading
    ///   every δt exceed the variance the hedge earns: no volatility makes the hedge pay them).
    public static func lelandVolatility(_ sigma: Double, interval dt: Double, roundTripCost k: Double, longGamma: Bool) -> Double? {
        let number = lelandNumber(volatility: sigma, interval: dt, roundTripCost: k)
        let factor = longGamma ? 1 - number : 1 + number
        guard factor > 0, factor.isFinite else { return nil }
        return sigma * factor.squareRoot()
    }
}
