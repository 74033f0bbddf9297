import Foundation
import Testing

/// `--path-model bootstrap --prices FILE` end to end on the real TSLA export in `data/`: the
/// run simulates the course's contract on paths resampled from the file's daily log returns,
/// at the file's volatility and drift unless `--realized-vol` or `--drift` is given.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct BootstrapFlagTests {
    static let tsla = PriceFileTests.tsla

    /// The file's 251 log returns over 364 calendar days: σ_f = s/√h and μ_f = r̄/h + σ_f²/2,
    /// with h = 364/365/251 years and s² the variance ÷ n, recomputed here from the CSV.
    static func fileMoments() throws -> (volatility: Double, drift: Double, returns: Int) {
        let text = try String(contentsOfFile: tsla, encoding: .utf8)
        let closes = text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            Double(line.split(separator: ",", omittingEmptySubsequences: false)[1])
        }
        let returns = zip(closes, closes.dropFirst()).map { Foundation.log($1 / $0) }
        let n = Double(returns.count)
        let mean = returns.reduce(0, +) / n
        let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        let h = 364.0 / 365 / n
        let sigma = (variance / h).squareRoot()
        return (sigma, mean / h + 0.5 * sigma * sigma, returns.count)
    }

    func run(_ arguments: [String]) throws -> (status: Int32, summary: [String: Any], page: String, error: String) {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(
            ["report", "--quiet", "--output", folder.path, "--lattice-steps", "60", "--path-model", "bootstrap"] + arguments
        )
        guard result.status == 0 else { return (result.status, [:], "", result.standardError) }
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
        return (result.status, summary ?? [:], page, result.standardError)
    }

    @Test func runsAtTheFilesVolatilityAndDriftByDefault() throws {
        let file = try Self.fileMoments()
        let report = try run(["--prices", Self.tsla, "--paths", "0"])
        try #require(report.status == 0, "\(report.error)")
        let parameters = try #require(report.summary["parameters"] as? [String: Any])
        #expect(parameters["pathModel"] as? String == "bootstrap")
        #expect(parameters["spot"] as? Double == 261.4899, "the course's contract, not the file's first price")
        let realized = try #require(parameters["realizedVolatility"] as? Double)
        let drift = try #require(parameters["drift"] as? Double)
        #expect(abs(realized - file.volatility) < 1e-12 * file.volatility)
        #expect(abs(drift - file.drift) < 1e-12 * abs(file.drift))
        #expect(report.page.contains("simulated by a bootstrap of a price file's daily log returns"))
        #expect(report.page.contains("bootstrap of \(file.returns) daily log returns of \(Self.tsla) drawn with replacement, at the file's volatility of 79.2% per √year with the file's drift of"))
        #expect(report.page.contains("Each simulated step draws one of the \(file.returns) daily log returns"))
    }

    @Test func realizedVolatilityRescalesTheReturns() throws {
        let report = try run(["--prices", Self.tsla, "--paths", "0", "--realized-vol", "0.6056214"])
        try #require(report.status == 0, "\(report.error)")
        let parameters = try #require(report.summary["parameters"] as? [String: Any])
        #expect(parameters["realizedVolatility"] as? Double == 0.6056214)
        #expect(report.page.contains("rescaled from the file's volatility of 79.2% to 60.6% per √year with the file's drift of"))
    }

    @Test func studyIsDeterministic() throws {
        let first = try run(["--prices", Self.tsla, "--paths", "64", "--sweep", "none", "--mismatch-vols", "none"])
        let second = try run(["--prices", Self.tsla, "--paths", "64", "--sweep", "none", "--mismatch-vols", "none"])
        try #require(first.status == 0, "\(first.error)")
        let study = try #require(first.summary["monteCarlo"] as? [String: Any])
        #expect(study["paths"] as? Int == 64)
        #expect(NSDictionary(dictionary: first.summary).isEqual(to: second.summary))
    }

    /// A student's review (6): the bootstrap's "file's volatility" (79.2%, the returns' std ÷ n,
    /// what a bootstrap path realizes in expectation) and a report on the same file's realized
    /// volatility (78.4%, the sample formula) are both named, each for what it is; the
    /// rescaled run names them too.
    @Test func filesVolatilityIsSetBesideTheRealizedVolatilityOfAReportOnTheFile() throws {
        let file = try Self.fileMoments()
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try Executable.run(["report", "--quiet", "--output", folder.path, "--lattice-steps", "60", "--prices", Self.tsla])
        try #require(plain.status == 0, "\(plain.standardError)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any])
        let sample = try #require((summary["path"] as? [String: Any])?["realizedVolatility"] as? Double)
        let percent = { (value: Double) in String(format: "%.1f%%", 100 * value) }
        #expect(percent(sample) != percent(file.volatility), "the two definitions differ on this file")
        let words = "The file's volatility, \(percent(file.volatility)), is the std of its \(file.returns) returns (÷ n) over their mean spacing, "
            + "which a bootstrap path realizes in expectation; a report on the file itself states \(percent(sample)), by the sample formula"
        for arguments in [["--paths", "0"], ["--paths", "0", "--realized-vol", "0.6056214"]] {
            let report = try run(["--prices", Self.tsla] + arguments)
            try #require(report.status == 0, "\(report.error)")
            #expect(report.page.contains(words), "\(arguments)")
        }
    }

    @Test func withoutAPriceFileIsRefusedNamingTheFlag() throws {
        let report = try run(["--paths", "0"])
        #expect(report.status == 64)
        #expect(report.error.contains("--path-model bootstrap: its source of returns must be a price file, --prices FILE"))
    }
}
