import Simulation

/// How one share-balance hedge's self-financing P&L differs from the textbook hedge's P&L on
/// the same path, term by term. Currency for the whole position, summed from set-up to the last
/// date H.
///
/// The share balance, run self-financing, makes V(H) − V(0) = Σ(m·dP + n·dS) (``ShareBalanceHedge``);
/// the textbook hedge makes Π(H) = Σ(m·dP + n_tb·dS) + interest + dividends − costs
/// (``TextbookHedge``). The option's m·dP cancels, so exactly (to rounding):
///
///     V(H) − V(0) − Π(H) = Σ(n − n_tb)·dS − interest − dividends + costs
///
/// and the share balance's own Σε, outside cash C(H) and V(H) − V(0) = Σε − C(H) complete the
/// chain from the lecture's residual to the textbook's P&L:
///
///     Σε = C(H) + Π(H) + Σ(n − n_tb)·dS − interest − dividends + costs.
public struct TextbookReconciliation: Sendable, Hashable, Codable {
    /// The share-balance hedge's estimator.
    public var estimator: HedgeEstimator
    /// Σε = HLV(H) − HLV(0), the lecture's cumulative residual.
    public var cumulativeResidual: Double
    /// C(H), the share balance's outside cash, without interest (positive = brought in).
    public var outsideCash: Double
    /// V(H) − V(0) = Σε − C(H), the share balance's self-financing P&L.
    public var selfFinancingPnL: Double
    /// Π(H), the textbook hedge's P&L m·P + n_tb·S + B at the last date.
    public var textbookPnL: Double
    /// Σ(n(t) − n_tb(t))·(S(t + dt) − S(t)) over the intervals: what the share balance's holdings
    /// earned beyond the textbook's delta-neutral ones.
    public var holdingDifferencePnL: Double
    /// Σ B·(e^{r·dt} − 1), the textbook's interest on its whole cash account (negative when it
    /// borrows), which the share balance does not have.
    public var textbookInterest: Double
    /// Σ n_tb·S·(e^{q·dt} − 1), the dividends on the textbook's shares, which the share balance
    /// does not book.
    public var textbookDividends: Double
    /// Σ transaction costs the textbook hedge paid, set-up included; the share balance pays none.
    public var textbookCosts: Double

    /// V(H) − V(0) − Π(H), the gap to explain.
    public var gap: Double { selfFinancingPnL - textbookPnL }

    /// Σ(n − n_tb)·dS − interest − dividends + costs: the gap explained term by term.
    public var explainedGap: Double {
        holdingDifferencePnL - textbookInterest - textbookDividends + textbookCosts
    }

    /// Reconciles `ledger` with `textbook`, both run on the same path (one row per date each).
    public init(_ ledger: ShareBalanceLedger, against textbook: [TextbookHedgeRow]) {
        let rows = ledger.rows
        estimator = ledger.estimator
        cumulativeResidual = rows.last?.cumulativeResidual ?? 0
        outsideCash = rows.last?.cumulativeOutsideCash ?? 0
        selfFinancingPnL = (rows.last?.selfFinancingValue ?? 0) - (rows.first?.selfFinancingValue ?? 0)
        textbookPnL = textbook.last?.profitAndLoss ?? 0
        let count = min(rows.count, textbook.count)
        var difference = 0.0, interest = 0.0, dividends = 0.0
        for i in 0..<max(count - 1, 0) {
            difference += (rows[i].shares - textbook[i].sharesHeld) * (rows[i + 1].spot - rows[i].spot)
            interest += textbook[i].cashInterest
            dividends += textbook[i].dividends
        }
        holdingDifferencePnL = difference
        textbookInterest = interest
        textbookDividends = dividends
        textbookCosts = textbook.prefix(count).reduce(0) { $0 + $1.transactionCost }
    }
}
