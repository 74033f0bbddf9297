import Foundation
import Report
import Testing

/// `--path-model merton|heston` and the Assumptions section's comparison of GBM, Merton and
/// Heston, end to end: what the page says is what `summary.json` holds.
@Suite(.timeLimit(.minutes(2)))
struct PathModelFlagTests {
    static let small = ["--lattice-steps", "60", "--sweep", "none", "--mismatch-vols", "none"]

    func run(_ arguments: [String]) throws -> (GeneratedReport, Data) {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path] + Self.small + arguments)
        try #require(result.status == 0, "\(result.standardError)")
        return (try GeneratedReport(folder: folder), try Data(contentsOf: folder.appendingPathComponent("summary.json")))
    }

    /// The table shows each model's figures from `summary.json.assumptions.models`, and the
    /// sentences name the model whose tail the numbers make worst and the largest steps.
    @Test func assumptionsSectionReadsItsComparisonFromTheSummary() throws {
        let (report, _) = try run(["--paths", "200"])
        #expect(report.number("assumptions", "paths") == 50)
        let models = try #require(report.value("assumptions", "models") as? [[String: Any]])
        #expect(models.compactMap { $0["model"] as? String } == ["gbm", "merton", "heston"])
        let text = report.text
        func figure(_ model: [String: Any], _ key: String) -> Double { (model[key] as? NSNumber)?.doubleValue ?? .nan }
        for model in models {
            #expect(text.contains(NumberFormat.money(figure(model, "std"))), "\(model)")
            #expect(text.contains(NumberFormat.signedMoney(figure(model, "quantile5"))), "\(model)")
            #expect(text.contains(NumberFormat.signedMoney(figure(model, "expectedShortfall5"))), "\(model)")
            #expect(text.contains(NumberFormat.money(figure(model, "maxStepResidual"))), "\(model)")
        }
        let names = ["gbm": "GBM", "merton": "Merton", "heston": "Heston"]
        let worst = try #require(models.min { figure($0, "expectedShortfall5") < figure($1, "expectedShortfall5") })
        let shortfalls = models.map { figure($0, "expectedShortfall5") }.sorted()
        #expect(text.contains("the lowest is \(names[worst["model"] as! String]!)'s, by "
            + "\(NumberFormat.money(shortfalls[1] - shortfalls[0], decimals: 0)) on the next"))
        let (gbm, merton) = (models[0], models[1])
        #expect(text.contains("is \(NumberFormat.money(figure(gbm, "maxStepResidual"), decimals: 0)) under GBM, "
            + "\(NumberFormat.money(figure(merton, "maxStepResidual"), decimals: 0)) with jumps"))
        #expect(report.caption("assumptions-models") != nil)
        #expect(!text.contains("Feller"), "the default Heston parameters satisfy Feller's condition")
    }

    /// Past 20,000 paths the comparison hedges 5,000 per model, not a quarter of the study
    /// (issue 26), and the page says how many of the study's it took.
    @Test func comparisonStopsAtItsPathLimitAndSaysSo() throws {
        let (report, _) = try run(["--paths", "20004"])
        #expect(report.number("assumptions", "paths") == Double(ReportPipeline.MonteCarloSettings.comparisonPathLimit))
        #expect(report.text.contains("Each row hedges 5,000 paths (the study's first 5,000 of 20,004: enough for each "
            + "standard deviation's standard error to be about 1% of it"))
        let (quarter, _) = try run(["--paths", "200"])
        #expect(!quarter.text.contains("the study's first"))
    }

    @Test func noStudyNoComparison() throws {
        let (report, _) = try run(["--paths", "0"])
        #expect(report.value("assumptions") == nil)
        #expect(report.caption("assumptions-models") == nil)
    }

    /// Each model runs end to end, records its parameters, says which model moved the share,
    /// and gives the same bytes for the same seed.
    @Test(arguments: [
        (["--path-model", "merton", "--jump-intensity", "4"], "Merton's jump diffusion", "jumpIntensity"),
        (["--path-model", "heston", "--heston-xi", "2", "--heston-kappa", "0.5"], "Heston's stochastic-variance model", "hestonXi"),
    ])
    func pathModelRunsAndIsDeterministic(arguments: [String], words: String, key: String) throws {
        let (report, bytes) = try run(arguments + ["--paths", "64"])
        let (_, again) = try run(arguments + ["--paths", "64"])
        #expect(bytes == again)
        #expect(report.value("parameters", "pathModel") as? String == arguments[1])
        #expect(report.value("parameters", key) != nil)
        #expect(report.text.contains(words))
        #expect(report.text.contains("Feller") == (arguments[1] == "heston"), "ξ = 2 breaks Feller's condition, noted")
        // No GBM theory line describes jumps or a moving variance.
        #expect(report.value("monteCarlo", "finalPnLTheoryStd") == nil)
    }

    /// A student's review (11b): the Path row wrote "ρ = -0.7000" (a hyphen, four decimals)
    /// beside "−0.7" in the table; it now writes the model's numbers as the page's sentences do.
    @Test func pathRowWritesTheModelsNumbersInThePagesFormat() throws {
        let (heston, _) = try run(["--path-model", "heston", "--paths", "0"])
        #expect(heston.text.contains("Heston, κ = 2.00, θ = 0.3668, ξ = 0.500, ρ = −0.70, v₀ = 0.3668, full-truncation Euler"))
        #expect(!heston.text.contains("ρ = -"))
        let (merton, _) = try run(["--path-model", "merton", "--paths", "0"])
        let row = try #require(merton.text.firstMatch(of: try Regex(#"Merton jump diffusion, λ = ([0-9.]+) per year, μJ = (−?[0-9.]+), δJ = ([0-9.]+)"#)))
        #expect(String(row.output[1].substring ?? "").split(separator: ".").last?.count == 2)
        #expect(String(row.output[2].substring ?? "").hasPrefix("−"), "a typographic minus for the mean jump")
        #expect(String(row.output[3].substring ?? "").split(separator: ".").last?.count == 3)
    }
}
