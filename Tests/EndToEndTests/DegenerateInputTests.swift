import Foundation
import Testing

/// Legal inputs at the edge — zero and subnormal volatilities beside the hedger's flags — that
/// crashed (SIGILL at a precondition, exit 70) now write a report (issue 24).
@Suite(.serialized)
struct DegenerateInputTests {
    static let small = ["report", "--lattice-steps", "20", "--days", "10", "--quiet"]

    @Test(arguments: [
        ["--realized-vol", "0", "--hedger-correlation", "0.5", "--paths", "0"],
        ["--realized-vol", "0", "--hedger-seed", "5", "--paths", "0"],
        ["--realized-vol", "5e-324", "--hedger-correlation", "0.5", "--paths", "0"],
        ["--realized-vol", "1e-300", "--paths", "20", "--sweep", "4,8"],
        ["--realized-vol", "2e-308", "--hedger-seed", "3", "--paths", "0"],
    ])
    func zeroOrSubnormalRealizedVolatilityWritesAReport(arguments: [String]) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(Self.small + arguments + ["--output", folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!page.contains("NaN") && !page.contains("-nan") && !page.contains(" nan"), "\(arguments): NaN on the page")
    }
}
