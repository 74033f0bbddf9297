import Foundation
import Testing
@testable import Charts

/// The mantissa of `value` in 1..<10, to within rounding.
private func mantissa(_ value: Double) -> Double {
    let scaled = value / pow(10, log10(value).rounded(.down))
    return abs(scaled - scaled.rounded()) < 1e-9 ? scaled.rounded() : scaled
}

@Test func threeToThreeHundredGetsOneTwoFiveTicksThroughTenAndAHundred() throws {
    let range = LogTicks.range(covering: [3, 300], padding: 0.05)
    let ticks = try #require(LogTicks.candidates(
        lower: range.lower, upper: range.upper, format: .number, minor: true, maximumCount: 8
    ).first)
    #expect(ticks.isLogarithmic)
    #expect(ticks.ticks.contains(10) && ticks.ticks.contains(100))
    #expect(ticks.ticks.allSatisfy { [1, 2, 5].contains(mantissa($0)) }, "\(ticks.ticks)")
    #expect(ticks.labels == ["5", "10", "20", "50", "100", "200"])
    #expect(ticks.minorTicks.allSatisfy { [3, 4, 6, 7, 8, 9].contains(mantissa($0)) }, "\(ticks.minorTicks)")
    #expect(ticks.minorTicks.contains(30) && ticks.minorTicks.contains(4))
}

@Test func manyDecadesGetPowersOfTenOnly() throws {
    let ticks = try #require(LogTicks.candidates(
        lower: 0.001, upper: 1_000_000, format: .number, minor: true, maximumCount: 12
    ).first)
    #expect(ticks.ticks == [0.001, 0.01, 0.1, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000])
    #expect(ticks.labels.first == "0.001" && ticks.labels.last == "1,000,000")
    let sparse = try #require(LogTicks.candidates(
        lower: 0.001, upper: 1_000_000, format: .number, minor: true, maximumCount: 5
    ).first)
    #expect(sparse.ticks == [0.01, 1, 100, 10_000, 1_000_000])
    #expect(sparse.minorTicks == [0.001, 0.1, 10, 1_000, 100_000])
}

@Test func minorTicksCanBeTurnedOff() throws {
    let ticks = try #require(LogTicks.candidates(lower: 3, upper: 300, format: .number, minor: false, maximumCount: 8).first)
    #expect(ticks.minorTicks.isEmpty)
}

@Test func aRangeWithinADecadeStillGetsTwoTicks() throws {
    let narrow = try #require(LogTicks.candidates(lower: 30, upper: 80, format: .number, minor: true, maximumCount: 6).first)
    #expect(narrow.ticks == [30, 40, 50, 60, 70, 80])
    let tiny = try #require(LogTicks.candidates(lower: 52, upper: 58, format: .number, minor: true, maximumCount: 6).first)
    #expect(tiny.ticks.count >= 2 && tiny.ticks.allSatisfy { (52...58).contains($0) })
}

@Test func currencyAndPercentLabelsKeepJustTheirOwnDecimals() throws {
    let money = try #require(LogTicks.candidates(lower: 0.004, upper: 2_000, format: .currency, minor: true, maximumCount: 8).first)
    #expect(money.labels == ["$0.01", "$0.1", "$1", "$10", "$100", "$1,000"])
    let share = try #require(LogTicks.candidates(lower: 0.0004, upper: 0.6, format: .percent, minor: true, maximumCount: 8).first)
    #expect(share.labels == ["0.1%", "1%", "10%"])
}

@Test func equalRatiosTakeEqualLengths() {
    let ticks = TickSet(logarithmicFrom: 1, to: 1_000, ticks: [1, 10, 100, 1_000], minorTicks: [], format: .number)
    let map = AxisMap(ticks: ticks, start: 0, end: 300)
    #expect(abs(map(10) - 100) < 1e-9 && abs(map(100) - 200) < 1e-9)
    #expect(abs((map(20) - map(10)) - (map(200) - map(100))) < 1e-9)
}

@Test func logLogScatterRendersWithBothAxesLogarithmic() throws {
    let chart = ChartFixtures.logLog()
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let layout = try ChartLayout(chart: chart, canvas: canvas)
    #expect(layout.xTicks.labels == ["1", "2", "5", "10", "20", "50", "100", "200"])
    #expect(layout.panels[0].yTicks.labels == ["$100", "$200", "$500", "$1,000"])
    let document = try #require(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "loglog")))
    #expect(document.ids.count == Set(document.ids).count)
}

@Test func nonPositiveValueOnALogAxisThrowsNamingTheSeries() {
    var chart = ChartFixtures.logLog()
    chart.panels[0].series[1].points[3].y = 0
    #expect {
        try ChartRenderer.svg(chart, idPrefix: "a")
    } throws: { error in
        let error = error as? ChartError
        return error?.reason == .nonPositiveOnLogarithmicAxis(
            owner: "series 'Simulated, 10,000 paths each'", index: 3, value: 0, axis: "Std of hedge error (USD)"
        ) && error?.description.contains("series 'Simulated, 10,000 paths each' has 0.0 at index 3") == true
    }
}

@Test func nonPositiveXOnALogAxisThrowsForBandsAndHistogramsToo() {
    var chart = ChartFixtures.logLog()
    chart.panels[0].bands = [Band(name: "Range", x: [-1, 2], lower: [1, 1], upper: [2, 2], colour: .blue)]
    #expect(throws: ChartError(
        chartTitle: chart.title,
        reason: .nonPositiveOnLogarithmicAxis(owner: "band 'Range'", index: 0, value: -1, axis: chart.xAxis.title)
    )) { try ChartRenderer.png(chart) }
    chart.panels[0].bands = []
    chart.panels[0].histograms = [Histogram(name: "Paths", binEdges: [0, 1, 2], counts: [3, 4], colour: .orange)]
    #expect(throws: ChartError(
        chartTitle: chart.title,
        reason: .nonPositiveOnLogarithmicAxis(owner: "histogram 'Paths'", index: 0, value: 0, axis: chart.xAxis.title)
    )) { try ChartRenderer.png(chart) }
}

@Test func emptyBinsAreAllowedOnALogCountAxis() throws {
    let chart = Chart(
        title: "Log counts", summary: "", xAxis: Axis(title: "P&L (USD)", format: .currency),
        panels: [ChartPanel(
            yAxis: Axis(title: "Paths", scale: .logarithmic),
            histograms: [Histogram(name: "Paths", binEdges: [0, 10, 20, 30], counts: [5, 0, 500], colour: .orange)]
        )],
        width: 400, height: 240
    )
    #expect(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "h")) != nil)
}
