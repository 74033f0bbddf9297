import Charts
import Foundation

/// Date-axis and band fixtures.
extension ChartFixtures {
    /// A year of daily closes from 2019-07-29, a strike line, the expiry and an early exercise.
    static func datedPrice() -> Chart {
        var generator = SplitMix64(state: 7)
        var price = 240.0
        let days = (0...364).map(Double.init)
        let closes = days.map { _ -> Double in
            price *= exp(0.035 * generator.normal() - 0.0004)
            return price
        }
        // The put is exercised early at the path's low, deep below the strike.
        let exercise = closes.indices.min { closes[$0] < closes[$1] } ?? 0
        return Chart(
            title: "TSLA closes, Jul 2019 – Jul 2020",
            summary: "Daily closes with the strike, the expiry and the day the put was exercised.",
            xAxis: Axis(title: "Date", format: .date(originYear: 2019, originMonth: 7, originDay: 29)),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Share price (USD)", format: .currency),
                    series: [Series(name: "TSLA close", x: days, y: closes, colour: .black, lineWidth: 1.25)],
                    referenceLines: [ReferenceLine(y: 230, label: "Strike $230")],
                    verticalMarkers: [VerticalMarker(x: 364, label: "Expiry Jul 27", colour: .grey)],
                    pointMarkers: [
                        PointMarker(x: Double(exercise), y: closes[exercise], label: "Exercised", colour: .vermillion),
                    ]
                ),
            ],
            height: 340
        )
    }

    /// Cumulative hedge P&L across paths: median line, 25–75 % and 5–95 % bands, the daily
    /// residual of one path as bars and its cumulative value as a step line.
    static func bands() -> Chart {
        let days = (0...63).map(Double.init)
        let spread = days.map { 18 * $0.squareRoot() }
        let median = days.map { -0.6 * $0 }
        var generator = SplitMix64(state: 11)
        let residual = days.map { _ in 9 * generator.normal() }
        var cumulative: [Double] = []
        for value in residual { cumulative.append((cumulative.last ?? 0) + value) }
        return Chart(
            title: "Cumulative hedge P&L across paths",
            summary: "Median, interquartile and 5–95 % range of the cumulative P&L, with one path's residuals.",
            xAxis: Axis(title: "Trading day"),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Cumulative P&L (USD)", format: .currency, includes: [0]),
                    series: [
                        Series(name: "Median", x: days, y: median, colour: .blue),
                        Series(name: "Path 17", x: days, y: cumulative, colour: .black, style: .step, lineWidth: 1.25),
                    ],
                    bands: [
                        Band(name: "5–95% of paths", x: days, lower: zip(median, spread).map { $0 - 1.645 * $1 },
                             upper: zip(median, spread).map { $0 + 1.645 * $1 }, colour: .blue, opacity: 0.15),
                        Band(name: "25–75%", x: days, lower: zip(median, spread).map { $0 - 0.674 * $1 },
                             upper: zip(median, spread).map { $0 + 0.674 * $1 }, colour: .blue, opacity: 0.25),
                    ],
                    heightWeight: 1.6
                ),
                ChartPanel(
                    yAxis: Axis(title: "Residual (USD)", format: .currency, includes: [0]),
                    series: [Series(name: "Residual per step, path 17", x: days, y: residual, colour: .orange, style: .bars)],
                    bands: [Band(name: "±1 sd", x: days, lower: days.map { _ in -9 }, upper: days.map { _ in 9 },
                                 colour: .orange, opacity: 0.15, interpolation: .step)],
                    verticalMarkers: [VerticalMarker(x: 63, label: "")]
                ),
            ],
            height: 480
        )
    }
}
