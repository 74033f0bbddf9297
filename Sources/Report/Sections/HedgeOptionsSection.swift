import Analytics
import Pricing
import Simulation

/// Hedging with traded options (DESIGN.md §2.7): the Γ-neutral (and vega-neutral) holdings,
/// the hedges compared on the path and, when a study ran, over its paths. Present when the run
/// trades options (`--hedge-with`).
struct HedgeOptionsSection: PageSection {
    static let id = "hedge-options"
    static let title = "Hedging with options"

    /// What one hedge did on the path, USD for the whole position: the page's row and
    /// `summary.json`'s `optionHedges[]`, one value. `hedge` is the kind (`shares`, `delta-gamma`,
    /// `delta-gamma-vega`); `initialOptions` the options held at the start, on one share each,
    /// per traded option; `unsolvedDates` the dates where the options' Greeks could not be solved
    /// for and only the shares were rebalanced.
    struct PathFigures: Sendable, Encodable {
        var hedge: String
        var finalPnL: StatedNumber
        var maxAbsPnL: StatedNumber
        var tradedValue: StatedNumber
        var transactionCosts: StatedNumber
        var initialOptions: [Double]
        var initialShares: Double
        var unsolvedDates: Int
    }

    var introSentence: String
    var usesVega: Bool
    var startSentence: String
    /// The hedges on the path, from their ``PathFigures``.
    var path: PageTable
    var pathSentence: String
    /// The hedges over the study's paths; nil without a study.
    var study: PageTable?
    var studySentence: String?
    var whySentence: String

    init?(_ context: ReportContext) {
        let simulation = context.analysis.simulation
        let scenario = context.scenario
        guard !scenario.hedge.tradedOptions.isEmpty, simulation.optionHedges.count == scenario.hedge.tradedOptions.count + 1 else { return nil }
        let names = scenario.hedge.tradedOptions.map { option in
            "the \(NumberFormat.money(option.contract.strike, decimals: 2)) \(option.contract.payoff) expiring in "
                + "\(RunClock.span(option.contract.expiry)) (implied volatility \(NumberFormat.percent(option.impliedVolatility ?? scenario.market.volatility, decimals: 2)))"
        }
        usesVega = names.count == 2
        introSentence = "Besides shares, the hedger trades " + names.joined(separator: " and ") + ". "
            + (usesVega
                ? "With two options the Δ-Γ-vega hedge is Δ-, Γ- and vega-neutral at every rebalancing: it solves the two options' quantities from the book's Γ and vega, then holds the shares that make Δ zero. "
                    + "Beside it the tables show the Δ-Γ hedge, which trades \(names[0]) alone (its quantity cancels the book's Γ, the shares what Δ is left), "
                    + "and shares alone, so each added instrument's effect shows on the same path."
                : "With one option the hedge is Δ- and Γ-neutral at every rebalancing: it holds the option's quantity that cancels the book's Γ, then the shares that cancel what Δ is left.")

        let hedges = simulation.optionHedges
        let richest = hedges[hedges.count - 1]
        let first = richest.rows[0]
        let m = scenario.book.multiplier
        let bookGamma = m * simulation.valuedPath.valuations[0].gamma
        let optionText = zip(first.options, scenario.hedge.tradedOptions).map { quantity, option in
            "\(quantity >= 0 ? "buys" : "sells") \(NumberFormat.number(abs(quantity), decimals: 1)) \(option.contract.payoff)s "
                + "(\(NumberFormat.number(abs(quantity) / 100, decimals: 2)) contracts) struck at \(NumberFormat.money(option.contract.strike, decimals: 2))"
        }.joined(separator: " and ")
        startSentence = "At the start the book's Γ is \(NumberFormat.signed(bookGamma, decimals: 4)) shares per dollar, so the \(Self.name(richest.kind)) hedge "
            + "\(optionText), then holds \(NumberFormat.signed(first.shares, decimals: 2)) shares."

        let figures = hedges.map(PathFigures.init)
        path = PageTable("greeks", columns: [
            .init("Hedge"), .init("Final P&L (USD)", .number), .init("Largest |P&L| on the path (USD)", .number),
            .init("Value traded (USD)", .number), .init("Costs (USD)", .number),
        ], rows: zip(hedges, figures).map { hedge, figure in
            PageTable.Row([Self.name(hedge.kind)] + [figure.finalPnL, figure.maxAbsPnL, figure.tradedValue, figure.transactionCosts].map(\.description))
        })
        let worst = figures.map(\.maxAbsPnL.value)
        let unsolved = hedges.map(\.unsolvedDates).max() ?? 0
        pathSentence = "On this path the largest |P&L| of the \(Self.name(richest.kind)) hedge is \(NumberFormat.money(worst[worst.count - 1])) against "
            + "\(NumberFormat.money(worst[0])) for shares only"
            + (worst[0] <= worst[worst.count - 1] ? ": not smaller on this path."
                // A ratio only where its denominator is money: under a cent it is rounding.
                : worst[worst.count - 1] < Self.cent ? ": smaller, and under a cent (no ratio is stated for rounding noise)."
                : ", about \(NumberFormat.number(worst[0] / worst[worst.count - 1], decimals: 1)) times smaller.")
            + (unsolved > 0 ? " On \(unsolved) date\(unsolved == 1 ? "" : "s") the options' Greeks could not be solved for (a Γ of 0 near expiry, or collinear Greeks); the hedge kept its options there and rebalanced its shares only." : "")

        if let comparison = context.analysis.monteCarlo?.hedgeComparison, comparison.count == hedges.count {
            study = PageTable("greeks", columns: [
                .init("Hedge"), .init("Mean final P&L (USD)", .number), .init("Std (USD)", .number),
                .init("Std's standard error (USD)", .number), .init("Mean value traded per path (USD)", .number),
            ], rows: comparison.map { point in
                PageTable.Row([
                    Self.name(OptionHedgeKind(rawValue: point.hedge) ?? .shares), NumberFormat.signedMoney(point.mean), NumberFormat.money(point.std),
                    NumberFormat.money(point.stdStandardError), NumberFormat.money(point.meanTradedValue, decimals: 0),
                ])
            })
            let shares = comparison[0]
            let sentences = comparison.dropFirst().map { point -> String in
                let trade = point.meanTradedValue > shares.meanTradedValue
                    ? "it trades \(NumberFormat.money(point.meanTradedValue, decimals: 0)) of options and shares per path against \(NumberFormat.money(shares.meanTradedValue, decimals: 0)), which costs more once trading is charged"
                    : "it trades \(NumberFormat.money(point.meanTradedValue, decimals: 0)) per path against \(NumberFormat.money(shares.meanTradedValue, decimals: 0)) for shares only"
                return "the \(Self.name(OptionHedgeKind(rawValue: point.hedge) ?? .shares)) hedge's final P&L has a std of "
                    + "\(NumberFormat.money(point.std)) against \(NumberFormat.money(shares.std)) for shares only, \(Self.verdict(point, against: shares)); \(trade)"
            }
            let paths = context.analysis.monteCarlo?.paths ?? 0
            studySentence = "Over \(NumberFormat.number(Double(paths), decimals: 0)) paths, " + sentences.joined(separator: "; and ") + "."
        }
        // The reduction the theory promises, judged where the run measured it: over the study's
        // paths when a study ran, else on the path.
        let reduced = context.analysis.monteCarlo?.hedgeComparison.flatMap { comparison in
            comparison.count == hedges.count ? Self.Spread(comparison[comparison.count - 1], against: comparison[0]) == .smaller : nil
        } ?? (worst[worst.count - 1] < worst[0])
        let theory = "over one interval a delta-hedged book gains about ½·Γ·S²·[(dS/S)² − σ²·dt], the part of the move that Δ "
            + "cannot see. Setting Γ to zero removes that term, so what is left is of higher order in the move (the change of Γ itself between "
            + "rebalancings)" + (usesVega ? ", and setting vega to zero also removes what a change of implied volatility would do." : ".")
        whySentence = (reduced ? "Why it works: " + theory : Self.notReduced(richest, context, studied: study != nil) + " The theory's argument: " + theory)
            + " The price is that options are traded too: in a market their bid–ask spreads are wider than the share's, which this run "
            + (scenario.hedge.costs == .none ? "does not charge." : "charges as it charges the shares, in basis points of the value traded.")
    }

    /// How a hedge's final-P&L std compares with the shares-only hedge's: beyond 2 of their
    /// summed standard errors smaller or larger, else not clearly different.
    enum Spread {
        case smaller, larger, notClearlyDifferent

        init(_ point: MonteCarloReport.HedgeComparisonPoint, against shares: MonteCarloReport.HedgeComparisonPoint) {
            let noise = 2 * (shares.stdStandardError + point.stdStandardError)
            self = point.std < shares.std - noise ? .smaller : point.std > shares.std + noise ? .larger : .notClearlyDifferent
        }
    }

    /// The comparison of `point`'s std with the shares-only `shares`, with the ratio of the
    /// larger to the smaller std and its standard error where both stds exceed their noise.
    static func verdict(_ point: MonteCarloReport.HedgeComparisonPoint, against shares: MonteCarloReport.HedgeComparisonPoint) -> String {
        let spread = Spread(point, against: shares)
        // A ratio only where both stds exceed their own noise (and a cent): else it is a
        // ratio of rounding, and its error NaN or unbounded.
        guard point.std >= cent, point.std > 2 * point.stdStandardError, shares.std >= cent, shares.std > 2 * shares.stdStandardError else {
            return switch spread {
            case .smaller: "clearly smaller, by more than a ratio can say (its std is within its own noise, ± \(NumberFormat.money(point.stdStandardError)))"
            case .larger: "clearly larger, by more than a ratio can say (the shares-only std is within its own noise, ± \(NumberFormat.money(shares.stdStandardError)))"
            case .notClearlyDifferent: "not measurably different (a std within its own noise, so no ratio is stated)"
            }
        }
        // The ratio's standard error, from the two stds' relative errors (independent to first order).
        func ratio(_ top: Double, _ bottom: Double) -> (Double, Double) {
            let value = top / bottom
            let relative = ((shares.stdStandardError / shares.std).squared + (point.stdStandardError / point.std).squared).squareRoot()
            return (value, value * relative)
        }
        switch spread {
        case .smaller:
            let (value, error) = ratio(shares.std, point.std)
            return "\(NumberFormat.number(value, decimals: 1)) times smaller (± \(NumberFormat.number(error, decimals: 1)))"
        case .larger:
            let (value, error) = ratio(point.std, shares.std)
            return "\(NumberFormat.number(value, decimals: value >= 10 ? 0 : 1)) times larger (± \(NumberFormat.number(error, decimals: value >= 10 ? 0 : 1)))"
        case .notClearlyDifferent:
            let (value, error) = ratio(point.std, shares.std)
            return "not clearly different (\(NumberFormat.number(value, decimals: 2)) ± \(NumberFormat.number(error, decimals: 2)) times the shares-only std)"
        }
    }

    /// What the run shows when the richest hedge did not reduce the spread: its largest option
    /// holding on the path against the book's |m| and its trades against the shares-only hedge's.
    private static func notReduced(_ richest: OptionHedgeLedger, _ context: ReportContext, studied: Bool) -> String {
        let hedges = context.analysis.simulation.optionHedges
        let largest = richest.rows.map { $0.options.map(abs).max() ?? 0 }.max() ?? 0
        let m = abs(context.scenario.book.multiplier)
        return "It did not reduce the spread here (\(studied ? "over the study's paths" : "on this path")). On the simulated path the "
            + "\(name(richest.kind)) hedge held up to \(NumberFormat.number(largest, decimals: 1)) options at once (on one share each), "
            + "\(NumberFormat.number(largest / m, decimals: 1)) times the book's |m| = \(NumberFormat.number(m, decimals: 0)), and traded "
            + "\(NumberFormat.money(richest.tradedValue, decimals: 0)) against \(NumberFormat.money(hedges[0].tradedValue, decimals: 0)) for shares only."
    }

    /// Half a cent, USD: below it a P&L or its std is rounding, not a quantity to divide by.
    private static let cent = 0.005

    private static func name(_ kind: OptionHedgeKind) -> String {
        switch kind {
        case .shares: "shares-only"
        case .deltaGamma: "Δ-Γ"
        case .deltaGammaVega: "Δ-Γ-vega"
        }
    }
}

private extension Double {
    var squared: Double { self * self }
}

extension HedgeOptionsSection.PathFigures {
    /// The figures of one hedge's ledger on the path, in the page's formats.
    init(_ ledger: OptionHedgeLedger) {
        self.init(
            hedge: ledger.kind.rawValue, finalPnL: StatedNumber(ledger.finalPnL, .signedMoney(decimals: 2)),
            maxAbsPnL: StatedNumber(ledger.rows.map { abs($0.profitAndLoss) }.max() ?? 0, .money(decimals: 2)),
            tradedValue: StatedNumber(ledger.tradedValue, .money(decimals: 0)),
            transactionCosts: StatedNumber(ledger.rows.reduce(0) { $0 + $1.transactionCost }, .money(decimals: 2)),
            initialOptions: ledger.rows.first?.options ?? [], initialShares: ledger.rows.first?.shares ?? 0, unsolvedDates: ledger.unsolvedDates
        )
    }
}
