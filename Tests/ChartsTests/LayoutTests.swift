import Testing
@testable import Charts

private func layout(_ chart: Chart) throws -> (ChartLayout, CairoCanvas) {
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    return (try ChartLayout(chart: chart, canvas: canvas), canvas)
}

private func longLegendChart() -> Chart {
    var chart = ChartFixtures.hedge(width: 340, height: 320)
    chart.panels[1].series[1].name = "Cumulative residual P&L of the delta hedge, marked to model"
    return chart
}

@Test(arguments: [ChartFixtures.hedge(), ChartFixtures.everyStyle(), longLegendChart()])
func legendsSitBetweenPanelsAndNeverOverData(chart: Chart) throws {
    let (layout, _) = try layout(chart)
    var floor = 0.0
    for panel in layout.panels {
        let legendTop = panel.plot.minY - Theme.legendGap - panel.legend.height
        #expect(legendTop >= floor + Theme.padding - 1e-9)
        #expect(panel.plot.minX >= 0 && panel.plot.maxX <= chart.width)
        for entry in panel.legend.entries {
            #expect(entry.x >= 0 && entry.x <= panel.plot.width)
        }
        floor = panel.plot.maxY
    }
    #expect(floor <= chart.height)
}

/// A name too long for its row is broken between words onto the rows below, every word kept
/// and every line within the plot's width; the legend grows by those rows.
@Test func longLegendNamesWrapBetweenWordsAndKeepEveryWord() throws {
    let chart = longLegendChart()
    let (layout, canvas) = try layout(chart)
    let legend = layout.panels[1].legend
    let last = try #require(legend.entries.last)
    #expect(last.lines.count >= 2)
    #expect(last.name == chart.panels[1].series[1].name)
    #expect(!last.name.contains("…"))
    #expect(legend.rowCount == last.row + last.lines.count)
    for line in last.lines {
        let width = last.item.swatch.width + Theme.legendSwatchGap + canvas.width(of: line, in: Theme.legendFont)
        #expect(width <= layout.panels[1].plot.width)
    }
}

/// Only a single word wider than a row is cut short with an ellipsis.
@Test func aWordWiderThanTheRowIsCutWithAnEllipsis() throws {
    var chart = ChartFixtures.hedge(width: 340, height: 320)
    chart.panels[1].series[1].name = "Residual " + String(repeating: "x", count: 80)
    let (layout, canvas) = try layout(chart)
    let last = try #require(layout.panels[1].legend.entries.last)
    #expect(last.lines.first == "Residual" && last.lines.last?.hasSuffix("…") == true)
    let width = last.item.swatch.width + Theme.legendSwatchGap + canvas.width(of: last.lines.last!, in: Theme.legendFont)
    #expect(width <= layout.panels[1].plot.width)
}

@Test func widestTickLabelNeverReachesTheAxisTitle() throws {
    let x = (0..<5).map(Double.init)
    let chart = Chart(
        title: "Wide labels", summary: "", xAxis: Axis(title: "Day"),
        panels: [
            ChartPanel(
                yAxis: Axis(title: "P&L (USD)", format: .currency),
                series: [
                    Series(name: "P&L", x: x, y: [-1_250.5, -1_250.25, -1_250.75, -1_250, -1_251], colour: .blue),
                ]
            ),
        ],
        width: 400, height: 240
    )
    let (layout, canvas) = try layout(chart)
    let labels = layout.panels[0].yTicks.labels
    #expect(labels.contains("\u{2212}$1,250.5"))
    let widest = labels.map { canvas.width(of: $0, in: Theme.tickFont) }
    let title = canvas.lineMetrics(of: Theme.titleFont)
    let titleRight = Theme.padding + title.ascent + title.descent
    let labelsLeft = layout.panels[0].plot.minX - Theme.tickLength - Theme.tickLabelGap - 1 - (widest.max() ?? 0)
    #expect(labelsLeft >= titleRight + Theme.titleGap - 1)
}

@Test func xTickLabelsNeverCollide() throws {
    let x = [0, 2_500_000.0]
    let chart = Chart(
        title: "Crowded x", summary: "", xAxis: Axis(title: "Notional (USD)", format: .currency),
        panels: [ChartPanel(yAxis: Axis(title: "y"), series: [Series(name: "s", x: x, y: [0, 1], colour: .blue)])],
        width: 200, height: 160
    )
    let (layout, canvas) = try layout(chart)
    let ticks = layout.xTicks
    let labels = zip(ticks.ticks, ticks.labels).map { tick, text in
        (x: layout.x(tick), width: canvas.width(of: text, in: Theme.tickFont))
    }
    #expect(labels.count >= 2)
    for (left, right) in zip(labels, labels.dropFirst()) {
        #expect(right.x - left.x >= (left.width + right.width) / 2)
    }
    #expect((labels.last.map { $0.x + $0.width / 2 } ?? 0) <= chart.width)
}

/// Where wrapping would squeeze a plot below 70% of its height with one row per name, every
/// name is cut to one row instead, and the chart is still drawn.
@Test func legendsStayOnOneRowWhereWrappingWouldSqueezeThePlot() throws {
    var chart = ChartFixtures.hedge(width: 340, height: 280)
    for index in chart.panels[1].series.indices {
        chart.panels[1].series[index].name = "Scenario \(index): cumulative residual P&L of the delta hedge, marked to the model"
    }
    let (layout, _) = try layout(chart)
    let entries = layout.panels[1].legend.entries
    #expect(entries.allSatisfy { $0.lines.count == 1 })
    #expect(entries.contains { $0.name.hasSuffix("…") })
}
