import Analytics
import Foundation
import Simulation

extension Comparison {
    /// The final P&L of the hedge each scenario trades, per path: its most complete hedge with
    /// traded options (the last of ``MonteCarloReport/hedgeComparison``) when it has
    /// `--hedge-with`, its textbook hedge in shares on its own rule otherwise
    /// (``ComparedRun/ownTextbookOutcome``); with that hedge's name, the mean and std its report
    /// states, and their own standard errors.
    struct TradedHedge {
        var name: String
        /// Every path's final P&L, USD; nil for a rule other than the calendar, whose per-path
        /// figures the study does not keep.
        var perPath: [Double]?
        var mean: Double
        var std: Double
        var meanError: Double
        var stdError: Double
    }

    /// Each run's ``TradedHedge``, nil where its study kept no figures of it.
    static func tradedHedges(_ runs: [ComparedRun]) -> [TradedHedge?] {
        runs.map { run in
            guard let study = run.analysis.monteCarlo, let batch = run.batch else { return nil }
            if let point = study.hedgeComparison?.last, let perPath = batch.optionHedgeFinalPnL.last {
                return TradedHedge(
                    name: point.hedge, perPath: perPath, mean: point.mean, std: point.std,
                    meanError: point.meanStandardError, stdError: point.stdStandardError
                )
            }
            return run.ownTextbookOutcome.map { outcome in
                TradedHedge(
                    name: OptionHedgeKind.shares.rawValue, perPath: run.ownFinalPnL, mean: outcome.mean, std: outcome.std,
                    meanError: outcome.meanError, stdError: outcome.stdError
                )
            }
        }
    }

    /// When a scenario hedges with traded options (`--hedge-with`), the mean and std of the final
    /// P&L of the hedge each scenario trades, side by side, each difference paired over the same
    /// paths: the figure a comparison of hedges is about (the rows above are the textbook hedge
    /// in shares, which `--hedge-with` leaves as it is). None otherwise.
    static func hedgeFigures(_ runs: [ComparedRun]) -> [Figure] {
        guard runs.contains(where: { !$0.scenario.hedge.tradedOptions.isEmpty }) else { return [] }
        let hedges = tradedHedges(runs)
        let names = hedges.map { $0?.name ?? "—" }
        let unit = "USD"
        func figure(_ id: String, _ what: String, value: (TradedHedge) -> Double, error: (TradedHedge) -> Double,
                    pair: ([Double], [Double]) -> PairedDifference) -> Figure {
            let values = hedges.map { $0.map(value) }
            return Figure(
                id: id, label: "\(what) of the final P&L of the hedge each scenario trades (\(names.joined(separator: ", ")))", unit: unit,
                values: values, standardErrors: hedges.map { $0.map(error) },
                differences: differences(values) { i, d in
                    guard let a = hedges[0]?.perPath, let b = hedges[i]?.perPath, a.count == b.count, !a.isEmpty else {
                        return unpairedDifference(d, hedges[0].map(error), hedges[i].map(error))
                    }
                    var difference = pair(a, b)
                    difference.value = d
                    return difference
                }
            )
        }
        return [
            figure("mc-hedge-mean", "mean", value: \.mean, error: \.meanError, pair: PairedStatistics.mean),
            figure("mc-hedge-std", "std", value: \.std, error: \.stdError, pair: PairedStatistics.standardDeviation),
        ]
    }
}
