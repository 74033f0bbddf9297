import Foundation
import Testing

/// The ready configurations in examples/ run and give their documented numbers.
@Suite(.serialized)
struct ExampleTests {
    static func run(_ example: String, _ extra: [String] = []) throws -> [String: Any] {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = Executable.packageRoot.appendingPathComponent("examples/\(example)/config.yaml").path
        let result = try Executable.run(["--config", config, "--output", folder.path, "--quiet"] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
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

    @Test func coursePutExampleIsTheDefaultScenario() throws {
        let example = try Self.run("course-put", ["--lattice-steps", "60"])
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "60"])
        #expect(result.status == 0)
        let defaults = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        )
        #expect(NSDictionary(dictionary: example["hedges"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: defaults["hedges"] as? [String: Any] ?? [:]))
        #expect(NSDictionary(dictionary: example["valuation"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: defaults["valuation"] as? [String: Any] ?? [:]))
    }

    @Test func teslaExampleReadsTheSharedExport() throws {
        let summary = try Self.run("tesla-2019-2020", ["--lattice-steps", "40"])
        let path = try #require(summary["path"] as? [String: Any])
        #expect(path["initialSpot"] as? Double == 235.77)
    }
}
