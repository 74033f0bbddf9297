/// One rebalancing date of the lecture's share-balance hedge (DESIGN.md §2.1).
///
/// Money amounts are in currency for the whole position unless "per share" is said. Row 0
/// is the set-up: no change yet, so its changes and residual are 0.
public struct ShareBalanceRow: Sendable, Hashable, Codable {
    /// Index of the rebalancing date, 0 at set-up.
    public var step: Int
    /// Years after the valuation origin.
    public var time: Double
    /// Share price S, currency per share.
    public var spot: Double
    /// Model premium P, currency per share.
    public var premium: Double
    /// Option Δ per share at this date.
    public var delta: Double
    /// dP = P(t) − P(t − dt), the model's premium change per share over the last interval.
    public var premiumChange: Double
    /// dP̂, the estimator's premium change per share over the last interval.
    public var estimatedPremiumChange: Double
    /// n, shares held after rebalancing at this date (negative = short).
    public var shares: Double
    /// n·S, value of the shares held, currency.
    public var shareValue: Double
    /// H = n(t)·S(t) − n(t − dt)·S(t − dt), the change of the equity position, currency.
    public var equityChange: Double
    /// ε = m·(dP − dP̂), what the estimator missed over the last interval, currency.
    public var residual: Double
    /// Σε up to this date, currency.
    public var cumulativeResidual: Double
    /// HLV = m·P + n·S, the hedge liquidation value, currency.
    public var liquidationValue: Double
}

/// The share-balance hedge of one position along one path with one estimator.
public struct ShareBalanceLedger: Sendable, Hashable, Codable {
    /// How dP was estimated.
    public var estimator: HedgeEstimator
    /// The position's multiplier m (shares per contract × contracts × ±1).
    public var multiplier: Double
    /// One row per rebalancing date, set-up first.
    public var rows: [ShareBalanceRow]

    public init(estimator: HedgeEstimator, multiplier: Double, rows: [ShareBalanceRow]) {
        self.estimator = estimator
        self.multiplier = multiplier
        self.rows = rows
    }
}
