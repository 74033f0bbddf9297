import Analytics
import Charts
import Foundation
import Pricing

/// The report's charts with every scenario of a comparison overlaid, one colour per scenario
/// (the same in every chart), each caption computed from the numbers it shows.
enum ComparisonCharts {
    /// One colour per scenario, in order (Okabe–Ito), repeating past eight.
    static let colours: [ChartColour] = [.blue, .vermillion, .bluishGreen, .reddishPurple, .orange, .skyBlue, .black, .grey]

    static func colour(_ i: Int) -> ChartColour { colours[i % colours.count] }

    /// Every chart the runs allow, with its caption and the page's id, each drawn full width and
    /// for a phone (``ReportFigure/narrow(_:)``, as the report's), the drawings side by side on
    /// the cores.
    static func figures(_ runs: [ComparedRun], _ comparison: Comparison) throws(ReportError) -> [ComparePage.CompareFigure] {
        var charts = [(id: String, chart: Chart, caption: String)]()
        if let distribution = distributions(runs, comparison) { charts.append(("compare-distribution", distribution.chart, distribution.caption)) }
        if let sweep = sweeps(runs) { charts.append(("compare-sweep", sweep.chart, sweep.caption)) }
        if let mismatch = mismatches(runs) { charts.append(("compare-mismatch", mismatch.chart, mismatch.caption)) }
        if let frontier = ruleFrontiers(runs) { charts.append(("compare-rules", frontier.chart, frontier.caption)) }
        let path = paths(runs)
        charts.append(("compare-path", path.chart, path.caption))
        let drawn = charts
        let drawings = concurrentMap(2 * charts.count) { (index: Int) -> Result<String, ChartError> in
            let (id, chart, _) = drawn[index / 2]
            return Result { () throws(ChartError) -> String in
                index.isMultiple(of: 2)
                    ? try ChartRenderer.svg(chart, idPrefix: id)
                    : try ChartRenderer.svg(ReportFigure.narrow(chart), idPrefix: id + "-narrow")
            }
        }
        return try drawn.enumerated().map { (index: Int, entry: (id: String, chart: Chart, caption: String)) throws(ReportError) in
            do {
                return ComparePage.CompareFigure(
                    id: entry.id, title: entry.chart.title, caption: entry.caption,
                    svg: try drawings[2 * index].get(), narrowSvg: try drawings[2 * index + 1].get()
                )
            } catch {
                throw ReportError(step: "plot", .stageFailed("the chart \(entry.id): \(error)"))
            }
        }
    }

    /// The final P&L of every scenario's paths as densities over common bins.
    static func distributions(_ runs: [ComparedRun], _ comparison: Comparison) -> (chart: Chart, caption: String)? {
        let samples = runs.compactMap { $0.batch?.finalPnL }
        guard samples.count == runs.count, let low = samples.compactMap({ $0.min() }).min(), let high = samples.compactMap({ $0.max() }).max(), high > low else {
            return nil
        }
        let bins = 50, width = (high - low) / Double(bins)
        let edges = (0...bins).map { low + Double($0) * width }
        let histograms = samples.enumerated().map { i, values in
            var counts = [Int](repeating: 0, count: bins)
            for value in values { counts[min(Int((value - low) / width), bins - 1)] += 1 }
            return Histogram(name: runs[i].name, binEdges: edges, counts: counts, colour: colour(i), opacity: 0.45, normalisation: .density)
        }
        let stds = comparison.figures.first { $0.id == "mc-std" }?.values ?? []
        let described = runs.indices.map { i in
            "\(runs[i].name) std \(stds.indices.contains(i) ? stds[i].map { NumberFormat.money($0, decimals: 0) } ?? "—" : "—")"
        }
        let chart = Chart(
            title: "The final P&L over \(NumberFormat.number(Double(samples[0].count), decimals: 0)) paths, each scenario",
            summary: "Overlaid histograms of the textbook hedge's final P&L, one colour per scenario, on common bins.",
            xAxis: Axis(title: "Final hedging P&L (USD)", format: .currency),
            panels: [ChartPanel(yAxis: Axis(title: "Density (per USD)", includes: [0]), histograms: histograms)],
            height: 340
        )
        return (chart, "The same paths hedged each way, on the same bins (\(described.joined(separator: "; "))): the wider a histogram, the larger the hedging error.")
    }

    /// Each scenario's frequency sweep, std against N on logarithmic axes.
    static func sweeps(_ runs: [ComparedRun]) -> (chart: Chart, caption: String)? {
        let sweeps = runs.map { $0.analysis.monteCarlo?.sweep ?? [] }
        guard sweeps.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.std > 0 && $0.std.isFinite } }) else { return nil }
        let series = sweeps.enumerated().map { i, sweep in
            Series(name: runs[i].name, x: sweep.map { Double($0.rebalances) }, y: sweep.map(\.std), colour: colour(i), style: .line)
        }
        let slopes = runs.map { run in run.analysis.monteCarlo?.sweepFit.map { NumberFormat.number($0.slope, decimals: 2) } ?? "—" }
        let chart = Chart(
            title: "Hedging error against rebalancing frequency, each scenario",
            summary: "The std of the final P&L for each number of rebalances N, one line per scenario, on logarithmic axes.",
            xAxis: Axis(title: "Rebalances N", scale: .logarithmic),
            panels: [ChartPanel(yAxis: Axis(title: "Std of final P&L (USD)", format: .currency, scale: .logarithmic), series: series)],
            height: 340
        )
        let fitted = runs.indices.map { "\(runs[$0].name) \(slopes[$0])" }.joined(separator: ", ")
        return (chart, "Fitted slopes of log std against log N: \(fitted) (the 1/√N law is −0.50).")
    }

    /// The shown path and the textbook hedge's shares held, each scenario.
    static func paths(_ runs: [ComparedRun]) -> (chart: Chart, caption: String) {
        let spots = runs.enumerated().map { i, run in
            Series(name: run.name, x: run.analysis.simulation.textbook.map { $0.time * 365 }, y: run.analysis.simulation.textbook.map(\.spot), colour: colour(i), style: .line)
        }
        let shares = runs.enumerated().map { i, run in
            Series(name: run.name, x: run.analysis.simulation.textbook.map { $0.time * 365 }, y: run.analysis.simulation.textbook.map(\.sharesHeld), colour: colour(i), style: .step)
        }
        let shared = sharesShownPath(runs)
        let chart = Chart(
            title: "The shown path and the shares each hedge holds",
            summary: "Top: the share price along each scenario's shown path. Bottom: the shares the textbook hedge holds.",
            xAxis: Axis(title: "Days from the start"),
            panels: [
                ChartPanel(yAxis: Axis(title: "Share price (USD)", format: .currency), series: spots),
                ChartPanel(yAxis: Axis(title: "Shares held"), series: shares),
            ],
            height: 420
        )
        var reasons = [String]()
        for run in runs.dropFirst() {
            for reason in run.marketDifferences(from: runs[0]) where !reasons.contains(reason) { reasons.append(reason) }
        }
        let caption = shared
            ? "Every scenario hedges the same shown path, a coarser schedule reading it at its own dates; below, the shares each hedge holds on it."
            : "The scenarios' shown paths differ (\(reasons.isEmpty ? "other prices drawn" : reasons.joined(separator: ", ")) from the same seed), "
                + "so each hedges its own market; below, the shares each hedge holds."
        return (chart, caption)
    }

    /// True when every run's shown path is the longest one's read at that run's own dates (to
    /// 1e-9 of a year and of the price).
    static func sharesShownPath(_ runs: [ComparedRun]) -> Bool {
        let paths = runs.map(\.analysis.simulation.valuedPath.path)
        guard let finest = paths.max(by: { $0.times.count < $1.times.count }) else { return true }
        let key = { (time: Double) in Int64((time * 1e9).rounded()) }
        let spots = Dictionary(zip(finest.times.map(key), finest.spots), uniquingKeysWith: { first, _ in first })
        return paths.allSatisfy { path in
            zip(path.times, path.spots).allSatisfy { time, spot in spots[key(time)].map { abs($0 - spot) <= 1e-9 * max(abs(spot), 1) } ?? false }
        }
    }
}
