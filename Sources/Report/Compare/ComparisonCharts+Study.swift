import Analytics
import Charts
import Foundation
import Simulation

extension ComparisonCharts {
    /// The volatility-mismatch lines of every scenario that has one (hedged at the implied
    /// volatility while the paths realize another), mean final P&L against the realized
    /// volatility, with each scenario's first-order theory dashed in its colour; nil unless two
    /// scenarios have a line.
    static func mismatches(_ runs: [ComparedRun]) -> (chart: Chart, caption: String)? {
        let lines = runs.map { $0.analysis.monteCarlo?.volatilityMismatch ?? [] }
        let drawn = lines.indices.filter { lines[$0].count > 1 }
        guard drawn.count >= 2 else { return nil }
        var series = [Series]()
        // A theory line that an earlier scenario already drew (the first-order theory does not
        // see costs or rules) is drawn once, in grey, named for every scenario it belongs to.
        var theories = [(x: [Double], y: [Double], names: [String], index: Int)]()
        for i in drawn {
            let theory = lines[i].filter { $0.theory != nil }
            guard theory.count > 1 else { continue }
            let x = theory.map(\.realizedVolatility), y = theory.compactMap(\.theory)
            if let same = theories.firstIndex(where: { $0.x == x && $0.y == y }) {
                theories[same].names.append(runs[i].name)
            } else {
                theories.append((x, y, [runs[i].name], i))
            }
        }
        for theory in theories {
            series.append(Series(
                name: "\(theory.names.joined(separator: ", ")), theory", x: theory.x, y: theory.y,
                colour: theory.names.count > 1 ? .grey : colour(theory.index), style: .dashedLine
            ))
        }
        for i in drawn {
            series.append(Series(name: runs[i].name, x: lines[i].map(\.realizedVolatility), y: lines[i].map(\.mean), colour: colour(i), style: .line))
        }
        let implied = Set(drawn.map { runs[$0].scenario.market.volatility }).sorted()
        let chart = Chart(
            title: "Hedging at the implied volatility while the share moves with another, each scenario",
            summary: "The mean final P&L of the textbook hedge for each realized volatility, one solid line per scenario, "
                + "its first-order theory dashed in the same colour where it could be computed (once, in grey, where scenarios share it).",
            xAxis: Axis(title: "Realized volatility (per √year)", format: .percent, includes: implied),
            panels: [ChartPanel(
                yAxis: Axis(title: "Mean final P&L (USD)", format: .currency, includes: [0]), series: series,
                referenceLines: [ReferenceLine(y: 0, label: "")],
                verticalMarkers: implied.map { VerticalMarker(x: $0, label: "Implied \(NumberFormat.percent($0, decimals: 1))") }
            )],
            height: height(340, scenarios: runs.count)
        )
        return (chart, mismatchCaption(runs, lines, drawn))
    }

    /// Each line's ends, and how far the scenarios' means lie from the baseline's at the
    /// volatilities both were run at, against the baseline line's own range.
    static func mismatchCaption(_ runs: [ComparedRun], _ lines: [[MonteCarloReport.MismatchPoint]], _ drawn: [Int]) -> String {
        func percent(_ v: Double) -> String { NumberFormat.percent(v, decimals: 0) }
        let ends = drawn.map { i in
            let line = lines[i]
            return "\(runs[i].name) from \(NumberFormat.signedMoney(line[0].mean, decimals: 0)) at \(percent(line[0].realizedVolatility)) "
                + "to \(NumberFormat.signedMoney(line[line.count - 1].mean, decimals: 0)) at \(percent(line[line.count - 1].realizedVolatility))"
        }
        var caption = "Mean final P&L, hedged at the implied volatility, as the share realizes each volatility: \(ends.joined(separator: "; "))."
        let base = drawn[0]
        let baseMeans = lines[base].map(\.mean)
        var gaps = [(gap: Double, error: Double)]()
        for i in drawn.dropFirst() {
            for point in lines[i] {
                guard let match = lines[base].first(where: { abs($0.realizedVolatility - point.realizedVolatility) < 1e-9 }) else { continue }
                gaps.append((abs(point.mean - match.mean), (point.meanStandardError * point.meanStandardError + match.meanStandardError * match.meanStandardError).squareRoot()))
            }
        }
        if let widest = gaps.max(by: { $0.gap < $1.gap }), widest.gap < 0.005, let low = baseMeans.min(), let high = baseMeans.max() {
            // Lines that agree to the cent: a gap of "$0 ± $21" would read as a measurement.
            caption += " At the volatilities every scenario ran, the means are \(runs[base].name)'s to the cent, while "
                + "\(runs[base].name)'s own line spans \(NumberFormat.money(high - low, decimals: 0)): what the scenarios vary does not move these means."
        } else if let widest = gaps.max(by: { $0.gap < $1.gap }), let low = baseMeans.min(), let high = baseMeans.max() {
            caption += " At the volatilities every scenario ran, the means lie at most \(NumberFormat.money(widest.gap, decimals: 0)) from "
                + "\(runs[base].name)'s (± \(NumberFormat.money(widest.error, decimals: 0)), unpaired), while "
                + "\(runs[base].name)'s own line spans \(NumberFormat.money(high - low, decimals: 0)): "
            if gaps.allSatisfy({ $0.gap <= 2 * $0.error }) {
                caption += "no line is told apart from \(runs[base].name)'s by more than 2 standard errors."
            } else if widest.gap < 0.1 * (high - low) {
                caption += "the volatility that comes true moves the mean far more than what the scenarios vary."
            } else {
                caption += "what the scenarios vary moves the line by a tenth of its range or more."
            }
        } else {
            caption += " The scenarios were run at different volatilities, so their means are not compared point by point."
        }
        return caption
    }

    /// Every scenario's rules over its paths, the standard deviation of the final P&L against
    /// the mean transaction costs: each scenario's band rules joined from the narrowest band to
    /// the widest in its colour, its calendar, Whalley–Wilmott and Leland points labelled; nil
    /// unless two scenarios compared rules (a run with costs on one option).
    static func ruleFrontiers(_ runs: [ComparedRun]) -> (chart: Chart, caption: String)? {
        let outcomes = runs.map { $0.analysis.monteCarlo?.rules ?? [] }
        let drawn = outcomes.indices.filter { !outcomes[$0].isEmpty }
        guard drawn.count >= 2 else { return nil }
        var series = [Series]()
        var markers = [PointMarker]()
        for i in drawn {
            let bands = outcomes[i].filter { $0.rule.bandShares != nil }.sorted { ($0.rule.bandShares ?? 0) < ($1.rule.bandShares ?? 0) }
            if !bands.isEmpty {
                series.append(Series(
                    name: "\(runs[i].name): bands, narrow to wide", x: bands.map(\.costs), y: bands.map(\.std), colour: colour(i),
                    style: bands.count > 1 ? .line : .points
                ))
            }
            for outcome in outcomes[i] where outcome.rule.bandShares == nil {
                markers.append(PointMarker(x: outcome.costs, y: outcome.std, label: RuleWords.label(outcome.rule), colour: colour(i)))
            }
        }
        let chart = Chart(
            title: "What each rule pays, and the risk it leaves, each scenario",
            summary: "For each rebalancing rule over the same paths, the standard deviation of the textbook hedge's final P&L against "
                + "the mean transaction costs paid per path, one colour per scenario; each scenario's band rules are joined from the "
                + "narrowest band to the widest.",
            xAxis: Axis(title: "Mean transaction costs per path (USD)", format: .currency, includes: [0]),
            panels: [ChartPanel(yAxis: Axis(title: "Std of final P&L (USD)", format: .currency), series: series, pointMarkers: markers)],
            height: height(380, scenarios: runs.count)
        )
        return (chart, ruleCaption(runs, outcomes, drawn))
    }

    /// What the calendar rule and the cheapest rule pay and leave in each scenario, and the
    /// calendar rule's costs against the baseline's.
    static func ruleCaption(_ runs: [ComparedRun], _ outcomes: [[RuleOutcome]], _ drawn: [Int]) -> String {
        let parts = drawn.map { i -> String in
            let rules = outcomes[i]
            var text = runs[i].name + ": "
            if let calendar = rules.first(where: \.rule.isCalendar) {
                text += "calendar pays \(NumberFormat.money(calendar.costs, decimals: 0)) for a std of \(NumberFormat.money(calendar.std, decimals: 0))"
            }
            if let cheapest = rules.min(by: { $0.costs < $1.costs }), !cheapest.rule.isCalendar {
                text += ", the cheapest rule (\(RuleWords.label(cheapest.rule))) \(NumberFormat.money(cheapest.costs, decimals: 0)) "
                    + "for \(NumberFormat.money(cheapest.std, decimals: 0))"
            }
            return text
        }
        var caption = "Further left paid less, lower left less risk. " + parts.joined(separator: "; ") + "."
        let calendarCosts = drawn.map { i in outcomes[i].first(where: \.rule.isCalendar)?.costs }
        if let base = calendarCosts[0], base > 0 {
            let ratios = zip(drawn, calendarCosts).dropFirst().compactMap { i, costs in
                costs.map { "\(NumberFormat.number($0 / base, decimals: 2))× in \(runs[i].name)" }
            }
            if !ratios.isEmpty {
                caption += " The calendar rule's costs are \(ratios.joined(separator: ", ")), against \(runs[drawn[0]].name)'s."
            }
        }
        return caption
    }
}
