import Foundation
import Mustache
import Testing
@testable import Report

/// The view model read once into dictionaries renders exactly as swift-mustache renders the
/// model itself by reflection, in the cases the page uses: nested structs, arrays of structs,
/// booleans, a nil Optional (whose name is then looked up in the enclosing context, as the
/// engine does), a present Optional, a class, strings that need escaping. And the chart files
/// kept are those whose figure the page shows.
struct TemplateContextTests {
    struct Cell { var text: String; var note: String? }
    struct Row { var label: String; var cells: [Cell]; var flagged: Bool; var note: String? }
    final class Footer { let text = "a < b & c" }
    struct Page {
        var title: String
        var note: String
        var rows: [Row]
        var empty: [Row]
        var missing: String?
        var present: Int?
        var footer: Footer
        var words: [String]
    }

    static let template = """
        <h1>{{title}}</h1>{{#rows}}<tr class="{{#flagged}}flag{{/flagged}}{{^flagged}}plain{{/flagged}}">\
        <th>{{label}} {{note}}</th>{{#cells}}<td>{{text}}|{{note}}|{{title}}</td>{{/cells}}</tr>{{/rows}}\
        {{^empty}}none{{/empty}}{{#missing}}never{{/missing}}{{^missing}}absent{{/missing}}\
        {{#present}}[{{.}}]{{/present}}{{footer.text}}{{{footer.text}}}{{#words}}<{{.}}>{{/words}}
        """

    @Test func rendersAsReflectionDoes() throws {
        let page = Page(
            title: "T & \"q\"", note: "outer",
            rows: [
                Row(label: "a", cells: [Cell(text: "1", note: nil), Cell(text: "2", note: "own")], flagged: true, note: nil),
                Row(label: "b", cells: [], flagged: false, note: "row"),
            ],
            empty: [], missing: nil, present: 7, footer: Footer(), words: ["x", "y<"]
        )
        let library = try MustacheLibrary(templates: ["page": MustacheTemplate(string: Self.template)])
        let reflected = try #require(library.render(page, withTemplate: "page"))
        let converted = try #require(library.render(TemplateContext.make(page), withTemplate: "page"))
        #expect(converted == reflected)
        #expect(reflected.contains("<td>1|outer|"), "a nil Optional is looked up in the enclosing context")
    }

    @Test func keepsTheChartsWhoseFigureThePageShows() {
        let page = #"<figure id="figure-premium"></figure><p id="figure-"></p><figure id="figure-greeks">"#
        #expect(ReportPipeline.figureIDs(in: page) == ["premium", "", "greeks"])
        #expect(ReportPipeline.figureIDs(in: "no figures, and an id=\"figure-unclosed") == [])
    }
}
