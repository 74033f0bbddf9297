import Analytics
import Simulation

/// The share-balance estimators side by side on the same path, and the ledger of
/// one of them.
struct EstimatorsSection: PageSection {
    static let id = "estimators"
    static let title = "The estimators compared"

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

    var countSentence: String
    /// With nothing to hedge, the one sentence that stands for the estimators' table, notes and
    /// ledger (rounding noise, left out); nil otherwise.
    var nothingToHedge: String?
    /// Each estimator's dP̂ and its ``HedgeFigures``.
    var estimators: PageTable
    /// What leaving Θ out did on this path, when the delta-gamma estimator ran.
    var thetaNote: String?
    /// Where the share balance's money comes from, and how its P&L meets the textbook's.
    var cashParagraph: String?
    var ledgerEstimator: String
    /// The ledger of one estimator's hedge, a row per rebalancing date (``LedgerExcerpt``).
    var ledger: PageTable
    var ledgerIsLong: Bool

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
        estimators = PageTable("estimators", wide: true, columns: [
            .init("Estimator", .code), .init("dP̂"), .init("Final shares", .number), .init("Σε (USD)", .number), .init("Σ|ε| (USD)", .number),
            .init("Largest |ε| (USD)", .number), .init("RMS ε (USD)", .number),
        ], rows: zip(analysis.summaries, analysis.reconciliations).map(Self.estimatorRow))
        let shown = analysis.simulation.ledger(.delta) ?? analysis.simulation.ledgers[0]
        ledgerEstimator = shown.estimator.rawValue
        let clock = context.clock
        let rows = shown.rows
        let notable = rows.indices.filter { rows[$0].step == analysis.simulation.exerciseStep
            || rows[$0].step == analysis.summary(shown.estimator)?.maxAbsResidualStep }
        ledger = PageTable("ledger", wide: true, columns: [
            .init("Step", .number), .init(clock.columnHeading, .number), .init("S (USD)", .number), .init("P (USD)", .number),
            .init("Δ", .number), .init("dP (USD)", .number), .init("dP̂ (USD)", .number), .init("n (shares)", .number),
            .init("n·S (USD)", .number), .init("H (USD)", .number), .init("ε (USD)", .number), .init("Σε (USD)", .number),
            .init("HLV (USD)", .number), .init("C (USD)", .number),
        ], rows: LedgerExcerpt(count: rows.count, keeping: notable).lines(steps: { rows[$0].step }, row: { index in
            Self.ledgerRow(rows[index], clock: clock, exercised: rows[index].step == analysis.simulation.exerciseStep)
        }, gap: PageTable.Row.gap))
        ledgerIsLong = rows.count > 30
        cashParagraph = Self.cashParagraph(context)
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

    /// An estimator's row: its name, its dP̂, and its ``HedgeFigures`` as the page writes them.
    static func estimatorRow(_ summary: HedgeSummary, _ reconciliation: TextbookReconciliation) -> PageTable.Row {
        let formula = switch summary.estimator {
        case .delta: "Δ·dS"
        case .deltaGamma: "Δ·dS + ½Γ·dS²"
        case .greeks: "Δ·dS + ½Γ·dS² + Θ·dt + ν·dσ + ρ·dr"
        case .exact: "P(t+dt) − P(t), repriced"
        }
        let figures = HedgeFigures(summary, reconciliation)
        return PageTable.Row([summary.estimator.rawValue, formula] + [
            figures.finalShares, figures.cumulativeResidual, figures.totalAbsResidual, figures.maxAbsResidual, figures.rootMeanSquareResidual,
        ].map(\.description))
    }

    private static func ledgerRow(_ row: ShareBalanceRow, clock: RunClock, exercised: Bool) -> PageTable.Row {
        let first = row.step == 0
        return PageTable.Row([
            String(row.step), clock.cell(row.time), NumberFormat.number(row.spot, decimals: 2), NumberFormat.number(row.premium, decimals: 4),
            NumberFormat.signed(row.delta, decimals: 4),
            first ? "" : NumberFormat.signed(row.premiumChange, decimals: 4),
            first ? "" : NumberFormat.signed(row.estimatedPremiumChange, decimals: 4),
            NumberFormat.number(row.shares, decimals: 2), NumberFormat.number(row.shareValue, decimals: 2),
            first ? "" : NumberFormat.signed(row.equityChange, decimals: 2),
            first ? "" : NumberFormat.signed(row.residual, decimals: 2),
            NumberFormat.signed(row.cumulativeResidual, decimals: 2), NumberFormat.number(row.liquidationValue, decimals: 2),
            NumberFormat.signed(row.cumulativeOutsideCash, decimals: 2),
        ], marking: exercised ? .exercised : nil)
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
