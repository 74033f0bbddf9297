import Analytics
import Foundation
import Simulation

extension AssumptionsSection {
    /// One model's hedge error in the comparison, USD for the whole position: the page's row
    /// and `summary.json`'s `assumptions.models[]` (`model`, `mean`, `std`, `quantile5`,
    /// `expectedShortfall5`, `maxStepResidual`, `earlyExercises`), one value.
    struct ModelFigures: Sendable, Encodable {
        var model: PathModelID
        var mean: StatedNumber
        var std: StatedNumber
        var quantile5: StatedNumber
        var expectedShortfall5: StatedNumber
        var maxStepResidual: StatedNumber
        var earlyExercises: Int
    }

    /// The hedge's error under GBM, Merton and Heston at the same total variance: the table and
    /// the sentences that read it. A difference of standard deviations is called one only past
    /// ``MonteCarloFindings/significance`` standard errors (the two samples taken as
    /// independent: the models share seeds, but their draws part after the first step).
    struct Comparison: Sendable {
        var intro: String
        /// Each model's name and parameters for the reader, and its ``ModelFigures``.
        var table: PageTable
        var spreadSentence: String
        var tailSentence: String
        var stepSentence: String
        var fellerNote: String?
        /// The chart's caption.
        var caption: String

        init(_ context: ReportContext, _ models: PathModelComparison) {
            let scenario = context.scenario
            var merton = scenario, heston = scenario
            merton.dynamics.realizedVolatility = models.realizedVolatility
            heston.dynamics.realizedVolatility = models.realizedVolatility
            let diffusion = merton.mertonDiffusionVolatility(models.jumps)
            let variance = heston.hestonVarianceAtRealizedVolatility(models.heston)
            let sigma = NumberFormat.percent(models.realizedVolatility, decimals: 1)
            let paths = NumberFormat.number(Double(models.paths), decimals: 0)
            let horizon = scenario.hedge.schedule.horizon
            let jumpsPerPath = models.jumps.intensity * horizon
            let pricing = scenario.book.isSingleOption
                ? "the option is priced at the implied \(NumberFormat.percent(scenario.market.volatility, decimals: 1)) throughout and "
                    + (scenario.hedgingVolatility().map { "hedged with Δ at \(NumberFormat.percent($0, decimals: 1)) (--hedge-vol \(scenario.hedge.volatility.name))" }
                        ?? "hedged at it")
                : "every leg of the book is priced and hedged at its own implied volatility throughout"
            // Beside a run that sets no jumps of its own, fewer than the standard ones when they would
            // take more than half of σ² (``PathModelComparison/jumps(realizedVolatility:)``): said, with why.
            let standard = MertonJumps.standard
            let capped = scenario.dynamics.pathModel.process(MertonJumps.self) == nil && models.jumps.intensity < standard.intensity
            let cap = capped
                ? "; fewer than the standard \(NumberFormat.number(standard.intensity, decimals: 0)) a year: jumps that often, of this size, "
                    + "would carry more than half the variance of ln S at \(sigma), so λ is cut until the diffusion keeps half of it"
                : ""
            intro = "Each model below gives ln S the variance of GBM at \(sigma) per √year over the option's life, while \(pricing): Merton's paths "
                + "jump \(NumberFormat.number(models.jumps.intensity, decimals: 2)) times a year on average (about "
                + "\(NumberFormat.number(jumpsPerPath, decimals: 2)) jumps a path over \(RunClock.span(horizon))\(cap)) on a diffusion of "
                + "\(NumberFormat.percent(diffusion, decimals: 1)), "
                + (variance.initialVariance == variance.theta
                    ? "Heston's variance starts at its long-run level, \(NumberFormat.number(variance.theta, decimals: 4)), and wanders around it. "
                    : "Heston's variance starts at \(NumberFormat.number(variance.initialVariance, decimals: 4)) and reverts to "
                        + "\(NumberFormat.number(variance.theta, decimals: 4)). ")
                + "Each row hedges \(paths) paths\(Self.limitNote(models.paths, study: context.analysis.monteCarlo?.paths)), path k from the same "
                + "seed in every model; Merton's are drawn exactly, Heston's by full-truncation Euler (Lord, Koekkoek & van Dijk, 2010) "
                + "in steps of at most a day."

            let gbm = models.row(.gbm)!, jumps = models.row(.merton)!, stochastic = models.row(.heston)!
            func row(_ name: String, _ parameters: String, _ row: PathModelComparison.Row) -> PageTable.Row {
                let figures = ModelFigures(row)
                return PageTable.Row([name, parameters] + [figures.std, figures.quantile5, figures.expectedShortfall5, figures.maxStepResidual].map(\.description))
            }
            table = PageTable("models", columns: [
                .init("Path model"), .init("Parameters"), .init("Std (USD)", .number), .init("5% quantile (USD)", .number),
                .init("5% expected shortfall (USD)", .number), .init("Largest one-step change (USD)", .number),
            ], rows: [
                row("GBM", "σ \(sigma)", gbm),
                row("Merton", "λ \(NumberFormat.number(models.jumps.intensity, decimals: 2)) a year, μJ "
                    + "\(NumberFormat.signed(models.jumps.mean, decimals: 2)), δJ \(NumberFormat.number(models.jumps.standardDeviation, decimals: 2)), "
                    + "diffusion σ \(NumberFormat.percent(diffusion, decimals: 1))", jumps),
                row("Heston", "κ \(NumberFormat.number(variance.kappa, decimals: 2)), θ \(NumberFormat.number(variance.theta, decimals: 4)), "
                    + "ξ \(NumberFormat.number(variance.xi, decimals: 3)), ρ \(NumberFormat.signed(variance.rho, decimals: 2)), "
                    + "v₀ \(NumberFormat.number(variance.initialVariance, decimals: 4))", stochastic),
            ])

            func against(_ row: PathModelComparison.Row) -> String {
                let a = row.statistics, b = gbm.statistics
                let error = (a.standardDeviationStandardError * a.standardDeviationStandardError
                    + b.standardDeviationStandardError * b.standardDeviationStandardError).squareRoot()
                let t = error > 0 ? (a.standardDeviation - b.standardDeviation) / error : 0
                let gap = NumberFormat.number(abs(t), decimals: 1)
                if abs(t) <= MonteCarloFindings.significance {
                    return "\(gap) standard errors from GBM's, within the \(MonteCarloFindings.significance.formatted()) that sampling noise alone can make"
                }
                return "\(gap) standard errors \(t > 0 ? "above" : "below") GBM's"
            }
            let spreadDecimals = NumberFormat.moneyDecimals(scale: models.rows.map(\.finalPnL.standardDeviation).max() ?? 0)
            spreadSentence = "The final P&L's standard deviation is \(NumberFormat.money(gbm.finalPnL.standardDeviation, decimals: spreadDecimals)) under GBM; "
                + "with Merton's jumps it is \(NumberFormat.money(jumps.finalPnL.standardDeviation, decimals: spreadDecimals)), \(against(jumps)); "
                + "under Heston \(NumberFormat.money(stochastic.finalPnL.standardDeviation, decimals: spreadDecimals)), \(against(stochastic))."

            let tail = max(Int((0.05 * Double(models.paths)).rounded(.up)), 1)
            let shortfalls = models.rows.map(\.finalPnL.expectedShortfall05).sorted()
            let worst = models.rows.min { $0.finalPnL.expectedShortfall05 < $1.finalPnL.expectedShortfall05 }!
            let margin = shortfalls.count > 1 ? shortfalls[1] - shortfalls[0] : 0
            let tailDecimals = NumberFormat.moneyDecimals(scale: shortfalls.map(abs).max() ?? 0)
            let marginWords = NumberFormat.money(margin, decimals: tailDecimals) == NumberFormat.money(0, decimals: tailDecimals)
                ? "less than \(tailDecimals == 0 ? "a dollar" : "a cent")" : NumberFormat.money(margin, decimals: tailDecimals)
            tailSentence = "The mean of the worst 5% of paths (the 5% expected shortfall, \(tail) of \(paths) paths each) is "
                + "\(NumberFormat.signedMoney(gbm.finalPnL.expectedShortfall05, decimals: tailDecimals)) under GBM, "
                + "\(NumberFormat.signedMoney(jumps.finalPnL.expectedShortfall05, decimals: tailDecimals)) with jumps and "
                + "\(NumberFormat.signedMoney(stochastic.finalPnL.expectedShortfall05, decimals: tailDecimals)) under Heston: the lowest is "
                + "\(PathModelWords.shortName(worst.model))'s, by \(marginWords) on the next; each figure is the mean of only "
                + "\(tail) paths, so a small gap between models can be sampling noise rather than a difference of their tails."

            func ratio(_ row: PathModelComparison.Row) -> String {
                guard gbm.maxStepResidual > 0 else { return "" }
                return " (\(NumberFormat.number(row.maxStepResidual / gbm.maxStepResidual, decimals: 1))× GBM's)"
            }
            let stepDecimals = NumberFormat.moneyDecimals(scale: models.rows.map(\.maxStepResidual).max() ?? 0)
            var step = "The largest change of the hedged position's P&L over one interval, on any path, is "
                + "\(NumberFormat.money(gbm.maxStepResidual, decimals: stepDecimals)) under GBM, \(NumberFormat.money(jumps.maxStepResidual, decimals: stepDecimals)) "
                + "with jumps\(ratio(jumps)) and \(NumberFormat.money(stochastic.maxStepResidual, decimals: stepDecimals)) under Heston\(ratio(stochastic)). "
            step += models.jumps.varianceRate == 0
                ? "Without jumps (λ·(μJ² + δJ²) = 0) Merton's paths have GBM's law and other draws: the gap is sampling noise."
                : jumps.maxStepResidual > gbm.maxStepResidual && jumpsPerPath * Double(models.paths) < 1
                ? "Over this horizon Merton's paths expect \(NumberFormat.number(jumpsPerPath, decimals: 4)) jumps each, "
                    + "\(NumberFormat.number(jumpsPerPath * Double(models.paths), decimals: 2)) over all \(paths) paths: the larger step is "
                    + "sampling noise, not a jump."
                : jumps.maxStepResidual > gbm.maxStepResidual
                ? "Merton's diffusion is calmer than GBM's, so what is larger is the jumps: a jump moves the share farther within one "
                    + "interval than a hedge fixed until the next date can follow."
                : "On these paths no jump moved the share by more in one interval than GBM's largest move did."
            stepSentence = step

            if !variance.satisfiesFellerCondition {
                fellerNote = "Heston's parameters break Feller's condition: 2κθ = \(NumberFormat.number(2 * variance.kappa * variance.theta, decimals: 4)) "
                    + "is less than ξ² = \(NumberFormat.number(variance.xi * variance.xi, decimals: 4)), so the variance can reach zero. The scheme "
                    + "uses its positive part, max(v, 0), in the drift and the diffusion, so every path stays defined; the run goes on."
            }

            let lowest = models.rows.min { $0.finalPnL.quantile05 < $1.finalPnL.quantile05 }!
            let quantileDecimals = NumberFormat.moneyDecimals(scale: max(abs(lowest.finalPnL.quantile05), abs(gbm.finalPnL.quantile05)))
            caption = "Each curve is one model's final P&L sorted from the worst path to the best; where the curves part at the left, "
                + "one model's bad outcomes are worse than another's. The 5% quantile is lowest under \(PathModelWords.shortName(lowest.model)), "
                + "\(NumberFormat.signedMoney(lowest.finalPnL.quantile05, decimals: quantileDecimals))"
                + (lowest.model == .gbm ? "." : ", against \(NumberFormat.signedMoney(gbm.finalPnL.quantile05, decimals: quantileDecimals)) under GBM.")
        }

        /// What the intro adds after "Each row hedges N paths" when N is the comparison's limit
        /// rather than a quarter of the study's paths (``ReportPipeline/MonteCarloSettings/comparisonPathLimit``):
        /// the study's count, and why fewer suffice. Empty otherwise.
        static func limitNote(_ paths: Int, study: Int?) -> String {
            guard let study, paths == ReportPipeline.MonteCarloSettings.comparisonPathLimit, study / 4 > paths else { return "" }
            return " (the study's first \(NumberFormat.number(Double(paths), decimals: 0)) of "
                + "\(NumberFormat.number(Double(study), decimals: 0)): enough for each standard deviation's standard error "
                + "to be about 1% of it, σ/√(2n) with normal tails)"
        }
    }
}

extension AssumptionsSection.ModelFigures {
    /// One model's row of ``PathModelComparison``, in the page's formats.
    init(_ row: PathModelComparison.Row) {
        let pnl = row.finalPnL
        self.init(
            model: row.model, mean: StatedNumber(pnl.mean, .signedMoney(decimals: 2)), std: StatedNumber(pnl.standardDeviation, .money(decimals: 2)),
            quantile5: StatedNumber(pnl.quantile05, .signedMoney(decimals: 2)), expectedShortfall5: StatedNumber(pnl.expectedShortfall05, .signedMoney(decimals: 2)),
            maxStepResidual: StatedNumber(row.maxStepResidual, .money(decimals: 2)), earlyExercises: row.earlyExercises
        )
    }
}
