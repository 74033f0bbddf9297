import Foundation
import Analytics
import Pricing
import Simulation

/// `ledger.csv`: one row per rebalancing date, the option's columns then each estimator's,
/// plain numbers (`.` as decimal point, no separators), each the shortest decimal that reads
/// back as the very Double computed (``NumberFormat/exact(_:)``: a gamma of 1e-20 stays 1e-20,
/// and a program reading the file gets the run's numbers, not roundings of them). The column
/// `exercised` is 1 on the date an American option was exercised early (its last row, where
/// every hedge is unwound), 0 elsewhere.
///
/// Per estimator, besides the lecture's columns: `_outside_cash` c = (n(t) − n(t − dt))·S(t),
/// the cash the share balance takes in from outside the book at the date (positive when it
/// buys); `_cumulative_outside_cash` C(t) = Σc, without interest; `_self_financing_value`
/// V(t) = m·P + n·S − C(t), whose change per interval is m·dP + n·dS (``ShareBalanceHedge``).
/// The textbook's `textbook_cash_interest` and `textbook_dividends` are what its cash account
/// earns over the interval that starts at the date (``TextbookHedgeRow``). The `day` column is
/// `time_years` × 365, or × 252 (trading days) on the 252-day ``YearBasis``.
///
/// For a book of several holdings (``Book``), `premium` and the Greeks are the book's per unit
/// of its multiplier m (the first leg's), so that m·premium is its value; each leg j (from 1)
/// adds `leg<j>_implied_volatility, _premium, _delta, _gamma, _theta_per_year,
/// _vega_per_unit_volatility` per share and `leg<j>_value` = mⱼ·Pⱼ in USD, and the book's
/// `book_value` (USD) and `book_delta` (shares) follow.
///
/// With traded options (`--hedge-with`), each hedge richer than shares (``OptionHedge``) adds
/// `<hedge>_option<k>_held` (options on one share each), `<hedge>_shares`, `<hedge>_cash` and
/// `<hedge>_pnl` (USD), `<hedge>` being `delta_gamma_hedge` or `delta_gamma_vega_hedge` (the
/// `_hedge` keeps them apart from the `delta-gamma` estimator's `delta_gamma_shares`: every
/// header is unique).
enum LedgerCSV {
    /// Rows rendered together by one worker of ``render(_:yearBasis:threads:)``.
    static let rowsPerChunk = 512

    /// The file's text.
    ///
    /// The rows are rendered in chunks of ``rowsPerChunk`` (``chunk(_:of:yearBasis:)``) on up to
    /// `threads` threads (``concurrentMap(_:threads:_:)``) and joined in order: the same bytes
    /// whatever the number (an every-minute run to expiry writes 23,596 rows, 22.8 MB). The
    /// report's pipeline renders the same chunks on the cores beside its charts
    /// (``ReportPipeline``).
    ///
    /// - Throws: ``ReportError`` naming the column and step of a value that is not a finite
    ///   number, which would otherwise reach the file as `nan` or `inf` (the earliest such step).
    static func render(
        _ analysis: HedgeAnalysis, yearBasis: YearBasis = .calendar, threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(ReportError) -> String {
        let chunks = try concurrentMap(chunkCount(analysis), threads: threads) { (c: Int) throws(ReportError) -> String in
            try chunk(c, of: analysis, yearBasis: yearBasis)
        }
        return String(decoding: joined(analysis, chunks: chunks), as: UTF8.self)
    }

    /// The number of chunks of ``rowsPerChunk`` rows the file's rows fall into.
    static func chunkCount(_ analysis: HedgeAnalysis) -> Int {
        let rows = analysis.simulation.valuedPath.valuations.count
        return (rows + rowsPerChunk - 1) / rowsPerChunk
    }

    /// The text of rows c·``rowsPerChunk`` up to the next chunk's first, each ending in a newline.
    ///
    /// - Throws: ``ReportError`` naming the column and step of the chunk's earliest value that
    ///   is not a finite number.
    static func chunk(_ c: Int, of analysis: HedgeAnalysis, yearBasis: YearBasis) throws(ReportError) -> String {
        let rows = analysis.simulation.valuedPath.valuations.count
        var text = ""
        for i in c * rowsPerChunk..<min(rows, (c + 1) * rowsPerChunk) {
            for (column, value) in fields(analysis, row: i, yearBasis: yearBasis).enumerated() {
                guard let number = NumberFormat.exact(value) else {
                    throw ReportError(step: "render", .stageFailed(
                        "ledger.csv: \(header(analysis)[column]) at step \(i) is \(value), not a finite number"
                    ))
                }
                if column > 0 { text += "," }
                text += number
            }
            text += "\n"
        }
        return text
    }

    /// The file's bytes: the header line, then `chunks` (``chunk(_:of:yearBasis:)``, all of
    /// them, in order).
    static func joined(_ analysis: HedgeAnalysis, chunks: [String]) -> Data {
        let header = header(analysis).joined(separator: ",") + "\n"
        var data = Data(capacity: chunks.reduce(header.utf8.count) { $0 + $1.utf8.count })
        data.append(contentsOf: header.utf8)
        for chunk in chunks { data.append(contentsOf: chunk.utf8) }
        return data
    }

    /// The columns' names (see ``LedgerCSV``).
    private static func header(_ analysis: HedgeAnalysis) -> [String] {
        let ledgers = analysis.simulation.ledgers
        var header = [
            "step", "day", "time_years", "exercised", "spot", "implied_volatility", "premium", "delta", "gamma", "theta_per_year", "vega_per_unit_volatility",
            "premium_change", "option_value_change",
        ]
        let book = analysis.simulation.scenario.book
        let showsLegs = !book.isSingleOption
        if showsLegs {
            for j in book.legs.indices {
                header += [
                    "implied_volatility", "premium", "delta", "gamma", "theta_per_year", "vega_per_unit_volatility", "value",
                ].map { "leg\(j + 1)_\($0)" }
            }
            header += ["book_value", "book_delta"]
        }
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
        let optionHedges = analysis.simulation.optionHedges.filter { $0.kind != .shares }
        for hedge in optionHedges {
            let prefix = hedge.kind.rawValue.replacingOccurrences(of: "-", with: "_") + "_hedge"
            header += (1...hedge.kind.optionCount).map { "\(prefix)_option\($0)_held" }
            header += ["shares", "cash", "pnl"].map { "\(prefix)_\($0)" }
        }
        return header
    }

    /// Row `i`'s numbers, in the order of ``header(_:)``.
    private static func fields(_ analysis: HedgeAnalysis, row i: Int, yearBasis: YearBasis) -> [Double] {
        let valued = analysis.simulation.valuedPath
        let book = analysis.simulation.scenario.book
        let time = valued.path.times[i]
        let valuation = valued.valuations[i]
        // Step and the exercise flag are whole numbers, which `exact` writes without a point.
        var fields: [Double] = [
            Double(i),
            time * yearBasis.daysPerYear,
            time,
            analysis.simulation.exerciseStep == i ? 1 : 0,
            valued.path.spots[i],
            valued.markets[i].volatility,
            valuation.price,
            valuation.delta,
            valuation.gamma,
            valuation.theta,
            valuation.vega,
            i == 0 ? 0 : valuation.price - valued.valuations[i - 1].price,
            analysis.optionValueChange[i],
        ]
        if !book.isSingleOption {
            let legs = valued.legValuations.map { $0[i] }
            for (j, (leg, value)) in zip(book.legs, legs).enumerated() {
                let volatility = j == 0
                    ? valued.markets[i].volatility
                    : leg.impliedVolatility(marketMovedFrom: valued.markets[0].volatility, to: valued.markets[i].volatility)
                fields += [volatility, value.price, value.delta, value.gamma, value.theta, value.vega, leg.multiplier * value.price]
            }
            let total = book.totals(legs: legs, spot: valued.path.spots[i])
            fields += [total.price, total.delta]
        }
        for ledger in analysis.simulation.ledgers {
            let row = ledger.rows[i]
            fields += [
                row.estimatedPremiumChange,
                row.shares,
                row.shareValue,
                row.equityChange,
                row.residual,
                row.cumulativeResidual,
                row.liquidationValue,
                row.outsideCash,
                row.cumulativeOutsideCash,
                row.selfFinancingValue,
            ]
        }
        let textbook = analysis.simulation.textbook[i]
        fields += [
            textbook.sharesHeld, textbook.sharesBought, textbook.costOfSharesBought, textbook.transactionCost,
            textbook.interest, textbook.cumulativeCost, textbook.cash, textbook.profitAndLoss,
            textbook.cashInterest, textbook.dividends,
        ]
        for hedge in analysis.simulation.optionHedges where hedge.kind != .shares {
            let row = hedge.rows[i]
            fields += row.options + [row.shares, row.cash, row.profitAndLoss]
        }
        return fields
    }
}
