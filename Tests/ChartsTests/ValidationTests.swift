import Testing
@testable import Charts

private func chart(panels: [ChartPanel], width: Double = 400, height: Double = 300) -> Chart {
    Chart(title: "Test chart", summary: "", xAxis: Axis(title: "Day"), panels: panels, width: width, height: height)
}

private func panel(_ series: [Series], referenceLines: [ReferenceLine] = []) -> ChartPanel {
    ChartPanel(yAxis: Axis(title: "USD", format: .currency), series: series, referenceLines: referenceLines)
}

@Test func nanInASeriesThrowsNamingTheSeriesAndPoint() {
    var y = (0..<20).map(Double.init)
    y[12] = .nan
    let bad = chart(panels: [panel([Series(name: "Hedge P&L", x: (0..<20).map(Double.init), y: y, colour: .blue)])])
    for render in [{ _ = try ChartRenderer.svg(bad, idPrefix: "a") }, { _ = try ChartRenderer.png(bad) }] {
        #expect {
            try render()
        } throws: { error in
            let error = error as? ChartError
            return error?.description
                == "chart 'Test chart': series 'Hedge P&L' has a non-finite value at point 12 (x = 12.0, y = nan)"
        }
    }
}

@Test func infinityInXThrows() {
    let bad = chart(panels: [panel([Series(name: "S", x: [0, .infinity], y: [1, 2], colour: .blue)])])
    let expected = ChartError(
        chartTitle: "Test chart", reason: .nonFiniteValue(series: "S", point: 1, x: .infinity, y: 2)
    )
    #expect(throws: expected) {
        try ChartRenderer.png(bad)
    }
}

@Test func chartWithoutPanelsThrows() {
    #expect(throws: ChartError(chartTitle: "Test chart", reason: .noPanels)) {
        try ChartRenderer.svg(chart(panels: []), idPrefix: "a")
    }
}

@Test func nonFiniteReferenceLineThrows() {
    let bad = chart(panels: [panel([], referenceLines: [ReferenceLine(y: .nan, label: "Strike")])])
    #expect {
        try ChartRenderer.png(bad)
    } throws: { error in
        guard case .nonFiniteReferenceLine("Strike", _)? = (error as? ChartError)?.reason else { return false }
        return true
    }
}

@Test(arguments: [(0.0, 300.0), (400, -1), (.nan, 300), (400, .infinity), (100_000, 300)])
func unusableSizeThrows(width: Double, height: Double) {
    #expect {
        try ChartRenderer.png(chart(panels: [panel([])], width: width, height: height))
    } throws: { error in
        guard case .invalidSize? = (error as? ChartError)?.reason else { return false }
        return true
    }
}

@Test func tooManyPanelsForTheHeightThrowsInsteadOfOverlapping() {
    let crowded = chart(panels: Array(repeating: panel([]), count: 12), height: 200)
    #expect {
        try ChartRenderer.svg(crowded, idPrefix: "a")
    } throws: { error in
        guard case .tooSmallForContent? = (error as? ChartError)?.reason else { return false }
        return (error as? ChartError)?.description.contains("Test chart") == true
    }
}

@Test func zeroHeightWeightThrows() {
    var bad = panel([])
    bad.heightWeight = 0
    #expect(throws: ChartError(chartTitle: "Test chart", reason: .invalidHeightWeight(panel: 1, weight: 0))) {
        try ChartRenderer.png(chart(panels: [panel([]), bad]))
    }
}

@Test func panelWithoutPointsDrawsAxes() throws {
    let empty = chart(panels: [panel([]), panel([Series(name: "Nothing yet", points: [], colour: .orange)])])
    let svg = try ChartRenderer.svg(empty, idPrefix: "empty")
    #expect(ParsedXML(svg) != nil)
    #expect(try ChartRenderer.png(empty).count > 100)
}

@Test func singlePointAndConstantSeriesDraw() throws {
    let flat = chart(panels: [
        panel([Series(name: "One bar", x: [3], y: [-40], colour: .vermillion, style: .bars)]),
        panel([Series(name: "Flat", x: [0, 1, 2], y: [260, 260, 260], colour: .blue, style: .step)]),
    ])
    #expect(ParsedXML(try ChartRenderer.svg(flat, idPrefix: "flat")) != nil)
}
