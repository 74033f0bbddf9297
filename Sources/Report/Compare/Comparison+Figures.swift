import Analytics
import Foundation
import Simulation

extension Comparison {
    /// The key figures of every run, each difference from the first run with its standard error
    /// (``PairedStatistics``; the values themselves are the reports' own, so a difference is
    /// exactly the difference of the two reports' figures).
    static func figures(_ runs: [ComparedRun]) -> [Figure] {
        var figures = [Figure]()
        func exact(_ id: String, _ label: String, _ unit: String, _ value: (ComparedRun) -> Double?) {
            let values = runs.map(value)
            figures.append(Figure(
                id: id, label: label, unit: unit, values: values, standardErrors: values.map { _ in nil },
                differences: differences(values) { _, d in PairedDifference(value: d, pairedStandardError: 0, method: "exact") }
            ))
        }
        exact("premium", "premium at the start (per share)", "USD per share") { $0.analysis.initialValuation.price }
        exact("path-final-pnl", "final P&L of the textbook hedge on the shown path", "USD") { $0.analysis.textbook.finalPnL }
        exact("path-costs", "transaction costs on the shown path", "USD") { $0.analysis.textbook.transactionCosts }
        for name in estimatorNames(runs) {
            exact("path-sum-abs-residual-\(name)", "Σ|ε| of the \(name) estimator on the shown path", "USD") { run in
                run.analysis.summaries.first { $0.estimator.rawValue == name }?.totalAbsResidual
            }
        }
        guard runs.contains(where: { $0.analysis.monteCarlo != nil }) else { return figures }
        // Each run's textbook hedge on its own rule: a run on another rule than the calendar has
        // its rule's mean and std from the study's rules comparison, with no per-path figures.
        let finals = runs.map(\.ownFinalPnL)
        let outcomes = runs.map(\.ownTextbookOutcome)
        func paired(
            _ id: String, _ label: String, values: [Double?], own: [Double?],
            pair: (_ a: [Double], _ b: [Double], _ i: Int) -> PairedDifference?
        ) {
            figures.append(Figure(
                id: id, label: label, unit: "USD", values: values, standardErrors: own,
                differences: differences(values) { i, d in
                    guard let a = finals[0], let b = finals[i], a.count == b.count, var difference = pair(a, b, i) else {
                        return unpairedDifference(d, own[0], own[i])
                    }
                    difference.value = d
                    return difference
                }
            ))
        }
        paired("mc-mean", "mean final P&L over the paths", values: outcomes.map { $0?.mean }, own: outcomes.map { $0?.meanError }) { a, b, _ in
            PairedStatistics.mean(a, b)
        }
        paired("mc-std", "std of the final P&L", values: outcomes.map { $0?.std }, own: outcomes.map { $0?.stdError }) { a, b, _ in
            PairedStatistics.standardDeviation(a, b)
        }
        // The tails need every path's final P&L on the run's own rule (none on another rule).
        let tails = runs.indices.map { i -> (quantile: PairedDifference, shortfall: PairedDifference, ownA: (Double, Double), ownB: (Double, Double))? in
            guard let a = finals[0], let b = finals[i], a.count == b.count else { return nil }
            return PairedStatistics.tail(a, b)
        }
        let onOwnRule = runs.map { $0.studyHedgesOwnRule ? $0.analysis.monteCarlo : nil }
        paired("mc-quantile-05", "5% quantile of the final P&L", values: onOwnRule.map { $0?.finalPnL.quantile05 }, own: tails.map { $0?.ownB.0 }) { _, _, i in
            tails[i]?.quantile
        }
        paired(
            "mc-shortfall-05", "5% expected shortfall of the final P&L", values: onOwnRule.map { $0?.finalPnL.expectedShortfall05 },
            own: tails.map { $0?.ownB.1 }
        ) { _, _, i in
            tails[i]?.shortfall
        }
        for name in estimatorNames(runs) {
            let perPath = runs.map { run -> [Double]? in
                guard let index = run.scenario.hedge.estimators.firstIndex(where: { $0.rawValue == name }),
                      let totals = run.batch?.totalAbsResiduals, index < totals.count else { return nil }
                return totals[index]
            }
            let values = runs.map { $0.analysis.monteCarlo?.meanTotalAbsResidual[name] }
            figures.append(Figure(
                id: "mc-sum-abs-residual-\(name)", label: "mean Σ|ε| of the \(name) estimator over the paths", unit: "USD",
                values: values,
                standardErrors: perPath.map { $0.map { SampleStatistics($0).meanStandardError } },
                differences: differences(values) { i, d in
                    guard let a = perPath[0], let b = perPath[i], a.count == b.count, !a.isEmpty else { return nil }
                    var difference = PairedStatistics.mean(a, b)
                    difference.value = d
                    return difference
                }
            ))
        }
        figures += hedgeFigures(runs)
        // A book of European options cannot be exercised early: its fraction is not a 0% that
        // measured something, so it shows as — with no difference.
        let exercised = runs.map { run in
            run.canBeExercisedEarly ? run.analysis.monteCarlo?.earlyExerciseFraction : nil
        }
        let exerciseErrors = runs.indices.map { i -> Double? in
            guard exercised[i] != nil, let study = runs[i].analysis.monteCarlo else { return nil }
            let p = study.earlyExerciseFraction
            return (p * (1 - p) / Double(max(study.paths, 1))).squareRoot()
        }
        let european = runs.contains { $0.analysis.monteCarlo != nil && !$0.canBeExercisedEarly }
        figures.append(unpaired(
            "mc-early-exercise", "fraction of paths exercised early" + (european ? " (— for European options: they cannot be)" : ""),
            "fraction", exercised, exerciseErrors
        ))
        // Each report states its slope with the regression's residual standard error, and so
        // does this row: a scenario's sweep shares its paths, so the points' sampling errors
        // move together and mostly shift the line, while the residuals measure what tilts it.
        // The error propagated from the points as if independent (an upper bound) would give
        // the slope another ± here than on the scenario's own page.
        let slopes = runs.map { $0.analysis.monteCarlo?.sweepFit?.slope }
        let slopeErrors = runs.map { $0.analysis.monteCarlo?.sweepFit?.standardError }
        figures.append(unpaired("sweep-slope", "slope of the sweep (log std against log N)", "exponent", slopes, slopeErrors))
        return figures
    }

    /// A figure whose difference has no per-path pairs: SE √(SE₁² + SE₂²).
    static func unpaired(_ id: String, _ label: String, _ unit: String, _ values: [Double?], _ errors: [Double?]) -> Figure {
        Figure(
            id: id, label: label, unit: unit, values: values, standardErrors: errors,
            differences: differences(values) { i, d in unpairedDifference(d, errors[0], errors[i]) }
        )
    }

    /// The difference `d` of two figures with no per-path pairs, its standard error
    /// √(SE₁² + SE₂²); nil when either own error is unknown.
    static func unpairedDifference(_ d: Double, _ errorA: Double?, _ errorB: Double?) -> PairedDifference? {
        guard let a = errorA, let b = errorB else { return nil }
        return PairedDifference(value: d, pairedStandardError: (a * a + b * b).squareRoot(), method: "unpaired")
    }

    /// Each value's difference from the first (nil for the first and where either is missing).
    static func differences(_ values: [Double?], _ make: (Int, Double) -> PairedDifference?) -> [PairedDifference?] {
        values.indices.map { i in
            guard i > 0, let a = values[0], let b = values[i] else { return nil }
            return make(i, b - a)
        }
    }

    /// The estimators any run uses, in the first run's order, then the others'.
    static func estimatorNames(_ runs: [ComparedRun]) -> [String] {
        var names = [String]()
        for run in runs {
            for estimator in run.scenario.hedge.estimators where !names.contains(estimator.rawValue) { names.append(estimator.rawValue) }
        }
        return names
    }
}
