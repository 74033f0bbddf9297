import Foundation
import Testing

/// Runs the real executable on the default scenario and checks what a user gets.
@Suite(.serialized)
struct DefaultReportTests {
    @Test func defaultReportHasEveryFileAndTheCourseNumbers() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(["--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)

        let html = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Delta hedging a long TSLA put"))
        #expect(html.contains("<math display=\"block\">"))
        let charts = ["price-path", "premium-vs-hedge", "greeks", "textbook-pnl", "mc-distribution", "mc-sweep", "mc-mismatch"]
        #expect(html.components(separatedBy: "<svg").count - 1 == charts.count)
        #expect(html.utf8.count < 2_000_000, "the default report stays under 2 MB")
        #expect(html.contains("23.9882"), "the model premium at S0, CRR 366 levels")
        for chart in charts {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("charts/\(chart).svg").path))
        }

        let summary = try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent("summary.json"))
        ) as? [String: Any]
        let valuation = try #require(summary?["valuation"] as? [String: Double])
        // DESIGN.md §2.6: the course prices its contract at 23.988 on a 366-level CRR lattice.
        #expect(abs(try #require(valuation["price"]) - 23.988) < 0.0005)
        for key in ["delta", "gamma", "theta", "vega", "rho"] { #expect(valuation[key] != nil, "\(key)") }
        let parameters = try #require(summary?["parameters"] as? [String: Any])
        #expect(parameters["strike"] as? Double == 260)
        #expect(parameters["latticeSteps"] as? Int == 366)
        let hedges = try #require(summary?["hedges"] as? [String: [String: Double]])
        for estimator in ["delta", "delta-gamma", "greeks", "exact"] {
            let hedge = try #require(hedges[estimator], "\(estimator)")
            for key in ["finalShares", "cumulativeResidual", "maxAbsResidual"] { #expect(hedge[key] != nil) }
        }
        #expect(hedges["exact"]?["cumulativeResidual"] == 0)
        let monteCarlo = try #require(summary?["monteCarlo"] as? [String: Any])
        #expect(monteCarlo["paths"] as? Int == 1_000)
        let sweep = try #require(monteCarlo["sweep"] as? [[String: Any]])
        #expect(sweep.count >= 4)
        for point in sweep {
            let (std, theory) = (try #require(point["std"] as? Double), try #require(point["theory"] as? Double))
            #expect(point["rebalances"] as? Int != nil)
            // Derman–Kamal's formula holds within 15% on 1,000 paths.
            #expect(abs(std / theory - 1) < 0.15, "\(point)")
        }
        #expect(try #require(monteCarlo["gridErrorRelative"] as? Double) < 0.001)
        let textbook = try #require(summary?["textbook"] as? [String: Any])
        #expect(textbook["cumulativeCost"] as? Double != nil && textbook["finalPnL"] as? Double != nil)

        let ledger = try String(contentsOf: output.appendingPathComponent("ledger.csv"), encoding: .utf8)
        let lines = ledger.split(separator: "\n")
        #expect(lines.count == 63, "a header and 62 dates: day 0 to 60 and the half day to expiry")
        let header = lines[0].split(separator: ",")
        #expect(header.starts(with: ["step", "day", "time_years", "exercised", "spot", "implied_volatility", "premium", "delta"]))
        #expect(header.contains("textbook_cumulative_cost") && header.contains("exact_residual"))
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == header.count)
            #expect(fields.allSatisfy { Double($0) != nil }, "\(line)")
        }
    }

    @Test func reportIsSelfContainedWithUniqueIds() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--output", folder.path, "--quiet", "--lattice-steps", "50"])
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
        let arguments = ["--quiet", "--lattice-steps", "40", "--seed", "11"]
        // Relative output folders from two working directories: the regenerating command in the
        // page is the same, and the templates are found beside the executable.
        for name in ["a", "b"] {
            let directory = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let result = try Executable.run(arguments + ["--output", "out"], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
        }
        for file in ["ledger.csv", "summary.json", "report.html", "charts/price-path.svg", "charts/premium-vs-hedge.svg"] {
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
            "--output", folder.path, "--quiet", "--lattice-steps", "30",
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
        let result = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "30", "--png"])
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
