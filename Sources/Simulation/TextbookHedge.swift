import Foundation

/// One rebalancing date of the textbook's self-financing delta hedge, with Hull's ledger
/// columns (*Options, Futures, and Other Derivatives*, Tables 19.2 and 19.3). Money is in USD
/// for the whole position.
public struct TextbookHedgeRow: Sendable, Hashable, Codable {
    /// Index of the rebalancing date, 0 at set-up.
    public var step: Int
    /// Years after the valuation origin.
    public var time: Double
    /// Share price, USD per share.
    public var spot: Double
    /// Model premium, USD per share.
    public var premium: Double
    /// Option Δ per share.
    public var delta: Double
    /// n = −m·Δ, shares held after rebalancing.
    public var sharesHeld: Double
    /// Shares bought at this date (negative = sold).
    public var sharesBought: Double
    /// Cost of the shares bought, sharesBought × S (negative = proceeds of a sale).
    public var costOfSharesBought: Double
    /// Transaction costs of this date's trade.
    public var transactionCost: Double
    /// Interest on the cumulative cost over the interval that starts here (Hull's "interest
    /// cost"; 0 on the last row).
    public var interest: Double
    /// Cumulative cost of the shares including interest and transaction costs, premium left out.
    public var cumulativeCost: Double
    /// The cash account B: premium paid or received, less the cumulative cost, with interest.
    public var cash: Double
    /// Hedging P&L m·P + n·S + B: what the whole book is worth.
    public var profitAndLoss: Double
}

/// The textbook's self-financing delta hedge (DESIGN.md §2.2).
///
/// Hold n(t) = −m·Δ(t) shares over (t, t + dt]; a cash account B accrues at r (and receives the
/// dividend yield q on the shares held) and pays for every rebalancing trade and its costs.
/// B(0) = −m·P(0) − n(0)·S(0). The hedging P&L is m·P + n·S + B; with continuous rebalancing in
/// the model's world it would stay at 0.
public enum TextbookHedge {
    /// Runs the hedge along a valued path.
    ///
    /// - Parameters:
    ///   - valuedPath: the path with the option's valuation at every date; its markets give r and q.
    ///   - multiplier: the position's m.
    ///   - costs: transaction costs of each trade (including the set-up purchase).
    public static func run(
        on valuedPath: ValuedPath, multiplier m: Double, costs: TransactionCosts = .none
    ) -> [TextbookHedgeRow] {
        let times = valuedPath.path.times, spots = valuedPath.path.spots
        let values = valuedPath.valuations, markets = valuedPath.markets
        guard !values.isEmpty else { return [] }
        var rows = [TextbookHedgeRow]()
        rows.reserveCapacity(values.count)
        var held = 0.0, cumulativeCost = 0.0
        var premiumAccount = -m * values[0].price
        for i in values.indices {
            if i > 0 {
                let dt = times[i] - times[i - 1]
                let growth = exp(markets[i - 1].rate * dt)
                let dividends = held * spots[i - 1] * (exp(markets[i - 1].dividendYield * dt) - 1)
                cumulativeCost = cumulativeCost * growth - dividends
                premiumAccount *= growth
                rows[i - 1].interest = rows[i - 1].cumulativeCost * (growth - 1)
            }
            let target = -m * values[i].delta
            let bought = target - held
            let fee = costs.cost(shares: bought, price: spots[i])
            cumulativeCost += bought * spots[i] + fee
            held = target
            let cash = premiumAccount - cumulativeCost
            rows.append(TextbookHedgeRow(
                step: i, time: times[i], spot: spots[i], premium: values[i].price, delta: values[i].delta,
                sharesHeld: held, sharesBought: bought, costOfSharesBought: bought * spots[i], transactionCost: fee,
                interest: 0, cumulativeCost: cumulativeCost, cash: cash,
                profitAndLoss: m * values[i].price + held * spots[i] + cash
            ))
        }
        return rows
    }
}
