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
    /// Shares held after this date's decision: n = −m·Δ on the calendar rule, what the
    /// ``RebalancingRule`` decided otherwise.
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
    /// Interest on the whole cash account over the interval that starts here,
    /// B·(e^{r·dt} − 1) with B this row's ``cash`` and r this date's rate: positive when earned,
    /// negative when paid on a debit balance. Unlike ``interest`` (Hull's, on the cumulative cost
    /// only) it counts the premium account too. 0 on the last row.
    public var cashInterest: Double
    /// Dividends the shares held earn over the interval that starts here, credited to the cash
    /// account: n·S·(e^{q·dt} − 1) with this row's n, S and dividend yield q. 0 on the last row.
    public var dividends: Double
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
///
/// Over each interval the P&L changes by m·dP + n(t)·dS + B(t)·(e^{r·dt} − 1)
/// + n(t)·S(t)·(e^{q·dt} − 1) − cost(t + dt), and it starts at −cost(0), so
/// Π(t) = Σ(m·dP + n·dS) + Σ ``TextbookHedgeRow/cashInterest`` + Σ ``TextbookHedgeRow/dividends``
/// − Σ ``TextbookHedgeRow/transactionCost``.
public enum TextbookHedge {
    /// Runs the hedge along a valued path.
    ///
    /// - Parameters:
    ///   - valuedPath: the path with the option's valuation at every date; its markets give r and q.
    ///   - multiplier: the position's m.
    ///   - costs: transaction costs of each trade (including the set-up purchase).
    ///   - rule: when to trade (``RebalancingRule``); the calendar rule trades to −m·Δ at every date.
    ///   - hedgeDeltas: the Δ per share the hedge targets at each date, when it is not the
    ///     valuation's (Leland's rule: Δ at Leland's volatility); the option is still marked at
    ///     the path's valuations.
    ///   - expiry: the option's expiry, years on the path's clock, for Whalley–Wilmott's
    ///     discount factor e^{−r(T−t)}; nil: 1.
    public static func run(
        on valuedPath: ValuedPath, multiplier m: Double, costs: TransactionCosts = .none,
        rule: RebalancingRule = .calendar, hedgeDeltas: [Double]? = nil, expiry: Double? = nil
    ) -> [TextbookHedgeRow] {
        run(on: valuedPath, multiplier: m, costs: costs, policy: rule.base, hedgeDeltas: hedgeDeltas, expiry: expiry)
    }

    /// The last row's ``TextbookHedgeRow/profitAndLoss`` of ``run(on:multiplier:costs:rule:hedgeDeltas:expiry:)``,
    /// the same bits, without writing the rows (a Monte Carlo study's main batch keeps only it);
    /// 0 on an empty path.
    public static func finalProfitAndLoss(
        on valuedPath: ValuedPath, multiplier m: Double, costs: TransactionCosts = .none,
        rule: RebalancingRule = .calendar, hedgeDeltas: [Double]? = nil, expiry: Double? = nil
    ) -> Double {
        var rows = [TextbookHedgeRow]()
        let account = walk(
            on: valuedPath, multiplier: m, costs: costs, policy: rule.base, hedgeDeltas: hedgeDeltas, expiry: expiry,
            rows: &rows, keepsRows: false
        )
        guard let last = valuedPath.valuations.indices.last else { return 0 }
        return account.profitAndLoss(optionValue: valuedPath.valuations[last].price, spot: valuedPath.path.spots[last], multiplier: m)
    }

    /// The hedge under one rule's type: the rule's existential is opened once per path, so each
    /// date's decision is a plain witness call on that type, with no existential to open.
    static func run<Policy: RebalancingPolicy>(
        on valuedPath: ValuedPath, multiplier m: Double, costs: TransactionCosts, policy rule: Policy,
        hedgeDeltas: [Double]?, expiry: Double?
    ) -> [TextbookHedgeRow] {
        var rows = [TextbookHedgeRow]()
        rows.reserveCapacity(valuedPath.valuations.count)
        walk(
            on: valuedPath, multiplier: m, costs: costs, policy: rule, hedgeDeltas: hedgeDeltas, expiry: expiry,
            rows: &rows, keepsRows: true
        )
        return rows
    }

    /// Walks the dates of `valuedPath`, trading and accruing the account; with `keepsRows`,
    /// writes each date's row into `rows`. Returns the account after the last date's trade.
    @discardableResult
    private static func walk<Policy: RebalancingPolicy>(
        on valuedPath: ValuedPath, multiplier m: Double, costs: TransactionCosts, policy rule: Policy,
        hedgeDeltas: [Double]?, expiry: Double?, rows: inout [TextbookHedgeRow], keepsRows: Bool
    ) -> Account {
        let times = valuedPath.path.times, spots = valuedPath.path.spots
        let values = valuedPath.valuations, markets = valuedPath.markets
        guard !values.isEmpty else { return Account(premium: 0, multiplier: m) }
        var account = Account(premium: values[0].price, multiplier: m)
        // e^{r·dt} and e^{q·dt} − 1 of the last interval, kept while dt, r and q repeat (every
        // date of a calendar schedule but a few): the same bits without two `exp` a date.
        var accrual = (dt: Double.nan, rate: Double.nan, dividendYield: Double.nan, growth: 1.0, dividendGrowth: 0.0)
        for i in values.indices {
            if i > 0 {
                let dt = times[i] - times[i - 1]
                let market = markets[i - 1]
                if dt != accrual.dt || market.rate != accrual.rate || market.dividendYield != accrual.dividendYield {
                    accrual = (dt, market.rate, market.dividendYield, exp(market.rate * dt), exp(market.dividendYield * dt) - 1)
                }
                let growth = accrual.growth, dividendGrowth = accrual.dividendGrowth
                if keepsRows {
                    rows[i - 1].cashInterest = account.cash * (growth - 1)
                    rows[i - 1].dividends = account.held * spots[i - 1] * dividendGrowth
                }
                let interest = account.accrue(growth: growth, dividendGrowth: dividendGrowth, previousSpot: spots[i - 1])
                if keepsRows { rows[i - 1].interest = interest }
            }
            let target = -m * (hedgeDeltas?[i] ?? values[i].delta)
            // Only Whalley–Wilmott's band reads e^{−r(T−t)}: no `exp` a date for the others.
            let discount = Policy.readsDiscount ? expiry.map { exp(-markets[i].rate * max($0 - times[i], 0)) } ?? 1 : 1
            let holding = rule.holding(
                held: account.held, target: target, gamma: values[i].gamma, spot: spots[i], multiplier: m, costs: costs,
                discount: discount
            )
            let (bought, fee) = account.rebalance(to: holding, at: spots[i], costs: costs)
            guard keepsRows else { continue }
            rows.append(TextbookHedgeRow(
                step: i, time: times[i], spot: spots[i], premium: values[i].price, delta: values[i].delta,
                sharesHeld: account.held, sharesBought: bought, costOfSharesBought: bought * spots[i],
                transactionCost: fee, interest: 0, cumulativeCost: account.cumulativeCost, cashInterest: 0, dividends: 0,
                cash: account.cash,
                profitAndLoss: account.profitAndLoss(optionValue: values[i].price, spot: spots[i], multiplier: m)
            ))
        }
        return account
    }

    /// The hedge's running balances, shared by ``run(on:multiplier:costs:)`` and the Monte Carlo
    /// study's streaming form, which keeps only the last date's P&L: one definition of the
    /// self-financing arithmetic. USD for the whole position; shares for ``held``.
    public struct Account: Sendable, Hashable {
        /// n, the shares held since the last rebalancing.
        public var held: Double
        /// Cost of the shares bought so far, with interest, transaction costs and less the
        /// dividends received (Hull's cumulative cost; the premium is left out).
        public var cumulativeCost: Double
        /// −m·P(0), carried at r.
        public var premiumAccount: Double
        /// Shares below which a change of holding is no trade (1e-9: rounding, not a decision).
        public static let minimumTrade = 1e-9
        /// Value, USD, below which a change of holding is no trade (a cent).
        public static let minimumTradeValue = 0.01

        /// The account at set-up, before the first trade: no shares, the premium −m·P(0) paid
        /// (long) or received (short).
        @inlinable
        public init(premium: Double, multiplier m: Double) {
            held = 0
            cumulativeCost = 0
            premiumAccount = -m * premium
        }

        /// The cash account B = premium account − cumulative cost.
        @inlinable
        public var cash: Double { premiumAccount - cumulativeCost }

        /// Carries the account over one interval: the cost and the premium grow by `growth` =
        /// e^{r·dt}, and the shares held earn dividends held·S·(e^{q·dt} − 1), with
        /// `dividendGrowth` = e^{q·dt} − 1 and S the spot at the interval's start.
        ///
        /// - Returns: the interest on the cumulative cost over the interval (Hull's column).
        @inlinable @discardableResult
        public mutating func accrue(growth: Double, dividendGrowth: Double, previousSpot: Double) -> Double {
            let interest = cumulativeCost * (growth - 1)
            cumulativeCost = cumulativeCost * growth - held * previousSpot * dividendGrowth
            premiumAccount *= growth
            return interest
        }

        /// Trades to hold `target` shares at `spot`, paying the trade and its costs. A change
        /// below ``minimumTrade`` shares or a cent of value is no trade (no fee, not counted):
        /// the holding stays as it was.
        ///
        /// - Returns: the shares bought (negative = sold) and the transaction cost, USD.
        @inlinable @discardableResult
        public mutating func rebalance(
            to target: Double, at spot: Double, costs: TransactionCosts
        ) -> (bought: Double, fee: Double) {
            let bought = target - held
            if abs(bought) < Self.minimumTrade || abs(bought * spot) < Self.minimumTradeValue { return (0, 0) }
            let fee = costs.cost(shares: bought, price: spot)
            cumulativeCost += bought * spot + fee
            held = target
            return (bought, fee)
        }

        /// The hedging P&L m·P + n·S + B at a date where the option is worth `optionValue`
        /// per share and the share `spot`.
        @inlinable
        public func profitAndLoss(optionValue: Double, spot: Double, multiplier m: Double) -> Double {
            m * optionValue + held * spot + cash
        }
    }
}
