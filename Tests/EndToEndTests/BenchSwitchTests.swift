import Foundation
import Testing

/// `--bench-without-controls`, the switch `make bench` times the control runs with (issue 26):
/// the same report without the study's reruns, and a flag the help does not show.
@Suite(.timeLimit(.minutes(1)))
struct BenchSwitchTests {
    /// A small study whose figures depart from their theory, so that control runs name causes.
    static let departing = ["--style", "european", "--cost-bps", "20", "--paths", "200"]

    func explanations(_ arguments: [String]) throws -> [Any] {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path] + Self.departing + arguments)
        try #require(result.status == 0, "\(result.standardError)")
        let summary = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: summary) as? [String: Any])
        return try #require(object["explanations"] as? [Any])
    }

    @Test func leavesOutTheControlRunsAndNothingElse() throws {
        #expect(try !explanations([]).isEmpty, "the study states departures, each with control runs")
        #expect(try explanations(["--bench-without-controls"]).isEmpty)
    }

    @Test func isNotInTheHelp() throws {
        let result = try Executable.run(["report", "--help"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("bench"))
    }
}
