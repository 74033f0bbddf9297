import Charts
import Foundation

/// SplitMix64 (Steele, Lea & Flood, 2014): a seeded generator, so fixtures are the same on
/// every run and machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw by Box–Muller.
    mutating func normal() -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let v = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}

/// The chart kinds of the report's next version, from seeded draws and closed forms.
extension ChartFixtures {
    /// Hedge P&L of 10,000 paths, slightly fat-tailed, in USD.
    static func profitAndLoss(count: Int = 10_000) -> [Double] {
        var generator = SplitMix64(state: 2_024)
        return (0..<count).map { _ in
            let scale = Double.random(in: 0..<1, using: &generator) < 0.1 ? 260.0 : 110
            return -15 + scale * generator.normal()
        }
    }

    /// A density histogram of `profitAndLoss()` with a fitted normal and mean, quantile and
    /// expected-shortfall markers.
    static func histogram() throws -> Chart {
        let values = profitAndLoss()
        let sorted = values.sorted()
        let mean = values.reduce(0, +) / Double(values.count)
        let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
        let q05 = sorted[499], q50 = sorted[4_999], q95 = sorted[9_499]
        let shortfall = sorted[..<500].reduce(0, +) / 500
        let histogram = try Histogram(
            name: "Hedge P&L, 10,000 paths", values: values, colour: .skyBlue, normalisation: .density
        )
        let edges = histogram.binEdges
        let x = stride(from: edges[0], through: edges[edges.count - 1], by: 5).map { $0 }
        let pdf = x.map { exp(-0.5 * pow(($0 - mean) / sd, 2)) / (sd * (2 * .pi).squareRoot()) }
        func money(_ value: Double) -> String {
            TickFormat.currency.label(value.rounded(), step: 1)
        }
        return Chart(
            title: "Distribution of the hedge's P&L",
            summary: "Histogram of the delta hedge's P&L over 10,000 simulated paths with a fitted normal density.",
            xAxis: Axis(title: "Hedge P&L at expiry (USD)", format: .currency),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Density (per USD)", format: .number),
                    series: [Series(name: "Normal fit", x: x, y: pdf, colour: .black, lineWidth: 1.5)],
                    histograms: [histogram],
                    verticalMarkers: [
                        VerticalMarker(x: shortfall, label: "ES 5% \(money(shortfall))", colour: .vermillion, style: .dotted),
                        VerticalMarker(x: q05, label: "5% \(money(q05))", colour: .vermillion),
                        VerticalMarker(x: mean, label: "Mean \(money(mean))", colour: .black, style: .solid),
                        VerticalMarker(x: q50, label: "Median \(money(q50))", colour: .grey),
                        VerticalMarker(x: q95, label: "95% \(money(q95))", colour: .blue),
                    ]
                ),
            ],
            height: 360
        )
    }

    /// Hedge-error standard deviation against rebalances per option life, log–log, with the
    /// N^(−½) law through the first point.
    static func logLog() -> Chart {
        let rebalances: [Double] = [1, 2, 5, 10, 21, 42, 84, 168]
        let noise: [Double] = [1.04, 0.97, 1.02, 0.95, 1.06, 0.99, 1.03, 0.98]
        let std = zip(rebalances, noise).map { 820 / $0.squareRoot() * $1 }
        let law = [0.8, 200].map { Point(x: $0, y: std[0] / $0.squareRoot()) }
        return Chart(
            title: "Hedge error against rebalancing frequency",
            summary: "Standard deviation of the hedge error falls like one over the square root of the rebalances.",
            xAxis: Axis(title: "Rebalances over the option's life (N)", scale: .logarithmic),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Std of hedge error (USD)", format: .currency, scale: .logarithmic),
                    series: [
                        Series(name: "Slope −½ (σ ∝ 1/√N)", points: law, colour: .grey, style: .dashedLine, lineWidth: 1.25),
                        Series(name: "Simulated, 10,000 paths each", x: rebalances, y: std, colour: .blue, style: .points),
                    ]
                ),
            ],
            width: 560,
            height: 380
        )
    }
}
