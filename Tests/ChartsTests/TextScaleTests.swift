import Testing
@testable import Charts

/// A chart's text scale (the narrow variant a page shows on a phone) and the smallest text size
/// the SVG root reports, which the report's tests and browser check read.
struct TextScaleTests {
    /// The root's `data-smallest-text`, in CSS px at the drawing's size.
    private func smallestText(_ chart: Chart) throws -> Double {
        let document = try #require(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "t")))
        let attribute = try #require(document.elements.first?.attributes["data-smallest-text"])
        return try #require(Double(attribute))
    }

    /// The fixture labels a reference line in Theme.referenceFont, 11 px, its smallest text.
    @Test func rootCarriesTheSmallestTextDrawn() throws {
        #expect(try smallestText(ChartFixtures.hedge()) == Theme.referenceFont.size)
    }

    @Test func textScaleMultipliesEveryFontSize() throws {
        var chart = ChartFixtures.hedge()
        let unscaled = try smallestText(chart)
        chart.textScale = 1.2
        #expect(abs(try smallestText(chart) - 1.2 * unscaled) < 0.005)
    }

    /// Larger text needs more room: the margins grow, and the legend rows with the text.
    @Test func scaledTextStillLaysOutAtPhoneWidth() throws {
        for var chart in [ChartFixtures.hedge(), ChartFixtures.everyStyle(), ChartFixtures.overflowing()] {
            chart.width = 360
            chart.height = 340
            chart.textScale = 1.2
            let document = try #require(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "n")), "\(chart.title)")
            #expect(document.elements.first?.attributes["width"] == "360")
        }
    }

    @Test(arguments: [0.0, 0.4, 3.5, .nan, .infinity])
    func textScaleOutOfRangeIsRefused(scale: Double) {
        var chart = ChartFixtures.hedge()
        chart.textScale = scale
        #expect(throws: ChartError.self) { try ChartRenderer.svg(chart, idPrefix: "t") }
    }

    /// The report joins a sign to `$` with U+2060 so HTML cannot wrap between them; a drawing
    /// does not wrap and draws the text as if it were not there.
    @Test func wordJoinerIsNotDrawn() throws {
        var plain = ChartFixtures.hedge()
        var joined = plain
        plain.panels[0].referenceLines = [ReferenceLine(y: 0, label: "Loss −$40.00")]
        joined.panels[0].referenceLines = [ReferenceLine(y: 0, label: "Loss −\u{2060}$40.00")]
        let drawn = try ChartRenderer.svg(plain, idPrefix: "t")
        #expect(try ChartRenderer.svg(joined, idPrefix: "t") == drawn)
    }
}
