import Mustache
import Testing
@testable import Report

/// The one `table` partial writes every kind of column, row and table the page's sections
/// use, exactly as their templates wrote them by hand before.
struct PageTableTests {
    /// `table` rendered by the built-in partial, as a section's `{{#table}}{{> table}}{{/table}}` does.
    static func render(_ table: PageTable?) throws -> String {
        let source = try #require(TemplateSet.builtInSources["table"])
        let library = MustacheLibrary(templates: [
            "table": try MustacheTemplate(string: source),
            "section": try MustacheTemplate(string: "{{#table}}\n{{> table}}\n{{/table}}\n"),
        ])
        let model: [String: Any] = table.map { ["table": TemplateContext.make($0)] } ?? [:]
        return try #require(library.render(model, withTemplate: "section"))
    }

    @Test func writesEachKindOfColumn() throws {
        let table = PageTable("greeks book", columns: [
            .init("", .rowHeader), .init("Holding"), .init("Premium (USD)", .number), .init("Rule", .code), .init("Value", .value),
        ], rows: [PageTable.Row(["Leg 1", "long 1 contract", "$12.0000", "band", "1d"])])
        #expect(try Self.render(table) == """
            <div class="scroll">
            <table class="greeks book">
            <thead><tr><th scope="col"></th><th scope="col">Holding</th><th scope="col" class="num">Premium (USD)</th>\
            <th scope="col">Rule</th><th scope="col">Value</th></tr></thead>
            <tbody>
            <tr><th scope="row">Leg 1</th><td>long 1 contract</td><td class="num">$12.0000</td><td><code>band</code></td>\
            <td class="value">1d</td></tr>
            </tbody>
            </table>
            </div>

            """)
    }

    @Test func escapesCellsAndHeadingsButLeavesAnApostropheInAHeading() throws {
        let table = PageTable(nil, columns: [.init("Std's P&L <x>", .number), .init("Name")], rows: [
            PageTable.Row(["a < b & c", "it's \"q\""]),
        ])
        let html = try Self.render(table)
        #expect(html.contains(#"<th scope="col" class="num">Std's P&amp;L &lt;x&gt;</th>"#))
        #expect(html.contains(#"<td class="num">a &lt; b &amp; c</td><td>it&#39;s &quot;q&quot;</td>"#))
        #expect(html.contains("<table>\n"), "a table without a class has no class attribute")
    }

    @Test func writesGapsTotalsAndAnExercisedDate() throws {
        let table = PageTable("ledger", wide: true, columns: [.init("Step", .number), .init("S (USD)", .number)], rows: [
            PageTable.Row(["0", "261.49"]), .gap("… 3 dates left out …"), PageTable.Row(["4", "250.00"], marking: .exercised),
            PageTable.Row(["", "511.49"], marking: .total),
        ])
        let html = try Self.render(table)
        #expect(html.hasPrefix("<div class=\"scroll wide\">\n<table class=\"ledger\">\n"))
        #expect(html.contains("""
            <tbody>
            <tr><td class="num">0</td><td class="num">261.49</td></tr>
            <tr class="gap"><td colspan="2">… 3 dates left out …</td></tr>
            <tr class="exercised" title="exercised here"><td class="num">4 ✱</td><td class="num">250.00</td></tr>
            <tr class="total"><td class="num"></td><td class="num">511.49</td></tr>
            </tbody>
            """))
        #expect(table.texts == [["0", "261.49"], ["4 ✱", "250.00"], ["", "511.49"]])
    }

    /// A section leaves a table it does not have out (nil) with nothing in its place; a table
    /// without rows keeps its head, as the hand-written templates did for an empty list.
    @Test func anAbsentTableRendersNothingAndAnEmptyOneItsHead() throws {
        #expect(try Self.render(nil) == "")
        let empty = PageTable("rules", columns: [.init("Rule", .code)], rows: [])
        #expect(try Self.render(empty) == """
            <div class="scroll">
            <table class="rules">
            <thead><tr><th scope="col">Rule</th></tr></thead>
            <tbody>
            </tbody>
            </table>
            </div>

            """)
    }
}
