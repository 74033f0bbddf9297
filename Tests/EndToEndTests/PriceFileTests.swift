import Foundation
import Testing

/// `--prices FILE`: real exports as they come, and clear refusals. (A price file turns the
/// Monte Carlo study off unless `--paths` asks for it.)
@Suite(.serialized, .timeLimit(.minutes(1)))
struct PriceFileTests {
    /// The real Nasdaq-style export in `data/` (US dates, CRLF, eight empty trailing columns):
    /// 252 daily TSLA closes from 2019-07-29 (235.77) to 2020-07-27 (1,539.60).
    static let tsla = Executable.packageRoot
        .appendingPathComponent("data/TSLA-2019-07-29_2020-07-27-nasdaq-export.csv").path

    @Test func realTeslaExportMakesAReport() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["--prices", Self.tsla, "--output", folder.path, "--quiet", "--lattice-steps", "50"])
        #expect(result.status == 0, "\(result.standardError)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        )
        let parameters = try #require(summary["parameters"] as? [String: Any])
        #expect(parameters["spot"] as? Double == 235.77)
        #expect(parameters["strike"] as? Double == 236, "at the money by default")
        #expect(abs((parameters["daysToExpiry"] as? Double ?? 0) - 364) < 1e-9, "expiry at the last row")
        #expect(parameters["pathModel"] as? String == "file")
        let path = try #require(summary["path"] as? [String: Any])
        #expect(path["rebalancingDates"] as? Int == 252)
        #expect(path["finalSpot"] as? Double == 1539.6)
        let ledger = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8)
        #expect(ledger.split(separator: "\n").count == 253)
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("along the observed path"))
    }

    @Test func fiveYearDailyFileWorksEndToEnd() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // About 1,260 weekday rows over five years, a smooth wave around 200.
        var lines = ["Date,Open,High,Low,Close,Adj Close,Volume"]
        var day = 0
        var date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2018, month: 1, day: 1).date!
        while lines.count <= 1_260 {
            let weekday = Calendar(identifier: .gregorian).component(.weekday, from: date)
            if weekday != 1 && weekday != 7 {
                let close = 200 + 40 * sin(Double(day) / 60) + Double(day % 7)
                let iso = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
                lines.append("\(iso),1,1,1,\(String(format: "%.2f", close)),1,1000")
            }
            day += 1
            date = date.addingTimeInterval(86_400)
        }
        let file = folder.appendingPathComponent("five-years.csv")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        // Held to the end: an in-the-money put might otherwise be exercised early and end the ledger.
        let result = try Executable.run([
            "--prices", file.path, "--output", folder.appendingPathComponent("out").path, "--quiet", "--lattice-steps", "30",
            "--exercise", "hold",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let ledger = try String(contentsOf: folder.appendingPathComponent("out/ledger.csv"), encoding: .utf8)
        #expect(ledger.split(separator: "\n").count == 1_261)
    }

    @Test(arguments: [
        (["--days", "60"], "after the option's expiry", Int32(64)),
        (["--drift", "0.1"], "--drift does not apply", Int32(64)),
        (["--spot", "300"], "--spot 300", Int32(64)),
    ])
    func contradictionsWithThePriceFileAreRefused(arguments: [String], message: String, status: Int32) throws {
        let result = try Executable.run(["--prices", Self.tsla, "--output", "/tmp/never-written-\(UUID())"] + arguments)
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func badRowNamesFileLineAndColumn() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try "date,close\n2023-06-16,261.49\n2023-06-20,abc\n2023-06-21,262\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Executable.run(["--prices", file.path, "--output", folder.appendingPathComponent("out").path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.csv:3"))
        #expect(result.standardError.contains("'abc'"))
        let missing = try Executable.run(["--prices", folder.appendingPathComponent("none.csv").path])
        #expect(missing.status == 74)
        #expect(missing.standardError.contains("none.csv"))
    }
}
