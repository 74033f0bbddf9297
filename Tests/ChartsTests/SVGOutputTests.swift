import Testing
@testable import Charts

@Test func svgIsWellFormedXMLWithAnAccessibleRoot() throws {
    let svg = try ChartRenderer.svg(ChartFixtures.hedge(), idPrefix: "hedge")
    #expect(!svg.contains("<?xml"))
    #expect(svg.hasPrefix("<svg "))
    let document = try #require(ParsedXML(svg))
    let root = try #require(document.elements.first)
    #expect(root.name == "svg")
    #expect(root.attributes["viewBox"] == "0 0 760 420")
    #expect(root.attributes["width"] == "760")
    #expect(root.attributes["height"] == "420")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["class"] == "chart")
    #expect(root.attributes["aria-labelledby"] == "hedge-title hedge-desc")
    #expect(document.elements[1].name == "title")
    #expect(document.elements[1].attributes["id"] == "hedge-title")
    #expect(document.elements[1].text == "Share price & hedge P&L")
    #expect(document.elements[2].name == "desc")
    #expect(document.elements[2].attributes["id"] == "hedge-desc")
    #expect(document.elements[2].text.contains("<with>"))
}

@Test func everyReferenceResolvesToAnIDInTheSameSVG() throws {
    for chart in [ChartFixtures.hedge(), ChartFixtures.everyStyle(), ChartFixtures.overflowing()] {
        let document = try #require(ParsedXML(try ChartRenderer.svg(chart, idPrefix: "c")))
        let ids = Set(document.ids)
        #expect(!document.references.isEmpty)
        for reference in document.references {
            #expect(ids.contains(reference), "\(chart.title): #\(reference) is not defined")
        }
    }
}

@Test func everyIDStartsWithThePrefix() throws {
    let svg = try ChartRenderer.svg(ChartFixtures.overflowing(), idPrefix: "fig-0_3")
    let document = try #require(ParsedXML(svg))
    #expect(document.ids.contains { $0.contains("clip") }, "the fixture should make Cairo clip")
    #expect(document.ids.allSatisfy { $0.hasPrefix("fig-0_3-") })
    #expect(document.references.allSatisfy { $0.hasPrefix("fig-0_3-") })
}

@Test func idsStayUniqueWhenTwoChartsShareAPage() throws {
    let first = try ChartRenderer.svg(ChartFixtures.hedge(), idPrefix: "price")
    let second = try ChartRenderer.svg(ChartFixtures.overflowing(), idPrefix: "overflow")
    let page = try #require(ParsedXML("<div>" + first + second + "</div>"))
    let ids = page.ids
    #expect(ids.count == Set(ids).count, "duplicates: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
    #expect(page.elements.filter { $0.name == "svg" }.count == 2)
}

@Test func svgIsByteIdenticalForTheSameChart() throws {
    let first = try ChartRenderer.svg(ChartFixtures.hedge(), idPrefix: "hedge")
    // Cairo numbers surfaces per process: drawing something else in between must not matter.
    _ = try ChartRenderer.svg(ChartFixtures.everyStyle(), idPrefix: "other")
    _ = try ChartRenderer.png(ChartFixtures.overflowing())
    let second = try ChartRenderer.svg(ChartFixtures.hedge(), idPrefix: "hedge")
    #expect(first == second)
}

@Test func svgSizeFollowsTheChartInCSSPixels() throws {
    let svg = try ChartRenderer.svg(ChartFixtures.hedge(width: 640.5, height: 300), idPrefix: "s")
    let root = try #require(ParsedXML(svg)?.elements.first)
    #expect(root.attributes["width"] == "640.5")
    #expect(root.attributes["viewBox"] == "0 0 640.5 300")
}

@Test(arguments: ["", "1chart", "-a", "a b", "a\"b", "café", "a.b", "a#b"])
func rejectsAnInvalidIDPrefix(prefix: String) {
    #expect {
        try ChartRenderer.svg(ChartFixtures.hedge(), idPrefix: prefix)
    } throws: { error in
        (error as? ChartError)?.reason == .invalidIDPrefix(prefix)
    }
}

@Test func titleAndSummaryAreEscaped() {
    #expect(SVGMarkup.escaped("P&L <\"x\"> 'y'") == "P&amp;L &lt;&quot;x&quot;&gt; &#39;y&#39;")
    #expect(SVGMarkup.escaped("a\u{1}b") == "a b")
}

@Test func renamingCoversEveryCairoIDPattern() {
    let cairo = """
        <clipPath id="clip1"><path/></clipPath><mask id="mask0"/>\
        <image id="image7" xlink:href="data:image/png;base64,AAA9"/>\
        <pattern id="pattern2"/><g id="surface42" clip-path="url(#clip1)" mask="url(#mask0)">\
        <use xlink:href="#glyph0-1" x="1"/><use href="#image7"/><rect style="fill:url(#pattern2);"/></g>\
        <symbol id="glyph0-1"/><symbol id="glyph1-1"/>
        """
    let renamed = String(decoding: SVGMarkup.renamingIDs(Array(cairo.utf8), prefix: "p"), as: UTF8.self)
    #expect(renamed == """
        <clipPath id="p-clip1"><path/></clipPath><mask id="p-mask1"/>\
        <image id="p-image1" xlink:href="data:image/png;base64,AAA9"/>\
        <pattern id="p-pattern1"/><g id="p-surface1" clip-path="url(#p-clip1)" mask="url(#p-mask1)">\
        <use xlink:href="#p-glyph1" x="1"/><use href="#p-image1"/><rect style="fill:url(#p-pattern1);"/></g>\
        <symbol id="p-glyph1"/><symbol id="p-glyph2"/>
        """)
}

@Test func numbersAreRoundedToHundredthsAndIDsLeftAlone() {
    let cairo = #"<path id="p-glyph12" d="M 97.328125 -0.001 L 0.999 9.995 L 12 -3.5 L 1.10 5."/>"#
        + #"<g style="fill:rgb(89.803922%,0%,0%);">"#
    let compact = String(decoding: SVGMarkup.compactingNumbers(Array(cairo.utf8)), as: UTF8.self)
    let expected = #"<path id="p-glyph12" d="M 97.33 0 L 1 10 L 12 -3.5 L 1.1 5."/>"#
        + #"<g style="fill:rgb(89.8%,0%,0%);">"#
    #expect(compact == expected)
}
