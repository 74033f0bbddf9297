import Foundation
import Testing
@testable import Charts

private typealias Obstacle = PointLabelPlacement.Obstacle

/// A price path that runs along the strike over the last third of the chart, where the strike's
/// label sits by default, and stays well above it before.
private func strikeChart(label: String = "Strike $260.00") -> Chart {
    let days = (0...60).map(Double.init)
    let price = days.map { (day: Double) -> Double in
        day < 40 ? 280 + 3 * sin(day) : 260 + 1.5 * sin(day * 2)
    }
    return Chart(
        title: "Price", summary: "A path along the strike at the end.",
        xAxis: Axis(title: "Day", format: .number),
        panels: [
            ChartPanel(
                yAxis: Axis(title: "USD", format: .currency, includes: [240]),
                series: [Series(name: "Price", x: days, y: price, colour: .black)],
                referenceLines: [ReferenceLine(y: 260, label: label)]
            ),
        ],
        width: 640, height: 320
    )
}

private func crossings(_ box: PlotRect, _ obstacles: [Obstacle]) -> Double {
    obstacles.filter { $0.rect.intersects(box) }.reduce(0) { $0 + $1.weight }
}

@Test func seriesCrossingTheStrikeLabelMovesItOffTheLine() throws {
    let chart = strikeChart()
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let layout = try ChartLayout(chart: chart, canvas: canvas)
    let painter = ChartPainter(chart: chart, layout: layout, canvas: canvas)
    let placed = layout.panels[0]
    let line = chart.panels[0].referenceLines[0]
    let data = painter.dataObstacles(chart.panels[0], in: placed)

    let usual = painter.referenceLabelBox(line, in: placed, avoiding: []).ground
    let chosen = painter.referenceLabelBox(line, in: placed, avoiding: data).ground
    #expect(crossings(usual, data) > 0, "the fixture's series should cross the default spot")
    #expect(crossings(chosen, data) == 0, "the label \(chosen) still covers the series")
    #expect(chosen.minX < placed.plot.minX + placed.plot.width / 2, "the label should move to the left end")
    #expect(chosen.minX >= placed.plot.minX && chosen.maxX <= placed.plot.maxX)
    #expect(chosen.minY >= placed.plot.minY && chosen.maxY <= placed.plot.maxY)
}

@Test func uncrossedReferenceLabelStaysAtTheRightEndAboveTheLine() {
    let plot = PlotRect(x: 50, y: 20, width: 500, height: 200)
    let placed = ReferenceLabelPlacement.place(
        size: (80, 14), lineY: 120, gap: (above: 4, below: 3), aboveFits: true, plot: plot, obstacles: []
    )
    #expect(placed.above)
    #expect(placed.box == PlotRect(x: 548 - 80, y: 102, width: 80, height: 14))
}

@Test func referenceLabelTakesTheSideTheDataCrossesLeast() {
    let plot = PlotRect(x: 0, y: 0, width: 400, height: 200)
    // A series falling into the label's usual spot, above the line at the right end; below it
    // is clear, and comes before the left end.
    let dots = (0..<100).map { Obstacle(rect: PlotRect(x: Double($0) * 4, y: 60 + Double($0) * 0.3, width: 2, height: 2), weight: 1) }
    let placed = ReferenceLabelPlacement.place(
        size: (80, 14), lineY: 100, gap: (above: 4, below: 3), aboveFits: true, plot: plot, obstacles: dots
    )
    #expect(crossings(placed.box, dots) == 0)
    #expect(!placed.above && placed.box.maxX == 398)
}
