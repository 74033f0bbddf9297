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

/// The pages with "a ratio of 0.00 ± NaN" and "2.3 times smaller (± NaN)": a ratio of
/// two stds is stated only where each exceeds its own noise (and a cent).
@Suite(.serialized)
struct NoiseRatioTests {
    @Test(arguments: [
        ["--leg", "strike=260", "--leg", "strike=260,position=short", "--hedge-with", "type=call,strike=270", "--paths", "100"],
        ["--hedge-with", "type=call,strike=270", "--realized-vol", "0", "--paths", "100"],
    ])
    func noRatioOfNoiseOnThePage(arguments: [String]) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(DegenerateInputTests.small + arguments + ["--output", folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!page.contains("NaN"), "\(arguments): NaN on the page")
        // Either the option-hedge section declines the ratio, or the run has nothing to hedge
        // (the two puts cancel) and states no ratio at all.
        #expect(page.contains("no ratio is stated") || page.contains("by more than a ratio can say") || page.contains("there is nothing to hedge, so this report states no slopes, ratios"), "\(arguments)")
        if arguments.contains("strike=260,position=short") {
            #expect(page.contains("Its holdings cancel each other exactly"), "\(arguments)")
            #expect(!page.contains("What would matter"), "\(arguments): no move matters to a book that cancels")
        }
    }
}
