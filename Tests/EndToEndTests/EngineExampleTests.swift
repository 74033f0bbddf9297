import Foundation
import Testing

/// The README's library example is `examples/engine/main.swift`, built with the package; run, it
/// prints the course's lattice premium and the same textbook P&L the report gives for the
/// default scenario it rebuilds.
@Suite(.timeLimit(.minutes(2)))
struct EngineExampleTests {
    /// The parts of `summary.json` the example prints.
    struct Summary: Decodable {
        struct Valuation: Decodable { var price, delta: Double }
        struct Textbook: Decodable { var finalPnL: Double }
        var valuation: Valuation
        var textbook: Textbook
    }

    static let source = Executable.packageRoot.appendingPathComponent("examples/engine/main.swift")

    @Test func readmeShowsTheExampleVerbatim() throws {
        let readme = try String(contentsOf: Executable.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let code = try String(contentsOf: Self.source, encoding: .utf8)
        #expect(readme.contains("```swift\n\(code)```\n"), "README.md's Swift example differs from examples/engine/main.swift")
    }

    @Test func examplePrintsTheCoursePremiumAndTheReportsTextbookPnL() throws {
        let run = try Executable.run([], executable: Executable.product("engine-example"))
        #expect(run.status == 0, "\(run.standardError)")
        let numbers = run.standardOutput.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        try #require(numbers.count == 3, "\(run.standardOutput)")
        // The course's unrounded premium on its 366-level CRR lattice (DESIGN.md §2.6).
        #expect(abs(numbers[0] - 23.988) < 0.0005)

        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Executable.run(["report", "--output", folder.path, "--paths", "0", "--quiet"])
        #expect(report.status == 0, "\(report.standardError)")
        let summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: folder.appendingPathComponent("summary.json")))
        #expect(numbers == [summary.valuation.price, summary.valuation.delta, summary.textbook.finalPnL])
    }
}
