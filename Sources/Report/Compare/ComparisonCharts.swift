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

    /// A chart's height for `runs` scenarios: `base` up to three, and one legend row's worth more
    /// for each scenario past three, so that a long legend does not squeeze the plot.
    static func height(_ base: Double, scenarios runs: Int) -> Double {
        base + 18 * Double(max(0, runs - 3))
    }

    /// Every chart the runs allow, with its caption and the page's id, each drawn full width and
    /// for a phone (``ReportFigure/narrow(_:)``, as the report's), the drawings side by side on
    /// the cores.
    static func figures(_ runs: [ComparedRun], _ comparison: Comparison) throws(ReportError) -> [FigureView] {
        var charts = [(id: String, chart: Chart, caption: String)]()
        if let distribution = distributions(runs, comparison) { charts.append(("compare-distribution", distribution.chart, distribution.caption)) }
        let calendar = calendarNote(runs)
        if let sweep = sweeps(runs) { charts.append(("compare-sweep", sweep.chart, sweep.caption + calendar)) }
        if let mismatch = mismatches(runs) { charts.append(("compare-mismatch", mismatch.chart, mismatch.caption + calendar)) }
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
                return FigureView(
                    id: entry.id, title: entry.chart.title, caption: entry.caption,
                    svg: try drawings[2 * index].get(), narrowSvg: try drawings[2 * index + 1].get()
                )
            } catch {
                throw ReportError(step: "plot", .stageFailed("the chart \(entry.id): \(error)"))
            }
        }
    }

    /// The final P&L over every scenario's paths of the hedge the key figures' table states for
    /// it, as densities over common bins: with traded options (`--hedge-with`) the hedge each
    /// scenario trades (``Comparison/tradedHedges(_:)``), otherwise the textbook hedge on its own
    /// rule (``ComparedRun/ownFinalPnL``). A scenario whose study keeps no such per-path figures
    /// is left out and named; no chart with fewer than two histograms.
    static func distributions(_ runs: [ComparedRun], _ comparison: Comparison) -> (chart: Chart, caption: String)? {
        let tradesOptions = runs.contains { !$0.scenario.hedge.tradedOptions.isEmpty }
        let traded = Comparison.tradedHedges(runs)
        let samples = tradesOptions ? traded.map { $0?.perPath } : runs.map(\.ownFinalPnL)
        let drawn = runs.indices.filter { samples[$0] != nil }
        let values = drawn.compactMap { samples[$0] }
        guard drawn.count >= 2, let low = values.compactMap({ $0.min() }).min(), let high = values.compactMap({ $0.max() }).max(), high > low else {
            return nil
        }
        let bins = 50, width = (high - low) / Double(bins)
        let edges = (0...bins).map { low + Double($0) * width }
        let histograms = drawn.map { i in
            var counts = [Int](repeating: 0, count: bins)
            for value in samples[i] ?? [] { counts[min(Int((value - low) / width), bins - 1)] += 1 }
            return Histogram(name: runs[i].name, binEdges: edges, counts: counts, colour: colour(i), opacity: 0.45, normalisation: .density)
        }
        let hedge = tradesOptions
            ? "the hedge each scenario trades (\(traded.map { $0?.name ?? "—" }.joined(separator: ", ")))"
            : "the textbook hedge"
        let stds = comparison.figures.first { $0.id == (tradesOptions ? "mc-hedge-std" : "mc-std") }?.values ?? []
        let described = drawn.map { i in
            "\(runs[i].name) std \(stds.indices.contains(i) ? stds[i].map { NumberFormat.money($0, decimals: 0) } ?? "—" : "—")"
        }
        let chart = Chart(
            title: "The final P&L over \(NumberFormat.number(Double(values[0].count), decimals: 0)) paths, each scenario",
            summary: "Overlaid histograms of the final P&L of \(hedge), one colour per scenario, on common bins.",
            xAxis: Axis(title: "Final hedging P&L (USD)", format: .currency),
            panels: [ChartPanel(yAxis: Axis(title: "Density (per USD)", includes: [0]), histograms: histograms)],
            height: height(340, scenarios: runs.count)
        )
        let base = runs[0]
        let others = drawn.filter { !runs[$0].hedgesSameMarket(as: base) }
        var caption = others.isEmpty
            ? "The final P&L of \(hedge) on the same paths, on the same bins (\(described.joined(separator: "; ")))"
            : "The final P&L of \(hedge), each on its own market (\(others.map { describeMarket(runs[$0], from: base) }.joined(separator: "; "))), "
                + "on the same bins (\(described.joined(separator: "; ")))"
        caption += ": the wider a histogram, the larger the hedging error."
        let left = runs.indices.filter { samples[$0] == nil }
        if !left.isEmpty {
            caption += " Not drawn: " + left.map { i in
                runs[i].studyHedgesOwnRule
                    ? "\(runs[i].name) (no per-path figures)"
                    : "\(runs[i].name), whose study hedges its paths on the calendar, not on its \(runs[i].scenario.hedge.rebalancing.name.rawValue) rule"
            }.joined(separator: "; ") + "."
        }
        return (chart, caption)
    }

    /// How `run`'s market differs from `base`'s, for a caption ("crash: another price window
    /// (2020-02-03 to 2020-03-31)"): ``ComparedRun/marketDifferences(from:)``, or the paths'
    /// grid when only the drawing differs.
    static func describeMarket(_ run: ComparedRun, from base: ComparedRun) -> String {
        let reasons = run.marketDifferences(from: base)
        return "\(run.name): \(reasons.isEmpty ? "paths drawn on another grid" : reasons.joined(separator: " and "))"
    }

    /// For the sweep's and the mismatch's captions, whose studies hedge on the calendar rule
    /// whatever the scenario's `--rebalance`: which scenarios' lines are not their own rule's
    /// (``ComparedRun/studyHedgesOwnRule``); empty when every scenario is on the calendar.
    static func calendarNote(_ runs: [ComparedRun]) -> String {
        let others = runs.filter { !$0.studyHedgesOwnRule && $0.analysis.monteCarlo != nil }
        guard !others.isEmpty else { return "" }
        let named = others.map { "\($0.name) (\($0.scenario.hedge.rebalancing.name.rawValue))" }.joined(separator: ", ")
        return " These studies hedge on the calendar rule: the \(others.count == 1 ? "line" : "lines") of \(named) "
            + "\(others.count == 1 ? "is its" : "are their") paths hedged on the calendar, not on \(others.count == 1 ? "its" : "their") own rule."
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
            height: height(340, scenarios: runs.count)
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
            // Unnamed: the top panel's legend names each colour once, so many scenarios leave
            // both plots their room.
            Series(name: "", x: run.analysis.simulation.textbook.map { $0.time * 365 }, y: run.analysis.simulation.textbook.map(\.sharesHeld), colour: colour(i), style: .step)
        }
        let shared = sharesShownPath(runs)
        let chart = Chart(
            title: "The shown path and the shares each hedge holds",
            summary: "Top: the share price along each scenario's shown path. Bottom: the shares the textbook hedge holds, in the same colours.",
            xAxis: Axis(title: "Days from the start"),
            panels: [
                ChartPanel(yAxis: Axis(title: "Share price (USD)", format: .currency), series: spots),
                ChartPanel(yAxis: Axis(title: "Shares held"), series: shares),
            ],
            height: height(420, scenarios: runs.count)
        )
        let caption: String
        if shared {
            // A coarser schedule reads the shared path at its own dates: worth saying only when one does.
            let schedulesDiffer = Set(runs.map(\.scenario.hedge.schedule.times)).count > 1
            caption = "Every scenario hedges the same shown path\(schedulesDiffer ? ", a coarser schedule reading it at its own dates" : "")"
                + "; below, the shares each hedge holds on it."
        } else if runs.allSatisfy(\.scenario.dynamics.pathModel.isObserved) {
            caption = "The scenarios hedge different observed price windows (\(runs.map { "\($0.name) \($0.priceWindow)" }.joined(separator: "; "))), "
                + "so each hedges its own market; below, the shares each hedge holds."
        } else {
            let differing = runs.dropFirst().filter { !$0.marketDifferences(from: runs[0]).isEmpty }.map { describeMarket($0, from: runs[0]) }
            let seeded = runs.allSatisfy { !$0.scenario.dynamics.pathModel.isObserved } ? ", drawn from the same seed," : ""
            caption = "The scenarios' shown paths\(seeded) differ (\(differing.isEmpty ? "other prices drawn" : differing.joined(separator: "; "))), "
                + "so each hedges its own market; below, the shares each hedge holds."
        }
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
