import Foundation
import Testing

/// The page numbers its sections 1, 2, 3, … in the order it shows them, whichever optional
/// sections a run has (issue 25: rules and wrong information read 7, 9, 8, 10), and the table
/// of contents lists the same headings in the same order.
@Suite(.timeLimit(.minutes(1)))
struct SectionNumberingTests {
    @Test(arguments: [
        ["--cost-bps", "20", "--hedger-seed", "3", "--paths", "50"],
        ["--cost-bps", "20", "--hedger-seed", "3", "--realized-vol", "0.4", "--style", "european", "--paths", "50"],
        ["--hedger-seed", "3", "--paths", "0"],
    ])
    func sectionsAreNumberedContiguouslyInPageOrder(arguments: [String]) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "-q", "--lattice-steps", "20", "--days", "10", "-o", folder.path] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let heading = try Regex(#"<h2 id="([^"]+)">(\d+)\. "#, as: (Substring, Substring, Substring).self)
        let headings = page.matches(of: heading).map { (id: String($0.1), number: Int($0.2) ?? 0) }
        #expect(headings.map(\.number) == Array(1...max(headings.count, 1)), "\(headings)")
        let entry = try Regex(##"<a href="#([^"]+)">\d+\. "##, as: (Substring, Substring).self)
        let contents = page.matches(of: entry).map { String($0.1) }
        #expect(contents == headings.map(\.id), "contents \(contents) against headings \(headings.map(\.id))")
    }
}
