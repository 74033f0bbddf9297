import Analytics
import Foundation
import Simulation

/// Many paths — the distribution of the textbook hedge's final P&L, the error
/// against the rebalancing frequency, and hedging at the implied volatility while the share
/// moves with another; every claim decided in standard errors of the study.
struct MonteCarloSection: PageSection {
    static let id = "monte-carlo"
    static let title = "Many paths: the Monte Carlo study"
    var charts: [ReportFigure]

    var paths: String
    /// How the study's paths are hedged, against the path above (the rule, the sweep's paths).
    var hedgedAs: String
    /// The final P&L's distribution.
    var distribution: PageTable
    /// The share-balance estimators' cumulative residual over the paths; nil without estimators.
    var residuals: PageTable?
    /// The error against the number of rebalances; nil when the study swept none.
    var sweep: PageTable?
    /// The hedge when the share realizes other volatilities; nil when the study compared none.
    var mismatch: PageTable?
    var gridNote: String?
    var sweepParagraph: String
    var mismatchParagraph: String

    /// The study's section; nil when the run has no study (`--paths 0`).
    init?(_ context: ReportContext) {
        guard let study = context.analysis.monteCarlo else { return nil }
        self.init(context, study)
    }

    init(_ context: ReportContext, _ study: MonteCarloReport) {
        let findings = MonteCarloFindings(context, study)
        var charts = [ReportFigure(id: .monteCarloDistribution, chart: ReportCharts.distribution(study), caption: findings.distributionCaption)]
        if study.sweep.count > 1 {
            charts.append(ReportFigure(id: .monteCarloSweep, chart: ReportCharts.sweep(study, horizon: findings.horizonWords), caption: findings.sweepCaption))
        }
        if study.volatilityMismatch.count > 1 {
            charts.append(ReportFigure(
                id: .monteCarloMismatch, chart: ReportCharts.mismatch(study, implied: context.scenario.market.volatility),
                caption: findings.mismatchCaption
            ))
        }
        self.charts = charts
        paths = NumberFormat.number(Double(study.paths), decimals: 0)
        hedgedAs = context.scenario.hedge.rebalancing == .calendar
            ? "hedged as above."
            : "hedged as above, except that the textbook hedge trades to −m·Δ at every date (the calendar rule); the rules are compared on the same paths below."
        if study.sweep.count > 1 {
            hedgedAs += " The frequency sweep simulates paths of its own, at the dates all its frequencies share, so its "
                + "rows differ from the figures below by sampling noise even at this run's number of rebalances."
        }
        let pnl = study.finalPnL
        let standardError = MonteCarloFindings.meanStandardError(study)
        distribution = PageTable("distribution", columns: [.init("Statistic"), .init("Value", .number), .init("Unit")], rows: [
            .init(["Mean", NumberFormat.signedMoney(pnl.mean), "USD, ± \(NumberFormat.money(standardError)) standard error"]),
            .init(["Standard deviation", NumberFormat.money(pnl.standardDeviation), "USD"]),
            .init(["5% quantile", NumberFormat.signedMoney(pnl.quantile05), "USD"]),
            .init(["Median", NumberFormat.signedMoney(pnl.median), "USD"]),
            .init(["95% quantile", NumberFormat.signedMoney(pnl.quantile95), "USD"]),
            .init(["5% expected shortfall", NumberFormat.signedMoney(pnl.expectedShortfall05), "USD, mean of the worst 5%"]),
            .init(["Skewness", NumberFormat.signed(pnl.skewness, decimals: 3), ""]),
        ])
        let residualRows = context.scenario.hedge.estimators.compactMap { estimator -> PageTable.Row? in
            guard let summary = study.residuals[estimator.rawValue] else { return nil }
            return PageTable.Row([
                estimator.rawValue, NumberFormat.signedMoney(summary.mean), NumberFormat.money(summary.standardDeviation),
                NumberFormat.money(study.meanTotalAbsResidual[estimator.rawValue] ?? 0),
            ])
        }
        residuals = residualRows.isEmpty ? nil : PageTable("residuals", columns: [
            .init("Estimator", .code), .init("Mean Σε (USD)", .number), .init("Std Σε (USD)", .number), .init("Mean Σ|ε| (USD)", .number),
        ], rows: residualRows)
        let theoryShown = study.discreteHedgingTheoryApplies || study.theoryIgnoresEarlyExercise
        // The theory column, for an American option exercised early on the study's paths, is
        // the formula as if it never were.
        let theoryHeading = study.theoryIgnoresEarlyExercise ? "Theory as if never exercised early (USD)" : "Theory (USD)"
        sweep = study.sweep.isEmpty ? nil : PageTable("sweep", columns: [
            .init("N", .number), .init("Mean (USD)", .number), .init("Std (USD)", .number), .init(theoryHeading, .number), .init("Std ÷ theory", .number),
        ], rows: study.sweep.map { point in
            PageTable.Row([
                NumberFormat.number(Double(point.rebalances), decimals: 0),
                NumberFormat.withStandardError(NumberFormat.signedMoney(point.mean), point.meanStandardError),
                NumberFormat.withStandardError(NumberFormat.money(point.std), point.stdStandardError),
                theoryShown ? point.theory.flatMap { $0 > 0 ? NumberFormat.money($0) : nil } ?? "—" : "—",
                theoryShown ? point.theory.flatMap { $0 > 0 ? NumberFormat.number(point.std / $0, decimals: 3) : nil } ?? "—" : "—",
            ])
        })
        let decimals = MonteCarloFindings.mismatchVolatilityDecimals(study)
        mismatch = study.volatilityMismatch.isEmpty ? nil : PageTable("mismatch", columns: [
            .init("Realized volatility", .number), .init("Mean P&L (USD)", .number), .init("Theory (USD)", .number), .init("Std (USD)", .number),
        ], rows: study.volatilityMismatch.map { point in
            PageTable.Row([
                NumberFormat.percent(point.realizedVolatility, decimals: decimals)
                    + (MonteCarloFindings.isThisRun(point.realizedVolatility, context) ? " (this run)" : ""),
                NumberFormat.withStandardError(NumberFormat.signedMoney(point.mean), point.meanStandardError),
                point.theory.map { NumberFormat.signedMoney($0) } ?? "—",
                NumberFormat.money(point.std),
            ])
        })
        gridNote = study.gridError.map { error in
            "The American premium was priced on a grid of \(NumberFormat.number(Double(study.gridPoints), decimals: 0)) lattice nodes and interpolated; its worst "
                + "difference from pricing each point afresh was \(NumberFormat.money(error, decimals: 4)) per share"
                + (study.gridErrorRelative.map { relative in
                    relative < 0.01 ? ", \(NumberFormat.percent(relative, decimals: 3)) of the premium."
                        // A far out-of-the-money option: a premium of fractions of a cent, which the
                        // grid's cubic cannot follow to its own size.
                        : ", \(NumberFormat.percent(relative, decimals: 0)) of a premium of only \(NumberFormat.money(error / relative, decimals: 4)) "
                            + "per share, so the study reads this option's premium and Δ only coarsely: on the position's "
                            + "\(NumberFormat.number(abs(context.scenario.position.multiplier), decimals: 0)) shares the worst difference is "
                            + "\(NumberFormat.money(error * abs(context.scenario.position.multiplier), decimals: 2))."
                } ?? " (the premium at the start rounds to zero, so no fraction of it is given).")
        }
        sweepParagraph = findings.sweepParagraph
        mismatchParagraph = findings.mismatchParagraph
    }
}
