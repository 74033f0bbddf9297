import Analytics
import Charts
import Foundation

extension ReportCharts {
    /// Each path model's final P&L sorted from the worst path to the best (its quantile
    /// function at every percent), GBM, Merton and Heston on one axis, the 5% quantile marked.
    static func models(_ comparison: PathModelComparison) -> Chart {
        let share = (0...100).map { Double($0) / 100 }
        let series = comparison.rows.map { row in
            Series(name: PathModelWords.label(row.model), x: share, y: row.percentiles, colour: PathModelWords.colour(row.model))
        }
        return Chart(
            title: "The hedge's final P&L under three path models, \(NumberFormat.number(Double(comparison.paths), decimals: 0)) paths each",
            summary: "The textbook hedge's final P&L under GBM, Merton's jump diffusion and Heston's stochastic variance at the same "
                + "total variance, each sorted from the worst path to the best, with the 5% quantile marked.",
            xAxis: Axis(title: "Share of paths at or below (worst first)", format: .percent),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Final hedging P&L (USD)", format: .currency, includes: [0]),
                    series: series,
                    verticalMarkers: [VerticalMarker(x: 0.05, label: "5%")]
                ),
            ],
            height: 340
        )
    }
}
