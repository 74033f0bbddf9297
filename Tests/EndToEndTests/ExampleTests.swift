import Foundation
import Testing

/// The ready configurations in examples/ run and give their documented numbers.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ExampleTests {
    /// The example's `summary.json` and `ledger.csv`, by name.
    static func files(_ example: String, _ extra: [String] = []) throws -> [String: Data] {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = Executable.packageRoot.appendingPathComponent("examples/\(example)/config.yaml").path
        let result = try Executable.run(["--config", config, "--output", folder.path, "--quiet"] + extra)
        try #require(result.status == 0, "\(result.standardError)")
        return try Dictionary(uniqueKeysWithValues: ["summary.json", "ledger.csv", "report.html"].map {
            ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
        })
    }

    static func run(_ example: String, _ extra: [String] = []) throws -> [String: Any] {
        let data = try #require(try files(example, extra)["summary.json"])
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Hull, *Options, Futures, and Other Derivatives*, Table 19.2: cumulative cost $5,263.3k
    /// (±$0.5k: Hull rounds Δ to 3 decimals), a net hedging cost of $263.3k.
    @Test func hullTable19_2() throws {
        let summary = try Self.run("hull-table-19-2")
        let textbook = try #require(summary["textbook"] as? [String: Any])
        let cost = try #require(textbook["cumulativeCost"] as? Double)
        #expect(abs(cost / 1000 - 5_263.3) < 0.5)
        #expect(abs((cost - 5_000_000) / 1000 - 263.3) < 0.5)
        let parameters = try #require(summary["parameters"] as? [String: Any])
        #expect(parameters["multiplier"] as? Double == -100_000)
        #expect(parameters["pricingModel"] as? String == "black-scholes-merton")
    }

    /// The course's example states every default: it writes the default report's
    /// `summary.json` and `ledger.csv` byte for byte (Monte Carlo study included).
    @Test func coursePutExampleIsTheDefaultScenario() throws {
        let example = try Self.files("course-put")
        let defaults = try DefaultReport.run.get()
        for name in ["summary.json", "ledger.csv"] {
            #expect(example[name] != nil && example[name] == defaults.contents[name], "\(name)")
        }
    }

    @Test func teslaExampleReadsTheSharedExport() throws {
        let summary = try Self.run("tesla-2019-2020", ["--lattice-steps", "40"])
        let path = try #require(summary["path"] as? [String: Any])
        #expect(path["initialSpot"] as? Double == 235.77)
    }
}
