import Charts
import Foundation

/// Charts shared by the tests, built from deterministic formulas rather than random draws.
enum ChartFixtures {
    /// Days 0…60 of a wandering price near the 260 strike, and a hedge's daily and cumulative
    /// P&L: the two-panel chart the report draws.
    static func hedge(width: Double = 760, height: Double = 420) -> Chart {
        let days = (0...60).map(Double.init)
        let price = days.map { (day: Double) -> Double in
            261.49 + 14 * sin(day / 7) - 0.25 * day + 5 * sin(day * 1.7)
        }
        let daily = days.map { (day: Double) -> Double in
            6 * sin(day * 2.3) + 2.5 * cos(day * 0.9) - 0.4
        }
        var cumulative: [Double] = []
        for value in daily { cumulative.append((cumulative.last ?? 0) + value) }
        return Chart(
            title: "Share price & hedge P&L",
            summary: "TSLA closes over 60 days <with> the strike at $260, and the hedge's daily P&L.",
            xAxis: Axis(title: "Trading day", format: .number),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Share price (USD)", format: .currency),
                    series: [Series(name: "TSLA close", x: days, y: price, colour: .blue)],
                    referenceLines: [ReferenceLine(y: 260, label: "Strike $260")],
                    heightWeight: 1.4
                ),
                ChartPanel(
                    yAxis: Axis(title: "P&L (USD)", format: .currency, includes: [0]),
                    series: [
                        Series(name: "Daily residual", x: days, y: daily, colour: .vermillion, style: .bars),
                        Series(name: "Cumulative residual", x: days, y: cumulative, colour: .black),
                    ]
                ),
            ],
            width: width,
            height: height
        )
    }

    /// One panel with every series style, long tick labels and a wrapping legend.
    static func everyStyle() -> Chart {
        let x = (0..<12).map { Double($0) * 0.5 }
        return Chart(
            title: "Every style",
            summary: "Lines, dashes, steps, bars and points.",
            xAxis: Axis(title: "Time to expiry (years)", format: .number),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Value (USD)", format: .currency),
                    series: [
                        Series(name: "Line", x: x, y: x.map { 1_250.5 * sin($0) }, colour: .blue),
                        Series(name: "Dashed line with a long name", x: x, y: x.map { 900 * cos($0) },
                               colour: .orange, style: .dashedLine),
                        Series(name: "Step", x: x, y: x.map { ($0 * 300).rounded() - 600 },
                               colour: .bluishGreen, style: .step),
                        Series(name: "Bars", x: x, y: x.map { 400 * sin($0 * 2) }, colour: .skyBlue, style: .bars),
                        Series(name: "Points", x: x, y: x.map { -1_250.5 + 100 * $0 }, colour: .reddishPurple,
                               style: .points),
                    ],
                    referenceLines: [ReferenceLine(y: 0, label: "Break-even")]
                ),
            ],
            width: 420,
            height: 300
        )
    }
}

extension ChartFixtures {
    /// A line far thicker than the padding, so Cairo must clip it and emit clip-path ids.
    static func overflowing() -> Chart {
        Chart(
            title: "Overflow",
            summary: "A line too thick for its panel.",
            xAxis: Axis(title: "x"),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "y"),
                    series: [Series(name: "Thick", x: [0, 1, 2], y: [0, 1, 0], colour: .orange, lineWidth: 40)]
                ),
            ],
            width: 300,
            height: 200
        )
    }
}
