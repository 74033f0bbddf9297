import Foundation
import Analytics
import Simulation

/// `ledger.csv`: one row per rebalancing date, the option's columns then each estimator's,
/// plain numbers (`.` as decimal point, no separators) with fixed decimals. The column
/// `exercised` is 1 on the date an American option was exercised early (its last row, where
/// every hedge is unwound), 0 elsewhere.
///
/// Per estimator, besides the lecture's columns: `_outside_cash` c = (n(t) − n(t − dt))·S(t),
/// the cash the share balance takes in from outside the book at the date (positive when it
/// buys); `_cumulative_outside_cash` C(t) = Σc, without interest; `_self_financing_value`
/// V(t) = m·P + n·S − C(t), whose change per interval is m·dP + n·dS (``ShareBalanceHedge``).
/// The textbook's `textbook_cash_interest` and `textbook_dividends` are what its cash account
/// earns over the interval that starts at the date (``TextbookHedgeRow``).
enum LedgerCSV {
    static func render(_ analysis: HedgeAnalysis) -> String {
        let valued = analysis.simulation.valuedPath
        let ledgers = analysis.simulation.ledgers
        var header = [
            "step", "day", "time_years", "exercised", "spot", "implied_volatility", "premium", "delta", "gamma", "theta_per_year", "vega_per_unit_volatility",
            "premium_change", "option_value_change",
        ]
        for ledger in ledgers {
            let prefix = ledger.estimator.rawValue.replacingOccurrences(of: "-", with: "_")
            header += [
                "estimated_premium_change", "shares", "share_value", "equity_change", "residual",
                "cumulative_residual", "liquidation_value", "outside_cash", "cumulative_outside_cash",
                "self_financing_value",
            ].map { "\(prefix)_\($0)" }
        }
        header += [
            "textbook_shares_held", "textbook_shares_bought", "textbook_cost_of_shares_bought", "textbook_transaction_cost",
            "textbook_interest", "textbook_cumulative_cost", "textbook_cash", "textbook_pnl",
            "textbook_cash_interest", "textbook_dividends",
        ]
        var lines = [header.joined(separator: ",")]
        lines.reserveCapacity(valued.valuations.count + 1)
        for i in valued.valuations.indices {
            let time = valued.path.times[i]
            let valuation = valued.valuations[i]
            var fields = [
                String(i),
                NumberFormat.plain(time * 365, decimals: 4),
                NumberFormat.plain(time, decimals: 14),
                analysis.simulation.exerciseStep == i ? "1" : "0",
                NumberFormat.plain(valued.path.spots[i], decimals: 6),
                NumberFormat.plain(valued.markets[i].volatility, decimals: 8),
                NumberFormat.plain(valuation.price, decimals: 6),
                NumberFormat.plain(valuation.delta, decimals: 8),
                NumberFormat.plain(valuation.gamma, decimals: 8),
                NumberFormat.plain(valuation.theta, decimals: 6),
                NumberFormat.plain(valuation.vega, decimals: 6),
                NumberFormat.plain(i == 0 ? 0 : valuation.price - valued.valuations[i - 1].price, decimals: 6),
                NumberFormat.plain(analysis.optionValueChange[i], decimals: 6),
            ]
            for ledger in ledgers {
                let row = ledger.rows[i]
                fields += [
                    NumberFormat.plain(row.estimatedPremiumChange, decimals: 6),
                    NumberFormat.plain(row.shares, decimals: 6),
                    NumberFormat.plain(row.shareValue, decimals: 6),
                    NumberFormat.plain(row.equityChange, decimals: 6),
                    NumberFormat.plain(row.residual, decimals: 6),
                    NumberFormat.plain(row.cumulativeResidual, decimals: 6),
                    NumberFormat.plain(row.liquidationValue, decimals: 6),
                    NumberFormat.plain(row.outsideCash, decimals: 6),
                    NumberFormat.plain(row.cumulativeOutsideCash, decimals: 6),
                    NumberFormat.plain(row.selfFinancingValue, decimals: 6),
                ]
            }
            let textbook = analysis.simulation.textbook[i]
            fields += [
                textbook.sharesHeld, textbook.sharesBought, textbook.costOfSharesBought, textbook.transactionCost,
                textbook.interest, textbook.cumulativeCost, textbook.cash, textbook.profitAndLoss,
                textbook.cashInterest, textbook.dividends,
            ].map { NumberFormat.plain($0, decimals: 6) }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
