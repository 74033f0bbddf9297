import Testing
@testable import Report

/// A long ledger on the page: its first and last rows, the rows the text cites, and one line for
/// each run left out, named by the ledger's own step numbers (``LedgerExcerpt/lines(steps:row:gap:)``).
struct LedgerExcerptTests {
    enum Line: Equatable {
        case row(Int)
        case gap(String)
    }

    @Test func aLongLedgerKeepsItsEndsAndCitedRowsAndNamesEachGapByStep() {
        let count = 300
        let steps = (0..<count).map { 10 + $0 }
        let lines = LedgerExcerpt(count: count, keeping: [150]).lines(steps: { steps[$0] }, row: Line.row, gap: Line.gap)
        #expect(lines.count == 100 + 1 + 1 + 1 + 100)
        #expect(Array(lines.prefix(100)) == (0..<100).map(Line.row))
        #expect(lines[100] == .gap("⋯ 50 rows, steps 110 to 159, are left out here; ledger.csv has every row."))
        #expect(lines[101] == .row(150))
        #expect(lines[102] == .gap("⋯ 49 rows, steps 161 to 209, are left out here; ledger.csv has every row."))
        #expect(Array(lines.suffix(100)) == (200..<300).map(Line.row))
    }

    @Test func aShortLedgerIsWhole() {
        let lines = LedgerExcerpt(count: 12).lines(steps: { $0 }, row: Line.row, gap: Line.gap)
        #expect(lines == (0..<12).map(Line.row))
    }
}
