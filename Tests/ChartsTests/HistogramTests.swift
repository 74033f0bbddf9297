import Testing
@testable import Charts

private func histogramChart(_ histogram: Histogram, series: [Series] = []) -> Chart {
    Chart(
        title: "Histogram", summary: "", xAxis: Axis(title: "P&L (USD)", format: .currency),
        panels: [ChartPanel(yAxis: Axis(title: "Paths"), series: series, histograms: [histogram])],
        width: 500, height: 300
    )
}

private let counts: [Double] = [2, 9, 31, 70, 102, 75, 28, 10, 3]
private let edges = (0...9).map { -225 + 50 * Double($0) }

@Test func histogramBarsCoverTheBinEdgesExactly() throws {
    let histogram = Histogram(name: "Paths", binEdges: edges, counts: counts, colour: .skyBlue)
    let chart = histogramChart(histogram)
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let layout = try ChartLayout(chart: chart, canvas: canvas)
    let panel = layout.panels[0]
    let bars = ChartLayout.histogramBars(histogram, x: layout.x, y: panel.y, plot: panel.plot)
    #expect(bars.count == counts.count)
    #expect(bars.first?.minX == PixelSnap.edge(layout.x(edges[0])))
    #expect(bars.last?.maxX == PixelSnap.edge(layout.x(edges[edges.count - 1])))
    for (left, right) in zip(bars, bars.dropFirst()) {
        #expect(left.maxX == right.minX, "bins must touch, no gaps or overlaps")
    }
    for (bar, count) in zip(bars, counts) {
        #expect(bar.maxY == PixelSnap.edge(panel.y(0)))
        #expect(bar.minY == PixelSnap.edge(panel.y(count)))
    }
}

@Test func countsAxisStartsExactlyAtZeroUnderHistograms() throws {
    let chart = histogramChart(Histogram(name: "Paths", binEdges: edges, counts: counts, colour: .skyBlue))
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let ticks = try ChartLayout(chart: chart, canvas: canvas).panels[0].yTicks
    #expect(ticks.lower == 0)
    #expect(ticks.ticks.first == 0)
    #expect(ticks.upper > 102)
}

@Test func densityBarsHaveUnitAreaAndFractionsSumToOne() {
    let uneven = [0.0, 1, 3, 6, 10]
    let density = Histogram(name: "d", binEdges: uneven, counts: [4, 8, 2, 6], colour: .blue, normalisation: .density)
    let area = zip(density.heights, zip(uneven, uneven.dropFirst())).reduce(0) { $0 + $1.0 * ($1.1.1 - $1.1.0) }
    #expect(abs(area - 1) < 1e-12)
    let fraction = Histogram(name: "f", binEdges: uneven, counts: [4, 8, 2, 6], colour: .blue, normalisation: .fraction)
    #expect(fraction.heights == [0.2, 0.4, 0.1, 0.3])
    let empty = Histogram(name: "e", binEdges: [0, 1], counts: [0], colour: .blue, normalisation: .density)
    #expect(empty.heights == [0])
}

@Test func binningFromValuesUsesRoundEdgesAndCountsEveryValue() throws {
    let values = ChartFixtures.profitAndLoss()
    let histogram = try Histogram(name: "P&L", values: values, colour: .skyBlue)
    let width = histogram.binEdges[1] - histogram.binEdges[0]
    #expect(width == 20, "Freedman–Diaconis ≈ 14.9 rounds to 20")
    #expect(histogram.binEdges.allSatisfy { ($0 / width).rounded() * width == $0 })
    #expect(histogram.counts.reduce(0, +) == Double(values.count))
    let low = try #require(values.min()), high = try #require(values.max())
    #expect(histogram.binEdges[0] <= low && high < histogram.binEdges[histogram.binEdges.count - 1])
}

/// (values, bin width asked, expected edges, expected counts).
private let binnings: [([Double], Double?, [Double], [Double])] = [
    ([1, 2, 2, 3, 9.5], 2, [0, 2, 4, 6, 8, 10], [1, 3, 0, 0, 1]),
    ([], nil, [0, 1], [0]),
    ([5, 5, 5], nil, [4.75, 5.25], [3]),
    ([0, 0], nil, [-0.5, 0.5], [2]),
]

@Test(arguments: binnings)
func binningHandlesOrdinaryAndDegenerateValues(values: [Double], width: Double?, edges: [Double], counts: [Double]) throws {
    let histogram = try Histogram(name: "h", values: values, colour: .blue, binWidth: width)
    #expect(histogram.binEdges == edges)
    #expect(histogram.counts == counts)
}

@Test func binningRejectsNonFiniteValuesAndWidths() {
    #expect(throws: ChartError(chartTitle: "", reason: .nonFiniteData(owner: "histogram 'h'", index: 1, value: .infinity))) {
        try Histogram(name: "h", values: [1, .infinity], colour: .blue)
    }
    #expect(throws: ChartError(chartTitle: "", reason: .invalidBinWidth(histogram: "h", width: 0))) {
        try Histogram(name: "h", values: [1, 2], colour: .blue, binWidth: 0)
    }
}

@Test func tinyBinWidthIsCappedAtTheMostBins() throws {
    let histogram = try Histogram(name: "h", values: [0, 1_000], colour: .blue, binWidth: 0.001)
    #expect(histogram.counts.count <= Histogram.maximumBinCount)
}

@Test func malformedHistogramsThrowNamingTheHistogram() {
    let shape = histogramChart(Histogram(name: "Paths", binEdges: [0, 1], counts: [1, 2], colour: .blue))
    #expect(throws: ChartError(chartTitle: "Histogram", reason: .histogramShape(histogram: "Paths", edges: 2, counts: 2))) {
        try ChartRenderer.png(shape)
    }
    let order = histogramChart(Histogram(name: "Paths", binEdges: [0, 2, 2], counts: [1, 2], colour: .blue))
    #expect(throws: ChartError(chartTitle: "Histogram", reason: .binEdgesNotIncreasing(histogram: "Paths", index: 2, edge: 2))) {
        try ChartRenderer.png(order)
    }
    let negative = histogramChart(Histogram(name: "Paths", binEdges: [0, 1, 2], counts: [1, -2], colour: .blue))
    #expect(throws: ChartError(chartTitle: "Histogram", reason: .negativeCount(histogram: "Paths", bin: 1, count: -2))) {
        try ChartRenderer.png(negative)
    }
    let nan = histogramChart(Histogram(name: "Paths", binEdges: [0, .nan, 2], counts: [1, 2], colour: .blue))
    #expect {
        try ChartRenderer.svg(nan, idPrefix: "h")
    } throws: { error in
        (error as? ChartError)?.description.contains("histogram 'Paths' has a non-finite value at index 1") == true
    }
}

@Test func histogramWithFittedDensityAndMarkersIsWellFormed() throws {
    let chart = try ChartFixtures.histogram()
    let svg = try ChartRenderer.svg(chart, idPrefix: "pnl")
    let document = try #require(ParsedXML(svg))
    #expect(document.ids.count == Set(document.ids).count)
    #expect(document.ids.allSatisfy { $0.hasPrefix("pnl-") })
    #expect(svg == (try ChartRenderer.svg(chart, idPrefix: "pnl")))
}
