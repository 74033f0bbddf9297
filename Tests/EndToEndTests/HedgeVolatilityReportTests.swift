import Foundation
import Report
import Testing

/// Issue 27's measure of done: a European put realizing 0.8 against 0.6056 implied, hedged
/// hourly at the realized volatility over 2,000 paths, ends within 3 standard errors of
/// m·(V(σr) − V(σi))·e^{rT} with less than 0.6× the spread of the hedge at implied on the same
/// paths; the comparison, both sweep curves and the path chart are on the page, their captions
/// recomputed by the oracle.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct HedgeVolatilityReportTests {
    @Test func hedgingAtRealizedEndsAtTheDeterministicProfitWithLessSpread() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run([
            "report", "--quiet", "--output", folder.path, "--style", "european", "--realized-vol", "0.8", "--hedge-vol", "realized",
            "--interval", "1h", "--paths", "2000",
        ])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        let outcomes = try #require(report.value("monteCarlo", "hedgeVolatilities") as? [[String: Any]])
        let byName = Dictionary(outcomes.map { ($0["hedgeVolatility"] as? String ?? "", $0) }) { a, _ in a }
        let realized = try #require(byName["realized"]), implied = try #require(byName["implied"])
        func number(_ object: [String: Any], _ key: String) -> Double { (object[key] as? NSNumber)?.doubleValue ?? .nan }
        // m·(V(σr) − V(σi))·e^{rT} by Black–Scholes: the theory the run reports.
        let theory = number(realized, "theoryMean")
        #expect(abs(number(realized, "mean") - theory) <= 3 * number(realized, "meanStandardError"))
        #expect(number(realized, "std") < 0.6 * number(implied, "std"))
        #expect(realized["theoryStd"] != nil)
        #expect(implied["theoryStd"] == nil && implied["theoryStdOmitted"] != nil)
        #expect((realized["sweep"] as? [Any])?.count == 5 && (implied["sweep"] as? [Any])?.count == 5)
        #expect(report.caption("hedge-vol-sweep") != nil)
        #expect(report.caption("hedge-vol-path") != nil)
        ReportOracle(report: report, scenario: "hedge-vol-realized").checkHedgeVolatility()
    }

    /// Hedging at implied with σr = σi (the default run) adds no section and no key.
    @Test func theDefaultRunHasNoComparison() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path, "--paths", "50"])
        try #require(result.status == 0, "\(result.standardError)")
        let report = try GeneratedReport(folder: folder)
        #expect(report.value("monteCarlo", "hedgeVolatilities") == nil)
        #expect(!report.text.contains("Which volatility to hedge with"))
    }
}
