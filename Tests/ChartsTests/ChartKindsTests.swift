import Testing
@testable import Charts

private func allKinds() throws -> [Chart] {
    [try ChartFixtures.histogram(), ChartFixtures.logLog(), ChartFixtures.datedPrice(), ChartFixtures.bands()]
}

@Test func newChartKindsAreWellFormedAndTheirIDsStayUniqueOnOnePage() throws {
    let markup = try allKinds().enumerated().map { try ChartRenderer.svg($1, idPrefix: "kind\($0)") }
    for svg in markup {
        let document = try #require(ParsedXML(svg))
        let ids = Set(document.ids)
        #expect(document.references.allSatisfy { ids.contains($0) })
    }
    let page = try #require(ParsedXML("<div>" + markup.joined() + "</div>"))
    #expect(page.ids.count == Set(page.ids).count)
}

@Test func newChartKindsAreByteIdenticalEachTime() throws {
    for chart in try allKinds() {
        #expect(try ChartRenderer.svg(chart, idPrefix: "a") == (try ChartRenderer.svg(chart, idPrefix: "a")))
        #expect(try ChartRenderer.png(chart, scale: 1) == (try ChartRenderer.png(chart, scale: 1)))
    }
}

@Test func stepLinesBandsAndBarsShareAPanel() throws {
    let chart = ChartFixtures.bands()
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let layout = try ChartLayout(chart: chart, canvas: canvas)
    #expect(layout.x(-0.4) >= layout.x.start, "the first bar's left half is inside the x range")
    let top = layout.panels[0].yTicks
    let band = chart.panels[0].bands[0]
    #expect(top.lower <= (band.lower.min() ?? 0) && top.upper >= (band.upper.max() ?? 0))
    #expect(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "b")) != nil)
}

@Test func legendListsHistogramsThenBandsThenSeriesAndSkipsUnnamed() throws {
    var panel = try ChartFixtures.histogram().panels[0]
    panel.bands = [Band(name: "Range", x: [0, 1], lower: [0, 0], upper: [1, 1], colour: .blue)]
    panel.series.append(Series(name: "", x: [0, 1], y: [0, 1], colour: .grey))
    #expect(panel.legendItems.map(\.name) == ["Hedge P&L, 10,000 paths", "Range", "Normal fit"])
    #expect(panel.legendItems[1].swatch == .band(opacity: 0.25))
}

@Test func malformedBandsThrowNamingTheBand() {
    var chart = ChartFixtures.bands()
    chart.panels[0].bands[0].upper.removeLast()
    #expect(throws: ChartError(
        chartTitle: chart.title, reason: .bandLengthMismatch(band: "5–95% of paths", x: 64, lower: 64, upper: 63)
    )) { try ChartRenderer.png(chart) }
    chart = ChartFixtures.bands()
    chart.panels[0].bands[1].lower[5] = .nan
    #expect {
        try ChartRenderer.png(chart)
    } throws: { error in
        (error as? ChartError)?.description.contains("band '25–75%' has a non-finite value at index 5") == true
    }
    chart = ChartFixtures.bands()
    chart.panels[0].bands[0].opacity = 1.5
    #expect(throws: ChartError(
        chartTitle: chart.title, reason: .invalidOpacity(owner: "band '5–95% of paths'", opacity: 1.5)
    )) { try ChartRenderer.png(chart) }
}

@Test func nonFiniteMarkersThrowNamingTheMarker() {
    var chart = ChartFixtures.datedPrice()
    chart.panels[0].pointMarkers[0].y = .infinity
    #expect(throws: ChartError(
        chartTitle: chart.title, reason: .nonFiniteData(owner: "point marker 'Exercised'", index: 1, value: .infinity)
    )) { try ChartRenderer.png(chart) }
    chart = ChartFixtures.datedPrice()
    chart.panels[0].verticalMarkers[0].x = .nan
    #expect {
        try ChartRenderer.png(chart)
    } throws: { error in
        (error as? ChartError)?.description.contains("vertical marker 'Expiry Jul 27'") == true
    }
}

@Test func markersWidenTheAxesToReachThem() throws {
    var chart = ChartFixtures.datedPrice()
    chart.panels[0].verticalMarkers = [VerticalMarker(x: 420, label: "Later expiry")]
    chart.panels[0].pointMarkers = [PointMarker(x: 10, y: 900, label: "High")]
    let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: .svg)
    let layout = try ChartLayout(chart: chart, canvas: canvas)
    #expect(layout.xTicks.upper >= 420)
    #expect(layout.panels[0].yTicks.upper >= 900)
}
