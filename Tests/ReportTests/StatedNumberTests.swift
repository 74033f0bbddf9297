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
        let rows = section.estimators.texts
        #expect(rows.map(\.[0]) == analysis.summaries.map(\.estimator.rawValue))
        for (row, hedge) in zip(rows, analysis.summaries) {
            let shown = try #require(summary.hedges[row[0]])
            // Columns: estimator, dP̂, final shares, Σε, Σ|ε|, largest |ε|, RMS ε.
            #expect(Array(row[2...]) == [
                shown.finalShares, shown.cumulativeResidual, shown.totalAbsResidual, shown.maxAbsResidual, shown.rootMeanSquareResidual,
            ].map(\.description))
            #expect(row[3] == NumberFormat.signedMoney(hedge.cumulativeResidual))
            #expect(row[2] == NumberFormat.number(hedge.finalShares, decimals: 4))
            #expect(shown.maxAbsResidual.value == hedge.maxAbsResidual)
        }
    }

    /// The built-in wrong-information ledger writes a date's PE in the page's format and "–"
    /// where LVT is 0 (no PE, and no key in `summary.json`).
    @Test func wrongInformationLedgerWritesADashWhereThereIsNoPercentError() throws {
        func figures(_ step: Int, _ percentError: Double?) -> WrongInformationSection.StepFigures {
            WrongInformationSection.StepFigures(
                step: step, lvt: StatedNumber(percentError == nil ? 0 : 2_000, .money(decimals: 2)), lvm: StatedNumber(1_990, .money(decimals: 2)),
                percentError: percentError.map { StatedNumber($0, .signed(decimals: 3)) }, spot: StatedNumber(250, .money(decimals: 2)),
                modelSpot: StatedNumber(251, .money(decimals: 2)), shares: StatedNumber(-40, .number(decimals: 2)),
                modelShares: StatedNumber(-41, .number(decimals: 2))
            )
        }
        let ledger = WrongInformationSection.ledger([
            WrongInformationSection.ledgerRow(figures(0, 0.5), time: "0"), WrongInformationSection.ledgerRow(figures(1, nil), time: "1"),
        ], timeHeading: "Day")
        let heading = SectionHeading(id: WrongInformationSection.id, number: 1, title: WrongInformationSection.title)
        let section = TemplateSet.Section(
            partial: heading.id, title: heading.title,
            layers: [["heading": TemplateContext.make(heading)], ["ledger": ledger, "introSentence": "", "findingSentence": ""]]
        )
        let page = try TemplateSet.builtIn().render(["title": "T", "toolVersion": "0"], sections: [section])
        #expect(page.contains(#"<td class="num">+0.500</td></tr>"#), "\(page)")
        #expect(page.contains(#"<td class="num">$2,000.00</td><td class="num">$1,990.00</td><td class="num">+0.500</td>"#))
        #expect(page.contains(#"<td class="num">$0.00</td><td class="num">$1,990.00</td><td class="num">–</td></tr>"#))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try !String(decoding: encoder.encode(figures(1, nil)), as: UTF8.self).contains("percentError"))
    }
}
