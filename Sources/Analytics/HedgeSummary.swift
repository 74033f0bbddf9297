import Simulation

/// Headline figures of one share-balance hedge, in currency for the whole position.
///
/// The accounting of the share balance (``ShareBalanceHedge``), at the last date H, exactly:
/// ``finalLiquidationValue`` − ``initialLiquidationValue`` = ``cumulativeResidual`` (Σε), and
/// ``selfFinancingPnL`` = ``cumulativeResidual`` − ``outsideCash`` = Σ(m·dP + n·dS). How that
/// differs from the textbook hedge's P&L is in ``HedgeAnalysis/reconciliations``.
public struct HedgeSummary: Sendable, Hashable, Codable {
    /// The estimator the hedge used.
    public var estimator: HedgeEstimator
    /// n at the last rebalancing date (negative = short).
    public var finalShares: Double
    /// Σε over the path: what the hedge failed to offset.
    public var cumulativeResidual: Double
    /// Σ|ε| over the path: how far the hedge strayed in all, misses of either sign counted.
    public var totalAbsResidual: Double
    /// The largest |ε| of one interval.
    public var maxAbsResidual: Double
    /// Step at which |ε| was largest (0 when the path has no interval).
    public var maxAbsResidualStep: Int
    /// √(mean ε²) over the intervals: the typical size of a step's residual.
    public var rootMeanSquareResidual: Double
    /// Hedge liquidation value m·P + n·S at set-up.
    public var initialLiquidationValue: Double
    /// Hedge liquidation value at the last date; its drift from the start equals Σε.
    public var finalLiquidationValue: Double
    /// C(H) = Σ (n(t + dt) − n(t))·S(t + dt), the cash the share balance took in from outside the
    /// book over the path, without interest; positive = it bought more shares than it sold.
    public var outsideCash: Double
    /// V(H) = HLV(H) − C(H): the value at the last date of the same holdings run as a
    /// self-financing book (V(0) = ``initialLiquidationValue``).
    public var finalSelfFinancingValue: Double
    /// V(H) − V(0) = Σ(m·dP + n(t)·dS) = Σε − C(H): the P&L of actually holding the hedge's
    /// shares alongside the option, the number comparable with the textbook hedge's P&L.
    public var selfFinancingPnL: Double

    /// Summarises a ledger.
    public init(_ ledger: ShareBalanceLedger) {
        let steps = ledger.rows.dropFirst()
        let largest = steps.max { abs($0.residual) < abs($1.residual) }
        let sumOfSquares = steps.reduce(0) { $0 + $1.residual * $1.residual }
        estimator = ledger.estimator
        finalShares = ledger.rows.last?.shares ?? 0
        cumulativeResidual = ledger.rows.last?.cumulativeResidual ?? 0
        totalAbsResidual = steps.reduce(0) { $0 + abs($1.residual) }
        maxAbsResidual = abs(largest?.residual ?? 0)
        maxAbsResidualStep = largest?.step ?? 0
        rootMeanSquareResidual = steps.isEmpty ? 0 : (sumOfSquares / Double(steps.count)).squareRoot()
        initialLiquidationValue = ledger.rows.first?.liquidationValue ?? 0
        finalLiquidationValue = ledger.rows.last?.liquidationValue ?? 0
        outsideCash = ledger.rows.last?.cumulativeOutsideCash ?? 0
        finalSelfFinancingValue = ledger.rows.last?.selfFinancingValue ?? 0
        selfFinancingPnL = finalSelfFinancingValue - (ledger.rows.first?.selfFinancingValue ?? 0)
    }
}
