import Analytics
import Simulation

/// The share-balance estimators side by side on the same path, and the ledger of
/// one of them.
struct EstimatorsSection: PageSection {
    static let id = "estimators"
    static let title = "The estimators compared"

    /// One estimator's row: its name, its dP̂, and its figures.
    struct EstimatorView: Sendable {
        var name: String
        var formula: String
        var figures: HedgeFigures
    }

    /// One share-balance hedge, USD for the whole position: the page's row and
    /// `summary.json`'s `hedges[estimator]`, one value. Besides the lecture's figures, its
    /// accounting (``HedgeSummary``, ``TextbookReconciliation``): `outsideCash` C(H), the cash
    /// brought in from outside the book without interest; `selfFinancingPnL` V(H) − V(0) =
    /// cumulativeResidual − outsideCash; and the terms by which it differs from the textbook's
    /// P&L `textbook.finalPnL`: selfFinancingPnL − finalPnL = holdingDifferencePnL −
    /// textbookInterest − textbookDividends + textbookCosts.
    struct HedgeFigures: Sendable, Encodable {
        var finalShares: StatedNumber
        var cumulativeResidual: StatedNumber
        var totalAbsResidual: StatedNumber
        var maxAbsResidual: StatedNumber
        var maxAbsResidualStep: Int
        var rootMeanSquareResidual: StatedNumber
        var initialLiquidationValue: StatedNumber
        var finalLiquidationValue: StatedNumber
        var outsideCash: StatedNumber
        var finalSelfFinancingValue: StatedNumber
        var selfFinancingPnL: StatedNumber
        var holdingDifferencePnL: StatedNumber
        var textbookInterest: StatedNumber
        var textbookDividends: StatedNumber
        var textbookCosts: StatedNumber
    }

    struct LedgerRowView: Sendable {
        /// The line standing for rows the page leaves out (``LedgerExcerpt``); the other
        /// fields then keep their empty defaults.
        var gap: String?
        /// True on the date an American option was exercised early.
        var exercised = false
        var step = ""
        var time = ""
        var spot = ""
        var premium = ""
        var delta = ""
        var premiumChange = ""
        var estimate = ""
        var shares = ""
        var shareValue = ""
        var equityChange = ""
        var residual = ""
        var cumulativeResidual = ""
        var liquidationValue = ""
        var outsideCash = ""
    }

    var countSentence: String
    /// With nothing to hedge, the one sentence that stands for the estimators' table, notes and
    /// ledger (rounding noise, left out); nil otherwise.
    var nothingToHedge: String?
    var estimators: [EstimatorView]
    /// What leaving Θ out did on this path, when the delta-gamma estimator ran.
    var thetaNote: String?
    /// Where the share balance's money comes from, and how its P&L meets the textbook's.
    var cashParagraph: String?
    var ledgerEstimator: String
    var ledgerRows: [LedgerRowView]
    var ledgerIsLong: Bool
    /// The time column's heading, in the run's unit.
    var timeHeading: String

    /// Nil when no share-balance estimator ran (`--estimators` empty).
    init?(_ context: ReportContext) {
        let analysis = context.analysis
        guard !analysis.simulation.ledgers.isEmpty else { return nil }
        let count = analysis.summaries.count
        countSentence = count == 1
            ? "One estimator ran on this path. Money is in US dollars for the whole position."
            : "All \(count) hedges ran on the same path and started from the same shares. Money is in US dollars for the whole position."
        if analysis.degenerate != nil {
            nothingToHedge = "With nothing to hedge (see “\(ScenarioSection.title)”), every estimator's residuals, holdings "
                + "and cash are rounding noise: their table and ledger are left out here, and ledger.csv keeps every column."
        }
        estimators = zip(analysis.summaries, analysis.reconciliations).map(Self.estimatorView)
        let ledger = analysis.simulation.ledger(.delta) ?? analysis.simulation.ledgers[0]
        ledgerEstimator = ledger.estimator.rawValue
        let clock = context.clock
        let rows = ledger.rows
        let notable = rows.indices.filter { rows[$0].step == analysis.simulation.exerciseStep
            || rows[$0].step == analysis.summary(ledger.estimator)?.maxAbsResidualStep }
        ledgerRows = LedgerExcerpt(count: rows.count, keeping: notable).lines(steps: { rows[$0].step }, row: { index in
            Self.ledgerRow(rows[index], clock: clock, exercised: rows[index].step == analysis.simulation.exerciseStep)
        }, gap: { LedgerRowView(gap: $0) })
        ledgerIsLong = rows.count > 30
        cashParagraph = Self.cashParagraph(context)
        timeHeading = clock.columnHeading
        if let deltaGamma = analysis.summary(.deltaGamma) {
            let terms = Self.thetaTerms(context)
            let signed = terms.reduce(0, +)
            let negative = terms.filter { $0 < 0 }.count, positive = terms.filter { $0 > 0 }.count
            let sign = negative == 0 || positive == 0
                ? "with the same sign at every step (\(signed < 0 ? "a loss" : "a gain") for this \(context.hasSeveralLegs ? "book" : "\(context.position.side.rawValue) position"))"
                : "a loss on \(negative) steps and a gain on \(positive)"
            thetaNote = "Without Θ, the delta-gamma estimate books the option's time decay m·Θ·dt as residual, \(sign): "
                + "on this path it summed to \(NumberFormat.signedMoney(signed)), against a cumulative delta-gamma residual of "
                + "\(NumberFormat.signedMoney(deltaGamma.cumulativeResidual))."
        }
    }

    /// The share balance's outside cash and its self-financing P&L set against the textbook
    /// hedge's, term by term (``TextbookReconciliation``), for `exact` when it ran.
    static func cashParagraph(_ context: ReportContext) -> String? {
        let analysis = context.analysis
        guard let r = analysis.reconciliation(.exact) ?? analysis.reconciliations.first else { return nil }
        let brought = r.outsideCash >= 0
        // The ledger on the page is the delta hedge's (or the first estimator's): the C the
        // sentence quotes is that column only when it is the same hedge.
        let shown = analysis.simulation.ledger(.delta) ?? analysis.simulation.ledgers.first
        let column = shown?.estimator == r.estimator ? "the C column of the ledger below"
            : "its C, column \(r.estimator.rawValue.replacingOccurrences(of: "-", with: "_"))_cumulative_outside_cash of ledger.csv; "
                + "the ledger below is the \(shown?.estimator.rawValue ?? "") hedge's, whose C ends at "
                + NumberFormat.signedMoney(shown?.rows.last?.cumulativeOutsideCash ?? 0)
        return "The share balance trades without a cash account, so its liquidation value HLV = m·P + n·S is not what the book "
            + "is worth: the money for its trades comes from outside. On this path the \(r.estimator.rawValue) hedge "
            + (brought ? "took in \(NumberFormat.money(r.outsideCash)) from outside" : "paid out \(NumberFormat.money(-r.outsideCash)) to outside")
            + " (\(column)). Run as a self-financing book, HLV less that cash, it made Σε − C = "
            + "\(NumberFormat.signedMoney(r.cumulativeResidual)) − (\(NumberFormat.signedMoney(r.outsideCash))) = "
            + "\(NumberFormat.signedMoney(r.selfFinancingPnL)), against the textbook hedge's \(NumberFormat.signedMoney(r.textbookPnL)). "
            + "The difference, \(NumberFormat.signedMoney(r.gap)), is exactly what holding the share balance's n instead of "
            + (context.scenario.hedge.rebalancing.isCalendar ? "−m·Δ " : "the textbook hedge's n_tb ")
            + "earned, Σ(n − n_tb)·dS = \(NumberFormat.signedMoney(r.holdingDifferencePnL)), less the textbook's interest "
            + "\(NumberFormat.signedMoney(r.textbookInterest)) and dividends \(NumberFormat.signedMoney(r.textbookDividends)), plus the "
            + "costs it paid, \(NumberFormat.money(r.textbookCosts))."
    }

    /// m·Θ·dt of each interval, USD, with Θ at the interval's start.
    static func thetaTerms(_ context: ReportContext) -> [Double] {
        let valued = context.analysis.simulation.valuedPath
        return valued.valuations.indices.dropFirst().map { i in
            context.multiplier * valued.valuations[i - 1].theta * (valued.path.times[i] - valued.path.times[i - 1])
        }
    }

    private static func estimatorView(_ summary: HedgeSummary, _ reconciliation: TextbookReconciliation) -> EstimatorView {
        let formula = switch summary.estimator {
        case .delta: "Δ·dS"
        case .deltaGamma: "Δ·dS + ½Γ·dS²"
        case .greeks: "Δ·dS + ½Γ·dS² + Θ·dt + ν·dσ + ρ·dr"
        case .exact: "P(t+dt) − P(t), repriced"
        }
        return EstimatorView(name: summary.estimator.rawValue, formula: formula, figures: HedgeFigures(summary, reconciliation))
    }

    private static func ledgerRow(_ row: ShareBalanceRow, clock: RunClock, exercised: Bool) -> LedgerRowView {
        let first = row.step == 0
        return LedgerRowView(
            exercised: exercised,
            step: String(row.step),
            time: clock.cell(row.time),
            spot: NumberFormat.number(row.spot, decimals: 2),
            premium: NumberFormat.number(row.premium, decimals: 4),
            delta: NumberFormat.signed(row.delta, decimals: 4),
            premiumChange: first ? "" : NumberFormat.signed(row.premiumChange, decimals: 4),
            estimate: first ? "" : NumberFormat.signed(row.estimatedPremiumChange, decimals: 4),
            shares: NumberFormat.number(row.shares, decimals: 2),
            shareValue: NumberFormat.number(row.shareValue, decimals: 2),
            equityChange: first ? "" : NumberFormat.signed(row.equityChange, decimals: 2),
            residual: first ? "" : NumberFormat.signed(row.residual, decimals: 2),
            cumulativeResidual: NumberFormat.signed(row.cumulativeResidual, decimals: 2),
            liquidationValue: NumberFormat.number(row.liquidationValue, decimals: 2),
            outsideCash: NumberFormat.signed(row.cumulativeOutsideCash, decimals: 2)
        )
    }
}

extension EstimatorsSection.HedgeFigures {
    /// One estimator's summary and its reconciliation with the textbook hedge, in the page's
    /// formats.
    init(_ summary: HedgeSummary, _ reconciliation: TextbookReconciliation) {
        func money(_ value: Double) -> StatedNumber { StatedNumber(value, .money(decimals: 2)) }
        func signedMoney(_ value: Double) -> StatedNumber { StatedNumber(value, .signedMoney(decimals: 2)) }
        self.init(
            finalShares: StatedNumber(summary.finalShares, .number(decimals: 4)), cumulativeResidual: signedMoney(summary.cumulativeResidual),
            totalAbsResidual: money(summary.totalAbsResidual), maxAbsResidual: money(summary.maxAbsResidual),
            maxAbsResidualStep: summary.maxAbsResidualStep, rootMeanSquareResidual: money(summary.rootMeanSquareResidual),
            initialLiquidationValue: money(summary.initialLiquidationValue), finalLiquidationValue: money(summary.finalLiquidationValue),
            outsideCash: signedMoney(summary.outsideCash), finalSelfFinancingValue: money(summary.finalSelfFinancingValue),
            selfFinancingPnL: signedMoney(summary.selfFinancingPnL), holdingDifferencePnL: signedMoney(reconciliation.holdingDifferencePnL),
            textbookInterest: signedMoney(reconciliation.textbookInterest), textbookDividends: signedMoney(reconciliation.textbookDividends),
            textbookCosts: money(reconciliation.textbookCosts)
        )
    }
}
