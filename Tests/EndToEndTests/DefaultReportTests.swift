import Foundation
import Testing

/// The default report, written once by the real executable (`hedge-report report` with no
/// parameter but the output folder) and read into memory for every test that checks it.
enum DefaultReport {
    struct Files {
        var status: Int32
        var standardError: String
        /// Each file's bytes by its path inside the output folder.
        var contents: [String: Data]

        func text(_ path: String) throws -> String {
            String(decoding: try #require(contents[path], "\(path) was not written"), as: UTF8.self)
        }
    }

    /// The files a user gets from `hedge-report report --quiet --output DIR`.
    static let run = Result { () throws -> Files in
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path])
        var contents = [String: Data]()
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                contents[path] = try Data(contentsOf: url)
            }
        }
        return Files(status: result.status, standardError: result.standardError, contents: contents)
    }
}

/// Runs the real executable on the default scenario and checks what a user gets.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct DefaultReportTests {
    @Test func defaultReportHasEveryFileAndTheCourseNumbers() throws {
        let files = try DefaultReport.run.get()
        #expect(files.status == 0, "\(files.standardError)")
        #expect(files.standardError.isEmpty)

        let html = try files.text("report.html")
        #expect(html.contains("Delta hedging a long TSLA put"))
        #expect(html.contains("<math display=\"block\">"))
        let charts = ["price-path", "premium-vs-hedge", "greeks", "textbook-pnl", "mc-distribution", "mc-sweep", "mc-mismatch", "assumptions-models"]
        // Each chart twice: full width, and the narrow variant a phone shows (ReportFigure+Narrow).
        #expect(html.components(separatedBy: "<svg").count - 1 == 2 * charts.count)
        #expect(html.components(separatedBy: "<div class=\"chart-narrow\"><svg").count - 1 == charts.count)
        #expect(html.utf8.count < 2_000_000, "the default report stays under 2 MB")
        #expect(html.contains("23.9882"), "the model premium at S0, CRR 366 levels")
        #expect(Set(files.contents.keys.filter { $0.hasPrefix("charts/") }) == Set(charts.map { "charts/\($0).svg" }))

        let summaryData = try #require(files.contents["summary.json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: summaryData) as? [String: Any])
        let ledger = try Self.columns(of: try files.text("ledger.csv"))
        #expect(ledger.rows == 62, "62 dates: day 0 to 60 and the half day to expiry")
        let valuation = try #require(summary["valuation"] as? [String: Double])
        // DESIGN.md §2.6: the course prices its contract at 23.988 on a 366-level CRR lattice.
        #expect(abs(try #require(valuation["price"]) - 23.988) < 0.0005)
        // The Greeks at set-up are the ledger's first row (printed with 8, 8, 6 and 6 decimals),
        // and the price command's for the same contract.
        for (key, column, decimals) in [
            ("delta", "delta", 8.0), ("gamma", "gamma", 8), ("theta", "theta_per_year", 6), ("vega", "vega_per_unit_volatility", 6),
        ] {
            let value = try #require(valuation[key], "\(key)")
            #expect(abs(value - ledger.first(column)) <= 0.5 * pow(10, -decimals), "\(key)")
        }
        let price = try Executable.run(["price", "--json"])
        #expect(price.status == 0, "\(price.standardError)")
        let priced = try #require(try JSONSerialization.jsonObject(with: Data(price.standardOutput.utf8)) as? [String: Double])
        #expect(priced == valuation, "summary.json's valuation is the price command's")

        let parameters = try #require(summary["parameters"] as? [String: Any])
        #expect(parameters["strike"] as? Double == 260)
        #expect(parameters["latticeSteps"] as? Int == 366)
        // Each estimator's summary is its ledger's last row and largest residual.
        let hedges = try #require(summary["hedges"] as? [String: [String: Double]])
        #expect(Set(hedges.keys) == ["delta", "delta-gamma", "greeks", "exact"])
        for (estimator, prefix) in [("delta", "delta"), ("delta-gamma", "delta_gamma"), ("greeks", "greeks"), ("exact", "exact")] {
            let hedge = try #require(hedges[estimator], "\(estimator)")
            let largest = ledger.column("\(prefix)_residual").map(abs).max() ?? .nan
            #expect(abs(try #require(hedge["finalShares"]) - ledger.last("\(prefix)_shares")) <= 5e-7, "\(estimator)")
            #expect(abs(try #require(hedge["cumulativeResidual"]) - ledger.last("\(prefix)_cumulative_residual")) <= 5e-7, "\(estimator)")
            #expect(abs(try #require(hedge["maxAbsResidual"]) - largest) <= 5e-7, "\(estimator)")
        }
        let textbook = try #require(summary["textbook"] as? [String: Any])
        #expect(abs(try #require(textbook["cumulativeCost"] as? Double) - ledger.last("textbook_cumulative_cost")) <= 5e-7)
        #expect(abs(try #require(textbook["finalPnL"] as? Double) - ledger.last("textbook_pnl")) <= 5e-7)

        let monteCarlo = try #require(summary["monteCarlo"] as? [String: Any])
        #expect(monteCarlo["paths"] as? Int == 1_000)
        let sweep = try #require(monteCarlo["sweep"] as? [[String: Any]])
        #expect(sweep.compactMap { $0["rebalances"] as? Int } == [6, 12, 30, 61, 121], "the default sweep")
        for point in sweep {
            let (std, theory) = (try #require(point["std"] as? Double), try #require(point["theory"] as? Double))
            // Derman–Kamal's formula holds within 15% on 1,000 paths.
            #expect(abs(std / theory - 1) < 0.15, "\(point)")
        }
        #expect(try #require(monteCarlo["gridErrorRelative"] as? Double) < 0.001)
    }

    /// `ledger.csv` by column: every row has every column, and every cell is a number.
    struct Columns {
        var header: [String]
        var values: [String: [Double]]
        var rows: Int

        func column(_ name: String) -> [Double] { values[name] ?? [] }
        func first(_ name: String) -> Double { column(name).first ?? .nan }
        func last(_ name: String) -> Double { column(name).last ?? .nan }
    }

    static func columns(of csv: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Columns {
        let lines = csv.split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        #expect(header.starts(with: ["step", "day", "time_years", "exercised", "spot", "implied_volatility", "premium", "delta"]))
        var values = [String: [Double]]()
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == header.count, "\(line)", sourceLocation: sourceLocation)
            for (name, field) in zip(header, fields) {
                let number = Double(field)
                #expect(number != nil, "\(name): \(field)", sourceLocation: sourceLocation)
                values[name, default: []].append(number ?? .nan)
            }
        }
        return Columns(header: header, values: values, rows: lines.count - 1)
    }

    @Test func reportIsSelfContainedWithUniqueIds() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A small study, so that its charts' ids are checked too.
        let result = try Executable.run(["report", "--output", folder.path, "--quiet", "--lattice-steps", "50", "--paths", "100"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let network = try Regex(#"(?i)(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?(https?:)?//|@import|<script|<link"#)
        #expect(html.firstMatch(of: network) == nil)
        let ids = html.matches(of: try Regex(#"\sid="([^"]+)""#)).map { String($0.output[1].substring!) }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys)")
        let references = html.matches(of: try Regex(##"(?:href="#|url\(#)([^")]+)"##)).map { String($0.output[1].substring!) }
        #expect(Set(references).isSubset(of: Set(ids)))
    }

    @Test func sameSeedGivesIdenticalFiles() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["--quiet", "--lattice-steps", "40", "--seed", "11", "--paths", "100"]
        // Relative output folders from two working directories: the regenerating command in the
        // page is the same, and the templates are found beside the executable.
        for name in ["a", "b"] {
            let directory = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let result = try Executable.run(arguments + ["--output", "out"], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
        }
        for file in [
            "ledger.csv", "summary.json", "report.html", "charts/price-path.svg", "charts/premium-vs-hedge.svg", "charts/mc-sweep.svg",
        ] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/out/\(file)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/out/\(file)"))
            #expect(a == b, "\(file) differs between two runs with the same seed")
        }
    }

    @Test func userTextIsEscaped() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = #"<script>alert("x")</script> & 'quotes'"#
        let result = try Executable.run([
            "--output", folder.path, "--quiet", "--lattice-steps", "30", "--paths", "0",
            "--title", hostile, "--author", hostile, "--ticker", "<b>T</b>",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>T</b>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func pngFlagWritesPngCharts() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "30", "--paths", "0", "--png"])
        #expect(result.status == 0, "\(result.standardError)")
        let png = try Data(contentsOf: folder.appendingPathComponent("charts/price-path.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func priceJsonHasTheCodeUnits() throws {
        let result = try Executable.run([
            "price", "--json", "--style", "european", "--spot", "250", "--strike", "240",
            "--rate", "0.045", "--vol", "0.6", "--days", "30",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Double]
        )
        // QuantLib 1.44 AnalyticEuropeanEngine (DESIGN.md §3).
        #expect(abs(try #require(object["price"]) - 11.875584) < 1e-6)
        #expect(abs(try #require(object["theta"]) - -93.699674) < 1e-6)
        #expect(abs(try #require(object["vega"]) - 26.942902) < 1e-6)
        #expect(Set(object.keys) == ["price", "delta", "gamma", "theta", "vega", "rho"])
    }
}
