import Foundation
import Pricing

/// One rebalancing date of a hedge with traded options and shares. USD for the whole book
/// unless said otherwise.
public struct OptionHedgeRow: Sendable, Hashable, Codable {
    public var step: Int
    public var time: Double
    public var spot: Double
    /// Options held after this date's trade, per traded option, counted in options on one share.
    public var options: [Double]
    /// Shares held after this date's trade.
    public var shares: Double
    /// The cash account B after this date's trade.
    public var cash: Double
    /// |value| of what this date traded, options and shares, USD.
    public var tradedValue: Double
    /// Transaction costs of this date's trades.
    public var transactionCost: Double
    /// The hedged book's P&L: m·P_book + Σ qₖ·Oₖ + n·S + B.
    public var profitAndLoss: Double
}

/// A hedge's ledger along one path.
public struct OptionHedgeLedger: Sendable, Hashable, Codable {
    public var kind: OptionHedgeKind
    public var rows: [OptionHedgeRow]
    /// Dates at which the options' Greeks could not be solved for (a Γ of 0, collinear (Γ, ν)),
    /// where the hedge kept its options and rebalanced its shares only.
    public var unsolvedDates: Int

    /// The P&L at the last date.
    public var finalPnL: Double { rows.last?.profitAndLoss ?? 0 }
    /// Σ of the traded values, set-up included, USD.
    public var tradedValue: Double { rows.reduce(0) { $0 + $1.tradedValue } }
}

/// The self-financing hedge of a book with shares and up to two traded options (DESIGN.md
/// §2.7): at each date before the last it holds what ``OptionHedgeRatios`` solves for the
/// book's Greeks, paying every trade from a cash account that accrues at r and receives the
/// dividends of the shares held, as ``TextbookHedge`` does. Nothing is traded at the last date,
/// where the P&L is read (a trade at fair value there would not change it).
///
/// With no options it is the textbook's delta hedge, and its final P&L is the textbook's when
/// there are no costs (the textbook also trades at the last date, paying costs there).
public enum OptionHedge {
    /// - Parameters:
    ///   - kind: which hedge (its ``OptionHedgeKind/optionCount`` options are the first of `options`).
    ///   - valuedPath: the book along the path (per unit of `multiplier`).
    ///   - options: each traded option's valuation per share at every date.
    ///   - multiplier: the book's m.
    public static func run(
        _ kind: OptionHedgeKind, on valuedPath: ValuedPath, options: [[Valuation]], multiplier m: Double,
        costs: TransactionCosts = .none
    ) -> OptionHedgeLedger {
        let count = kind.optionCount
        precondition(options.count >= count, "the hedge's options valued along the path")
        let times = valuedPath.path.times, spots = valuedPath.path.spots
        let values = valuedPath.valuations, markets = valuedPath.markets
        var rows = [OptionHedgeRow]()
        rows.reserveCapacity(values.count)
        var held = [Double](repeating: 0, count: count)
        var shares = 0.0
        var cash = -m * (values.first?.price ?? 0)
        var unsolved = 0
        for i in values.indices {
            if i > 0 {
                let dt = times[i] - times[i - 1]
                cash = cash * exp(markets[i - 1].rate * dt) + shares * spots[i - 1] * (exp(markets[i - 1].dividendYield * dt) - 1)
            }
            let prices = (0..<count).map { options[$0][i] }
            var traded = 0.0, fees = 0.0
            if i < values.count - 1 {
                // The book's Greeks in share-equivalents.
                let book = values[i].scaled(by: m)
                var target = Holdings(options: held, shares: 0)
                switch OptionHedgeRatios.solve(book: book, options: prices, kind: kind) {
                case let .success(solved):
                    target = Holdings(options: solved.options, shares: solved.shares)
                case .failure:
                    unsolved += 1
                    var delta = book.delta
                    for (quantity, option) in zip(held, prices) { delta += quantity * option.delta }
                    target.shares = -delta
                }
                // A change below 1e-9 units or a cent of value is no trade (TextbookHedge.Account).
                func isTrade(_ quantity: Double, at price: Double) -> Bool {
                    abs(quantity) >= TextbookHedge.Account.minimumTrade && abs(quantity * price) >= TextbookHedge.Account.minimumTradeValue
                }
                for k in 0..<count {
                    guard isTrade(target.options[k] - held[k], at: prices[k].price) else {
                        target.options[k] = held[k]
                        continue
                    }
                    let bought = target.options[k] - held[k]
                    let fee = costs.cost(shares: bought, price: prices[k].price)
                    cash -= bought * prices[k].price + fee
                    traded += abs(bought * prices[k].price)
                    fees += fee
                }
                if !isTrade(target.shares - shares, at: spots[i]) { target.shares = shares }
                let bought = target.shares - shares
                let fee = costs.cost(shares: bought, price: spots[i])
                cash -= bought * spots[i] + fee
                traded += abs(bought * spots[i])
                fees += fee
                (held, shares) = (target.options, target.shares)
            }
            var value = m * values[i].price + shares * spots[i] + cash
            for (quantity, option) in zip(held, prices) { value += quantity * option.price }
            rows.append(OptionHedgeRow(
                step: i, time: times[i], spot: spots[i], options: held, shares: shares, cash: cash,
                tradedValue: traded, transactionCost: fees, profitAndLoss: value
            ))
        }
        return OptionHedgeLedger(kind: kind, rows: rows, unsolvedDates: unsolved)
    }

    private typealias Holdings = OptionHedgeRatios.Holdings
}

extension OptionHedgeRatios {
    /// ``solve(book:options:)`` for `kind`: shares only (−Δ_book) when it uses no option.
    static func solve(book: Valuation, options: [Valuation], kind: OptionHedgeKind) -> Result<Holdings, Failure> {
        guard kind.optionCount > 0 else { return .success(Holdings(options: [], shares: -book.delta)) }
        return solve(book: book, options: Array(options.prefix(kind.optionCount)))
    }
}
