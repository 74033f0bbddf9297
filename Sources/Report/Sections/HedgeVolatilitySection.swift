import Analytics
import Foundation
import Simulation

/// Which volatility to hedge with (DESIGN.md §2.4, §2.9): when the share realizes a volatility
/// σr other than the implied σi, the textbook hedge with its Δ at σi and at σr, on the run's path
/// and over the study's paths, beside the theory (Ahmad & Wilmott 2005; Sinclair 2008, ch. 5).
/// Present when σr ≠ σi for one option, or when the run hedges at another volatility than the
/// implied one (`--hedge-vol`).
struct HedgeVolatilitySection: PageSection {
    static let id = "hedge-volatility"
    static let title = "Which volatility to hedge with"
    var charts: [ReportFigure]

    var intro: String
    /// In place of the σr-against-σi theory, when the share realizes the implied volatility and
    /// the section is here for a hedge at another one (`--hedge-vol 0.3`): what the two hedges
    /// compared are; nil when σr ≠ σi.
    var sameVolatilities: String?
    var realizedNote: String?
    var studyIntro: String
    /// The hedges at each volatility over the study's paths, beside the theory; nil without a study.
    var comparison: PageTable?
    var findings: String
    var omissions: [String]

    init?(_ context: ReportContext) {
        guard let paths = context.analysis.hedgeVolatilityPaths, !paths.isEmpty else { return nil }
        let scenario = context.scenario
        let sigmaI = scenario.market.volatility
        let realized = paths.first { $0.hedgeVolatility == "realized" }?.volatility ?? scenario.dynamics.realizedVolatility
        let own = scenario.hedge.volatility
        intro = "In this run the option is priced at the implied volatility σi = \(NumberFormat.percent(sigmaI, decimals: 2)) "
            + "and the share realizes σr = \(NumberFormat.percent(realized, decimals: 2)). "
            + (own == .implied
                ? "The run's own hedge trades the Δ at σi (the default, --hedge-vol implied); this section hedges the same paths at σr too."
                : "The run's own hedge trades the Δ at \(own == .realized ? "σr" : NumberFormat.percent(scenario.hedgingVolatility() ?? 0, decimals: 2)) "
                    + "(--hedge-vol \(own.name)), the option still marked at σi; this section sets it beside the hedge at σi.")
        // σr and σi as the intro shows them: equal there, the σr-against-σi theory compares nothing.
        if NumberFormat.percent(realized, decimals: 2) == NumberFormat.percent(sigmaI, decimals: 2), let sigmaH = scenario.hedgingVolatility() {
            let hedged = NumberFormat.percent(sigmaH, decimals: 2)
            sameVolatilities = "Here the share realizes the implied volatility (σr = σi), so the hedges compared are not one at σr and one at σi: "
                + "the hedge at σi trades the Δ of the volatility the share realizes and is left with the discrete-hedging error alone, "
                + "while the run's own hedge trades the Δ at σh = \(hedged), another volatility. With the option marked at σi, that hedge "
                + "collects ½·m·Γ(σh)·S²·(σr² − σh²) at every instant and ends with m·(V(σh) − V(σi)) besides, an amount that depends on where "
                + "the path spends its time against the strike, so more frequent rebalancing cannot take its spread away."
        }
        realizedNote = context.isObserved
            ? "The path is a price file's: “realized” means the file's realized volatility over the run, σ̂ = "
                + "\(NumberFormat.percent(realized, decimals: 2)) (from its log returns, each over its own gap: their squared deviations from the drift, summed and divided by the years elapsed, with n/(n − 1)), "
                + "known only after the fact, so no hedger could have traded it."
            : nil
        let study = context.analysis.monteCarlo?.hedgeVolatilities ?? []
        let pathCount = context.analysis.monteCarlo?.paths ?? 0
        studyIntro = !study.isEmpty
            ? "The same \(NumberFormat.number(Double(pathCount), decimals: 0)) paths, hedged on the run's schedule with the Δ at each "
                + "volatility (final P&L, USD, ± one standard error):"
            : "No Monte Carlo study ran (--paths 0), so only the path is compared."
        comparison = study.isEmpty ? nil : PageTable("hedge-volatilities", columns: [
            .init("Hedged at", .code), .init("σ of Δ", .number), .init("Mean P&L (USD)", .number), .init("Std (USD)", .number),
            .init("Theory mean (USD)", .number), .init("Theory std (USD)", .number),
        ], rows: study.map { outcome in
            PageTable.Row([
                outcome.hedgeVolatility, NumberFormat.percent(outcome.volatility, decimals: 2),
                NumberFormat.withStandardError(NumberFormat.signedMoney(outcome.mean), outcome.meanStandardError),
                NumberFormat.withStandardError(NumberFormat.money(outcome.std), outcome.stdStandardError),
                outcome.theoryMean.map { NumberFormat.signedMoney($0) } ?? "—", outcome.theoryStd.map { NumberFormat.money($0) } ?? "—",
            ])
        })
        findings = HedgeVolatilityFindings.studyParagraph(study)
        // Each reason once, with the figures it leaves out.
        var reasons = [(reason: String, figures: [String])]()
        for outcome in study {
            for (figure, reason) in [("mean", outcome.theoryMeanOmitted), ("std", outcome.theoryStdOmitted)] {
                guard let reason else { continue }
                let name = "theory \(figure) at \(outcome.hedgeVolatility)"
                if let index = reasons.firstIndex(where: { $0.reason == reason }) {
                    reasons[index].figures.append(name)
                } else {
                    reasons.append((reason, [name]))
                }
            }
        }
        omissions = reasons.map { "Left out — \($0.figures.joined(separator: ", ")): \($0.reason)." }
        var figures = [ReportFigure]()
        let horizon = context.scenario.hedge.schedule.horizon
        let toExpiry = horizon >= context.contract.expiry * (1 - 1e-9)
        let horizonWords = toExpiry ? "over the option's \(context.clock.duration(horizon)) life" : "over the \(context.clock.duration(horizon)) horizon"
        if study.count > 1, study.allSatisfy({ $0.sweep.count > 1 }) {
            figures.append(ReportFigure(
                id: .hedgeVolatilitySweep, chart: ReportCharts.hedgeVolatilitySweep(study, horizon: horizonWords),
                caption: HedgeVolatilityFindings.sweepCaption(study)
            ))
        }
        let realizedOutcome = study.first { $0.hedgeVolatility == "realized" }
        // The end the hedge at σr travels to, where the theory gives it (to expiry, European, GBM).
        let destination = realizedOutcome?.theoryStd != nil ? realizedOutcome?.theoryMean : nil
        figures.append(ReportFigure(
            id: .hedgeVolatilityPath, chart: ReportCharts.hedgeVolatilityPath(paths, destination: destination, clock: context.clock),
            caption: HedgeVolatilityFindings.pathCaption(paths, destination: destination)
        ))
        charts = figures
    }

    /// How the run's own hedge trades, for sentences that say what the option is priced and
    /// hedged at: `hedged at the same implied volatility`, or `hedged with Δ at 80.0% (--hedge-vol
    /// realized)`.
    static func hedgedWords(_ context: ReportContext) -> String {
        guard let sigma = context.scenario.hedgingVolatility() else { return "hedged at the same implied volatility" }
        return "hedged with Δ at \(NumberFormat.percent(sigma, decimals: 1)) (--hedge-vol \(context.scenario.hedge.volatility.name))"
    }

    /// What the Δ of the run's own hedge is, for the sentences of other sections that say what
    /// it held: empty when it hedges at the implied volatility (the default), else
    /// “, Δ at 80.00% (--hedge-vol realized, …)”.
    static func deltaWords(_ context: ReportContext) -> String {
        guard let sigma = context.scenario.hedgingVolatility() else { return "" }
        return ", Δ at \(NumberFormat.percent(sigma, decimals: 2)) (--hedge-vol \(context.scenario.hedge.volatility.name); the option marked "
            + "at the implied volatility; see “\(HedgeVolatilitySection.title)”)"
    }
}
