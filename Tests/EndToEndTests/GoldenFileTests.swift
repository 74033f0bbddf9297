import Foundation
import Testing

/// The default report's `summary.json` and `ledger.csv`, byte for byte, against the copies kept
/// in `Tests/Golden/default-report/`: any change to a number, a digit of formatting, a key or a
/// column shows up here. When a change is intended, `make golden` rewrites the copies from the
/// same build the tests use; review their diff and commit it with the change (Tests/README.md).
@Suite(.timeLimit(.minutes(1)))
struct GoldenFileTests {
    static let folder = Executable.packageRoot.appendingPathComponent("Tests/Golden/default-report")

    @Test(arguments: ["summary.json", "ledger.csv"])
    func defaultReportMatchesItsGoldenFile(_ name: String) throws {
        let files = try DefaultReport.run.get()
        try #require(files.status == 0, "\(files.standardError)")
        let written = try #require(files.contents[name], "\(name) was not written")
        let golden = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        guard written != golden else { return }
        let (new, old) = (String(decoding: written, as: UTF8.self), String(decoding: golden, as: UTF8.self))
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let shared = min(newLines.count, oldLines.count)
        let line = (0..<shared).first { newLines[$0] != oldLines[$0] } ?? shared
        Issue.record("""
            \(name) differs from Tests/Golden/default-report/\(name) at line \(line + 1) \
            (\(newLines.count) lines written, \(oldLines.count) kept):
              kept:    \(line < oldLines.count ? oldLines[line] : "(end of file)")
              written: \(line < newLines.count ? newLines[line] : "(end of file)")
            If the change is intended, run `make golden` and commit the new files.
            """)
    }
}
