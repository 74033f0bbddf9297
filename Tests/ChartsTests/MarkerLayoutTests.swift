import Testing
@testable import Charts

private typealias Label = MarkerLabelLayout.Label

private func labels(at positions: [Double], width: Double = 60) -> [Label] {
    positions.enumerated().map { Label(marker: $0, text: "m\($0)", lineX: $1, left: 0, width: width, row: 0) }
}

/// No two labels in a row overlap, every label sits above the lines its flag spans (so no line
/// runs through a label), and all stay within the bounds.
private func expectTidy(_ layout: MarkerLabelLayout, minX: Double, maxX: Double) {
    for label in layout.labels {
        #expect(label.left >= minX && label.right <= maxX, "\(label)")
        for other in layout.labels where other.marker != label.marker {
            if other.row == label.row {
                #expect(other.right <= label.left || label.right <= other.left, "\(label) overlaps \(other)")
            }
            if (label.left - 2...label.right + 2).contains(other.lineX) {
                #expect(label.row > other.row, "line \(other.marker) crosses \(label)")
            }
        }
    }
}

@Test func distantMarkerLabelsShareTheFirstRow() {
    let layout = MarkerLabelLayout(labels: labels(at: [100, 250, 400]), minX: 50, maxX: 700)
    #expect(layout.rowCount == 1)
    #expect(layout.labels.map(\.left) == [103, 253, 403])
    expectTidy(layout, minX: 50, maxX: 700)
}

@Test func closeMarkerLabelsAreStaggeredWithoutCollisions() {
    let layout = MarkerLabelLayout(labels: labels(at: [300, 306, 312, 330, 420, 425]), minX: 50, maxX: 700)
    #expect(layout.rowCount >= 3)
    expectTidy(layout, minX: 50, maxX: 700)
}

@Test func labelNearTheRightEdgeHangsLeftOfItsLine() throws {
    let layout = MarkerLabelLayout(labels: labels(at: [100, 690]), minX: 50, maxX: 700)
    let right = try #require(layout.labels.last)
    #expect(right.right == 690 - Theme.markerLabelGap)
    #expect(layout.rowCount == 1)
    expectTidy(layout, minX: 50, maxX: 700)
}

@Test(arguments: [[50.0, 52, 54, 56, 58], [640, 650, 660, 670, 680, 690, 700], [100, 160, 161, 220, 221, 680, 699]])
func anyClusterStaysTidy(positions: [Double]) {
    expectTidy(MarkerLabelLayout(labels: labels(at: positions, width: 70), minX: 50, maxX: 700), minX: 50, maxX: 700)
}

@Test func seededRandomClustersStayTidy() {
    var generator = SplitMix64(state: 99)
    for _ in 0..<300 {
        let count = Int.random(in: 1...7, using: &generator)
        let centre = Double.random(in: 60...690, using: &generator)
        let positions = (0..<count).map { _ in min(max(centre + Double.random(in: -60...60, using: &generator), 50), 700) }
        let widths = (0..<count).map { _ in Double.random(in: 30...110, using: &generator) }
        let unplaced = zip(positions, widths).enumerated().map {
            Label(marker: $0, text: "", lineX: $1.0, left: 0, width: $1.1, row: 0)
        }
        expectTidy(MarkerLabelLayout(labels: unplaced, minX: 50, maxX: 700), minX: 50, maxX: 700)
    }
}

@Test func markerStripSitsBetweenLegendAndPlot() throws {
    let chart = try ChartFixtures.histogram()
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let panel = try ChartLayout(chart: chart, canvas: canvas).panels[0]
    #expect(panel.markerLabels.rowCount >= 2, "mean and median sit together, so one is lifted")
    let stripTop = panel.markerRowBottom(panel.markerLabels.rowCount - 1) - Theme.markerRowHeight
    let legendBottom = panel.plot.minY - Theme.markerStripGap - panel.markerLabels.height - Theme.legendGap
    #expect(legendBottom <= stripTop)
    #expect(legendBottom - panel.legend.height >= Theme.padding - 1e-9)
    expectTidy(panel.markerLabels, minX: panel.plot.minX, maxX: chart.width - Theme.padding)
}

@Test func pointLabelStaysInsideThePlotAtACorner() {
    let plot = PlotRect(x: 50, y: 20, width: 400, height: 200)
    for corner in [(50.0, 20.0), (450, 20), (50, 220), (450, 220)] {
        let box = PointLabelPlacement.place(
            size: (60, 14), centre: corner, radius: 5.5, plot: plot, obstacles: []
        )
        #expect(box.minX >= plot.minX && box.maxX <= plot.maxX && box.minY >= plot.minY && box.maxY <= plot.maxY)
        let ring = PlotRect(x: corner.0 - 5.5, y: corner.1 - 5.5, width: 11, height: 11)
        #expect(!box.intersects(ring))
    }
}

@Test func pointLabelAvoidsDataWhenItCan() {
    let plot = PlotRect(x: 0, y: 0, width: 400, height: 200)
    let line = (0..<100).map {
        PointLabelPlacement.Obstacle(rect: PlotRect(x: Double($0) * 4, y: 90 - Double($0) * 0.8, width: 2, height: 2), weight: 1)
    }
    let box = PointLabelPlacement.place(size: (60, 14), centre: (200, 50), radius: 5.5, plot: plot, obstacles: line)
    #expect(!line.contains { $0.rect.intersects(box) })
}
