import Analytics
import Charts
import Simulation

extension ReportCharts {
    /// The cost–risk frontier of the rebalancing rules: each rule's standard deviation of the
    /// final P&L against its mean transaction costs, one point per rule and band, the bands
    /// joined in order of width so the trade of cost for risk reads as a curve.
    static func ruleFrontier(_ outcomes: [RuleOutcome]) -> Chart {
        let bands = outcomes.filter { $0.rule.bandShares != nil }.sorted { ($0.rule.bandShares ?? 0) < ($1.rule.bandShares ?? 0) }
        var series = [Series]()
        if !bands.isEmpty {
            series.append(Series(
                name: "Band rules, narrow to wide", x: bands.map(\.costs), y: bands.map(\.std), colour: BandRule.colour,
                style: bands.count > 1 ? .line : .points
            ))
        }
        let markers = outcomes.map { outcome in
            PointMarker(x: outcome.costs, y: outcome.std, label: RuleWords.label(outcome.rule), colour: RuleWords.colour(outcome.rule))
        }
        return Chart(
            title: "What each rule pays, and the risk it leaves",
            summary: "For each rebalancing rule over the same paths, the standard deviation of the textbook hedge's final P&L "
                + "against the mean transaction costs paid per path; the band rules are joined from the narrowest to the widest band.",
            xAxis: Axis(title: "Mean transaction costs per path (USD)", format: .currency),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Std of final P&L (USD)", format: .currency),
                    series: series,
                    pointMarkers: markers
                ),
            ],
            height: 360
        )
    }
}
