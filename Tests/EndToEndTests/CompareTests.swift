import Foundation
import Testing

/// `hedge-report compare` end to end: each scenario's figures are its own report's to the last
/// digit, the paired standard errors are what the per-path pairs give, and every sentence of the
/// page recomputes from `comparison.json` (an oracle, as `ReportOracle` is for the report).
@Suite(.timeLimit(.minutes(1)))
struct CompareTests {
    private func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func figure(_ comparison: [String: Any], _ id: String) throws -> [String: Any] {
        let figures = try #require(comparison["figures"] as? [[String: Any]])
        return try #require(figures.first { $0["id"] as? String == id })
    }

    @Test func varyingTheIntervalMatchesSeparateReportsAndItsSentencesRecompute() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["compare", "--vary", "interval=1d,1w", "--paths", "200", "-o", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(page.contains("href=\"interval-1w/report.html\""))
        // Self-contained: no script, and nothing fetched (the SVG namespace URI names, never loads).
        #expect(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("url(http"))
        let comparison = try json(folder.appendingPathComponent("comparison.json"))

        // The figures are each report's own: a separate run of the same seed agrees to the last digit.
        let separate = folder.appendingPathComponent("separate")
        // The weekly scenario reads the daily paths at its dates; its report's command says so.
        let weekly = try String(contentsOf: folder.appendingPathComponent("interval-1w/report.html"), encoding: .utf8)
        #expect(weekly.contains("--shock-interval 1d"))
        let alone = try Executable.run(["report", "--interval", "1w", "--shock-interval", "1d", "--paths", "200", "-o", separate.path, "--quiet"])
        #expect(alone.status == 0)
        let summary = try json(separate.appendingPathComponent("summary.json"))
        let separateStd = try #require(((summary["monteCarlo"] as? [String: Any])?["finalPnL"] as? [String: Any])?["standardDeviation"] as? Double)
        let std = try figure(comparison, "mc-std")
        let values = try #require(std["values"] as? [Double])
        #expect(values[1] == separateStd)
        let own = try #require(std["standardErrors"] as? [Double])
        let difference = try #require((std["differences"] as? [Any])?[1] as? [String: Any])
        #expect(difference["method"] as? String == "paired-delta-method")
        #expect((difference["pairedStandardError"] as? Double ?? 0) > 0)
        #expect(own.allSatisfy { $0 > 0 })

        // The oracle: each sentence names a difference of more than 2 standard errors, and the
        // amounts it states are the figures of comparison.json, rounded as written.
        let findings = try #require(comparison["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            let text = try #require(finding["text"] as? String)
            guard let id = finding["figure"] as? String, let i = finding["scenario"] as? Int else {
                #expect(text.hasPrefix("No difference is distinguishable on 200 paths"))
                continue
            }
            let row = try figure(comparison, id)
            let a = try #require((row["values"] as? [Any])?[0] as? Double), b = try #require((row["values"] as? [Any])?[i] as? Double)
            let pair = try #require((row["differences"] as? [Any])?[i] as? [String: Any])
            let error = try #require(pair["pairedStandardError"] as? Double)
            #expect(abs(b - a) > 2 * error, "\(text)")
            #expect(text.contains(b > a ? "rose" : "fell"), "\(text)")
            guard row["unit"] as? String == "USD" else { continue }
            let amounts = Self.amounts(in: text)
            let tolerance = error >= 1 ? 0.5 : 0.005
            try #require(amounts.count >= 4, "\(text)")
            #expect(abs(amounts[0] - a) <= tolerance && abs(amounts[2] - b) <= tolerance, "\(text)")
            let stated = amounts[amounts.count - 2], statedError = amounts[amounts.count - 1]
            #expect(abs(stated - (b - a)) <= tolerance && abs(statedError - error) <= tolerance, "\(text)")
            if id == "mc-std", let ratio = Self.ratio(in: text) {
                #expect(abs(ratio - b / a) <= 0.005, "\(text)")
            }
        }
    }

    /// Two cost levels ask for the same lattice grids, which the scenarios share (built once):
    /// each scenario's summary.json is byte for byte that of a separate report.
    @Test func scenariosThatShareTheirGridsMatchSeparateReportsByteForByte() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["compare", "--vary", "cost-bps=10,50", "--paths", "200", "-o", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let separate = folder.appendingPathComponent("separate")
        let alone = try Executable.run(["report", "--cost-bps", "50", "--paths", "200", "-o", separate.path, "--quiet"])
        #expect(alone.status == 0)
        let compared = try Data(contentsOf: folder.appendingPathComponent("cost-bps-50/summary.json"))
        #expect(compared == (try Data(contentsOf: separate.appendingPathComponent("summary.json"))))
    }

    @Test func comparesTwoExampleConfigsNamedByTheirFolders() throws {
        let root = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // A folder that does not exist yet: the scenarios, made side by side, must not race to create it.
        let folder = root.appendingPathComponent("new/comparison")
        let result = try Executable.run([
            "compare", "--config", "examples/course-put/config.yaml", "--config", "examples/course-put-delta-gamma/config.yaml",
            "--paths", "200", "-o", folder.path, "--quiet",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        for name in ["course-put", "course-put-delta-gamma"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name)/report.html").path))
        }
        // Its charts go through the report's own figure view and partial: the wide and the phone's
        // drawing, the caption under the title.
        let page = try String(contentsOf: folder.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(page.contains(#"<figure id="figure-compare-path">"# + "\n" + #"<div class="chart-wide"><svg"#))
        #expect(page.contains(#"<div class="chart-narrow"><svg"#) && page.contains(#"id="compare-path-narrow"#))
        #expect(page.contains("<figcaption><strong>"))
        let comparison = try json(folder.appendingPathComponent("comparison.json"))
        #expect((comparison["varied"] as? [String])?.contains("--hedge-with") == true)
        // The hedge each scenario trades: shares for the course put, Δ-Γ with the 270 call for the
        // other, the std paired over the same paths and named by the scenarios' names.
        let hedged = try figure(comparison, "mc-hedge-std")
        let values = try #require(hedged["values"] as? [Double])
        #expect(values[1] < values[0] / 2)
        let findings = try #require(comparison["findings"] as? [[String: Any]])
        #expect(findings.contains { ($0["text"] as? String)?.hasPrefix("With course-put-delta-gamma instead of course-put, the std of the final P&L of the hedge each scenario trades (shares, delta-gamma) fell") == true })
    }

    /// Issue 28's four kinds of bad `--vary`: an unknown key, one value, a value out of range, a
    /// grid over the budget. Each exits 64 naming it, before any work (no folder is made).
    @Test(arguments: [
        (["--vary", "intervall=1d,1w"], "--vary 'intervall=1d,1w': unknown parameter 'intervall'; did you mean 'interval'?"),
        (["--vary", "interval=1d"], "--vary 'interval=1d': only one value (1d)"),
        (["--vary", "realized-vol=0.3,-1"], "--realized-vol"),
        (["--vary", "cost-bps=0,1,2,3,4", "--vary", "realized-vol=0.1,0.2,0.3"], "the grid has 5 × 3 = 15 scenarios, more than the 12"),
    ])
    func badVaryIsRefusedBeforeAnyWork(arguments: [String], expected: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(["compare"] + arguments + ["-o", output.path])
        #expect(result.status == 64)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Dollar amounts in the text, in order, signed (a typographic minus, and maybe a word joiner, before the `$`).
    static func amounts(in text: String) -> [Double] {
        let pattern = try! NSRegularExpression(pattern: "([+\u{2212}]?)\u{2060}?\\$([0-9,]+(?:\\.[0-9]+)?)")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            let sign = Range(match.range(at: 1), in: text).map { String(text[$0]) } ?? ""
            guard let digits = Range(match.range(at: 2), in: text).flatMap({ Double(text[$0].replacingOccurrences(of: ",", with: "")) }) else { return nil }
            return sign == "\u{2212}" ? -digits : digits
        }
    }

    /// The first `N.NN×` of the text.
    static func ratio(in text: String) -> Double? {
        let pattern = try! NSRegularExpression(pattern: "([0-9]+\\.[0-9]+)×")
        guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return Double(text[range])
    }
}
