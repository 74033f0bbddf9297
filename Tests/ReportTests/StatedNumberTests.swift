import Analytics
import Foundation
import Mustache
import Testing
@testable import Report

/// A figure the page shows and `summary.json` writes is one value (``StatedNumber``): the page
/// writes it through ``NumberFormat`` in its style, the summary encodes the bare number, so the two
/// cannot disagree.
struct StatedNumberTests {
    struct Row: Encodable {
        var std: StatedNumber
        var mean: StatedNumber
    }

    @Test func encodesTheBareNumberAndWritesThePageText() throws {
        let cases: [(StatedNumber, String)] = [
            (StatedNumber(1234.5, .money(decimals: 2)), NumberFormat.money(1234.5)),
            (StatedNumber(-40, .signedMoney(decimals: 2)), NumberFormat.signedMoney(-40)),
            (StatedNumber(12.3, .signedMoney(decimals: 0)), NumberFormat.signedMoney(12.3, decimals: 0)),
            (StatedNumber(-0.0123, .signed(decimals: 4)), NumberFormat.signed(-0.0123, decimals: 4)),
            (StatedNumber(1.0 / 3, .number(decimals: 4)), NumberFormat.number(1.0 / 3, decimals: 4)),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (number, text) in cases {
            #expect(number.description == text)
            #expect(try encoder.encode([number]) == encoder.encode([number.value]))
        }
        // A template reads it as its text, inside a row converted for the engine.
        let row = Row(std: StatedNumber(1234.5, .money(decimals: 2)), mean: StatedNumber(-4.2, .signedMoney(decimals: 2)))
        let library = MustacheLibrary(templates: ["t": try MustacheTemplate(string: "{{#rows}}{{std}} {{mean}}{{/rows}}")])
        let page = try #require(library.render(TemplateContext.make(["rows": [row]]), withTemplate: "t"))
        #expect(page == "$1,234.50 \(NumberFormat.signedMoney(-4.2))")
        #expect(try String(decoding: encoder.encode(row), as: UTF8.self) == #"{"mean":-4.2,"std":1234.5}"#)
    }

    /// The estimators' table and `summary.json`'s `hedges` are the same values, and the table's
    /// cells are those values in the page's formats.
    @Test func estimatorsTableAndSummaryHedgesAreOneValue() throws {
        let analysis = AccountingOutputTests.analysis
        let settings = ReportSettings(ticker: "TSLA", latticeSteps: 40, intervalLabel: "1d", command: "hedge-report")
        let section = try #require(EstimatorsSection(ReportContext(analysis: analysis, settings: settings)))
        let summary = SummaryDocument(analysis: analysis, settings: settings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(section.estimators.map(\.name) == analysis.summaries.map(\.estimator.rawValue))
        for (row, hedge) in zip(section.estimators, analysis.summaries) {
            let shown = try #require(summary.hedges[row.name])
            #expect(try encoder.encode(row.figures) == encoder.encode(shown))
            #expect(row.figures.cumulativeResidual.description == NumberFormat.signedMoney(hedge.cumulativeResidual))
            #expect(row.figures.finalShares.description == NumberFormat.number(hedge.finalShares, decimals: 4))
            #expect(row.figures.maxAbsResidual.value == hedge.maxAbsResidual)
        }
    }
}
