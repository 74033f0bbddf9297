import Simulation

/// Headline figures of the textbook hedge, USD for the whole position.
public struct TextbookSummary: Sendable, Hashable, Codable {
    /// Cumulative cost of the shares including interest and costs, premium left out (Hull).
    public var cumulativeCost: Double
    /// Hedging P&L m·P + n·S + B at the last date.
    public var finalPnL: Double
    /// Transaction costs paid over the path.
    public var transactionCosts: Double
    /// Shares held at the last date.
    public var finalShares: Double
    /// Number of dates at which shares changed hands.
    public var trades: Int
    /// The P&L explained, summed over the path.
    public var attribution: ProfitAttribution

    public init(rows: [TextbookHedgeRow], attribution: [ProfitAttribution]) {
        cumulativeCost = rows.last?.cumulativeCost ?? 0
        finalPnL = rows.last?.profitAndLoss ?? 0
        transactionCosts = rows.reduce(0) { $0 + $1.transactionCost }
        finalShares = rows.last?.sharesHeld ?? 0
        trades = rows.filter { $0.sharesBought != 0 }.count
        self.attribution = attribution.reduce(.zero, +)
    }
}
