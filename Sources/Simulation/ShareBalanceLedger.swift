/// One rebalancing date of the lecture's share-balance hedge (DESIGN.md §2.1).
///
/// Money amounts are in currency for the whole position unless "per share" is said. Row 0
/// is the set-up: no change yet, so its changes, residual and outside cash are 0.
///
/// The share balance n(t+dt)·S(t+dt) − n(t)·S(t) = −m·dP̂ buys and sells shares with money that
/// no account holds, so the rows keep it apart (see ``ShareBalanceHedge`` for the identities):
/// - ``outsideCash`` c = (n(t) − n(t − dt))·S(t), what the step takes in from outside;
/// - ``cumulativeOutsideCash`` C(t) = Σc, without interest;
/// - ``selfFinancingValue`` V(t) = HLV(t) − C(t), the same holdings had every trade been paid
///   from the book, whose change over an interval is m·dP + n(t − dt)·dS.
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
    /// HLV = m·P + n·S, the hedge liquidation value, currency. HLV(t) − HLV(0) = Σε.
    public var liquidationValue: Double
    /// c = (n(t) − n(t − dt))·S(t), the cash this date's trade takes in from outside the book,
    /// currency: positive when the hedge buys shares, negative when it sells them (the proceeds
    /// leave the book). 0 at set-up, whose purchase n(0)·S(0) is part of HLV(0).
    public var outsideCash: Double
    /// C(t) = Σ c up to this date, currency, without interest: the plain sum of what came in
    /// from outside (a lender charging the rate r would ask for more; the sum keeps the
    /// identities below exact).
    public var cumulativeOutsideCash: Double
    /// V(t) = HLV(t) − C(t) = m·P(t) + n(t)·S(t) − C(t), currency: the value of the same
    /// holdings as a self-financing book (trades paid from the book, cash at zero interest).
    /// V(t) − V(t − dt) = m·dP + n(t − dt)·dS exactly, the P&L of holding n(t − dt) shares over
    /// the interval; V(0) = HLV(0).
    public var selfFinancingValue: Double
}

/// The share-balance hedge of one position along one path with one estimator.
public struct ShareBalanceLedger: Sendable, Hashable, Codable {
    /// How dP was estimated.
    public var estimator: HedgeEstimator
    /// The position's multiplier m (shares per contract × contracts × ±1).
    public var multiplier: Double
    /// One row per rebalancing date, set-up first.
    public var rows: [ShareBalanceRow]
}
