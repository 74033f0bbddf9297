import Analytics
import Simulation

/// The textbook's self-financing delta hedge on the same path, its P&L chart, the
/// P&L explained term by term, and Hull's ledger.
struct TextbookSection: PageSection {
    static let id = "textbook"
    static let title = "The textbook hedge and its P&L explained"
    var charts: [ReportFigure]

    var textbookSentence: String
    /// The P&L explained term by term; nil with nothing to hedge (rounding noise, left out).
    var attribution: PageTable?
    /// Hull's ledger, a row per rebalancing date (``LedgerExcerpt``); nil with nothing to hedge.
    var ledger: PageTable?

    init(_ context: ReportContext) {
        let analysis = context.analysis
        // Nothing to hedge: the P&L and its attribution are rounding noise, left out.
        charts = analysis.degenerate != nil ? [] : [ReportFigure(
            id: .textbookPnL, chart: ReportCharts.textbookProfitAndLoss(analysis, clock: context.clock), caption: Self.caption(context)
        )]
        let textbook = analysis.textbook
        let premium = context.hasSeveralLegs
            ? (context.multiplier * analysis.initialValuation.price >= 0 ? "the net premium paid" : "the net premium received")
            : (context.isLong ? "the premium paid" : "the premium received")
        let held = (RuleWords.holding(context.scenario.hedge.rebalancing) ?? "held −m·Δ shares at every date")
            + HedgeVolatilitySection.deltaWords(context)
        textbookSentence = "The textbook hedge \(held) and financed its trades from a cash "
            + "account at the risk-free rate, which started with \(premium). Its cumulative cost of shares, interest "
            + "included and the premium left out as in Hull's tables, came to \(NumberFormat.signedMoney(textbook.cumulativeCost)); "
            + "the whole book — option, shares and cash — ended at \(NumberFormat.signedMoney(textbook.finalPnL)) after "
            + "\(textbook.trades) trade\(textbook.trades == 1 ? "" : "s")" + (textbook.transactionCosts > 0
                ? ", which paid \(NumberFormat.money(textbook.transactionCosts)) in transaction costs." : ".")
        let total = textbook.attribution
        let gammaMeaning = Self.gammaMeaning(context, signs: Self.gammaSigns(analysis))
        let thetaMeaning = Self.thetaMeaning(context, signs: Self.thetaSigns(analysis))
        let parts: [(String, Double, String)] = [
            ("Delta (m·Δ + n)·dS", total.delta, "what the hedge left open: zero when n = −m·Δ"),
            ("Gamma ½·m·Γ·dS²", total.gamma, gammaMeaning),
            ("Theta m·Θ·dt", total.theta, thetaMeaning),
            ("Vega m·ν·dσ", total.vega, "moves of the implied volatility"),
            ("Rho m·ρ·dr", total.rho, "moves of the rate"),
            ("Financing", total.financing, "interest on the cash account, dividends on the shares"),
            ("Transaction costs", total.costs, "--cost-bps and --fee-per-trade"),
            ("Unexplained", total.unexplained, "higher-order terms the Greeks miss"),
        ] + (total.modelMarketGap == 0 ? [] : [
            ("Model–market gap", total.modelMarketGap, "the model's premium less the market quote paid at the start, carried by the first step's premium change: not a term the Greeks miss"),
        ]) + [
            ("Total: hedging P&L", total.total, ""),
        ]
        guard analysis.degenerate == nil else { return }
        let clock = context.clock
        let textbookRows = analysis.simulation.textbook
        let notable = textbookRows.indices.filter { textbookRows[$0].step == analysis.simulation.exerciseStep }
        attribution = PageTable("attribution", columns: [.init("Source"), .init("USD", .number), .init("What it is")], rows: parts.map {
            PageTable.Row([$0.0, NumberFormat.signedMoney($0.1), $0.2])
        })
        ledger = PageTable("ledger", wide: true, columns: [
            .init("Step", .number), .init(clock.columnHeading, .number), .init("S (USD)", .number), .init("Δ", .number),
            .init("Shares held", .number), .init("Shares bought", .number), .init("Cost of shares bought (USD)", .number),
            .init("Interest (USD)", .number), .init("Cumulative cost incl. interest (USD)", .number), .init("Hedging P&L (USD)", .number),
        ], rows: LedgerExcerpt(count: textbookRows.count, keeping: notable).lines(
            steps: { textbookRows[$0].step }, row: { Self.ledgerRow(textbookRows[$0], clock: clock) }, gap: PageTable.Row.gap
        ))
    }

    private static func ledgerRow(_ row: TextbookHedgeRow, clock: RunClock) -> PageTable.Row {
        PageTable.Row([
            String(row.step), clock.cell(row.time), NumberFormat.number(row.spot, decimals: 2), NumberFormat.signed(row.delta, decimals: 4),
            NumberFormat.number(row.sharesHeld, decimals: 2), NumberFormat.signed(row.sharesBought, decimals: 2),
            NumberFormat.signed(row.costOfSharesBought, decimals: 2), NumberFormat.signed(row.interest, decimals: 2),
            NumberFormat.number(row.cumulativeCost, decimals: 2), NumberFormat.signed(row.profitAndLoss, decimals: 2),
        ])
    }

    /// The largest source of the P&L in the explain, by size: its name and amount.
    static func largestSource(_ total: ProfitAttribution) -> (name: String, value: Double) {
        let sources: [(String, Double)] = [
            // Not the chart's gamma-against-theta bars, which price Θ by the Black–Scholes relation.
            ("the explain's gamma and theta terms together (Γ + Θ)", total.gamma + total.theta),
            ("the implied volatility's moves (vega)", total.vega),
            ("the rate's moves (rho)", total.rho),
            ("financing", total.financing),
            ("transaction costs", total.costs),
            ("the terms the Greeks miss", total.unexplained),
            ("the model–market gap at the start", total.modelMarketGap),
            ("the exposure left open (delta)", total.delta),
        ]
        return sources.max { abs($0.1) < abs($1.1) } ?? ("", 0)
    }

    static func caption(_ context: ReportContext) -> String {
        let analysis = context.analysis
        let pnl = analysis.simulation.textbook.map(\.profitAndLoss)
        let bars = Array(analysis.gammaAgainstTheta.dropFirst())
        let valued = analysis.simulation.valuedPath
        // A step where the share moved more than the implied volatility priced in: (dS/S)² > σ²·dt.
        let big = valued.valuations.indices.dropFirst().map { i in
            let move = valued.path.spots[i] / valued.path.spots[i - 1] - 1
            let dt = valued.path.times[i] - valued.path.times[i - 1]
            let sigma = valued.markets[i - 1].volatility
            return move * move > sigma * sigma * dt
        }
        let bigMoves = big.count { $0 }
        let total = analysis.textbook.attribution
        let explained = total.gamma + total.theta + total.financing
        let barSum = bars.reduce(0, +)
        var text = "The hedging P&L ended at \(NumberFormat.signedMoney(pnl.last ?? 0)) and ranged from "
            + "\(NumberFormat.signedMoney(pnl.min() ?? 0)) to \(NumberFormat.signedMoney(pnl.max() ?? 0)). "
            + "The share moved more than \(context.hasSeveralLegs ? "the first leg's implied volatility, \(NumberFormat.percent(context.scenario.market.volatility, decimals: 2))," : "the implied volatility") priced in on \(bigMoves == 0 ? "none of the" : "\(bigMoves) of") \(bars.count) steps"
            + (Self.mixedGammaSentence(analysis, big: big).map { ". " + $0 + ". The bars sum to " }
                ?? (Self.uniformGammaWords(context, sign: Self.uniformSign(Self.gammaSigns(analysis)), bigMoves: bigMoves, steps: bars.count)
                    + ". The bars sum to "))
            + "\(NumberFormat.signedMoney(barSum)); the P&L explain below gives Γ + Θ + financing "
            + "\(NumberFormat.signedMoney(explained))"
        let tolerance = max(0.1 * abs(explained), 0.05 * abs(pnl.last ?? 0), 1)
        if abs(barSum - explained) <= tolerance {
            text += ": the two agree, as they should, since each bar is the Black–Scholes relation between Θ and Γ "
                + "applied to one step."
        } else {
            let book = context.scenario.book
            let ownVolatilities = book.legs.dropFirst().contains { ($0.impliedVolatility ?? context.scenario.market.volatility) != context.scenario.market.volatility }
            // Which assumption of the relation the run does not meet, stated as a fact: no control
            // run measures how much of the gap each accounts for.
            let unmet: String? = book.legs.count > 1 && ownVolatilities
                ? "the book's legs are priced at different implied volatilities while the bars use the first leg's σ for the whole book"
                    + (book.legs.contains { $0.contract.style == .american } ? ", and an American leg's Θ also carries the value of exercising early" : "")
                : context.contract.style == .american
                ? "the option is American, whose Θ also carries the value of exercising early (and whose Γ is zero in the exercise region)"
                : nil
            text += ": the bars assume the Black–Scholes relation Θ = −½σ²S²Γ − (r − q)·S·Δ + r·P, and here they miss "
                + "\(NumberFormat.signedMoney(explained - barSum))"
                + (unmet.map { "; the relation is written for one European option, and here \($0)." }
                    ?? "; the relation holds for small steps at a constant implied volatility and rate, and no control run here measures which departure from those accounts for the gap.")
        }
        let largest = largestSource(total)
        if context.analysis.degenerate == nil {
            text += " The largest source of this P&L was \(largest.name), \(NumberFormat.signedMoney(largest.value))."
        }
        return text
    }
}
