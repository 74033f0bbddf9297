import Foundation
import Testing

/// Every column of `ledger.csv` has its own name (issue 22: a `--hedge-with` run had two
/// `delta_gamma_shares`, the `delta-gamma` estimator's and the Δ-Γ hedge's), for every ready
/// configuration in examples/.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct LedgerHeaderTests {
    static var examples: [String] {
        let folder = Executable.packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/config.yaml").path)
        }.sorted()
    }

    @Test func examplesAreFound() {
        #expect(Self.examples.contains("course-put-delta-gamma") && Self.examples.count >= 8, "\(Self.examples)")
    }

    /// Each example without its Monte Carlo study (the ledger is the run's own path).
    @Test(arguments: examples)
    func everyLedgerHeaderIsUnique(_ example: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = Executable.packageRoot.appendingPathComponent("examples/\(example)/config.yaml").path
        let result = try Executable.run(["report", "--config", config, "--paths", "0", "--output", folder.path, "--quiet"])
        try #require(result.status == 0, "\(result.standardError)")
        let ledger = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8)
        let header = try #require(ledger.split(separator: "\n").first).split(separator: ",").map(String.init)
        let repeated = Dictionary(grouping: header, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(example): \(repeated)")
    }
}
