import Foundation
import Testing

/// `--from`/`--to` on a ten-year daily history: the report covers the window alone.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct WindowTests {
    /// Weekday closes from 2011-01-03 to 2020-12-31 (about 2,610 rows), a deterministic wobble.
    static func tenYears(in folder: URL) throws -> (path: String, rows: [(date: String, close: Double)]) {
        var rows = [(date: String, close: Double)]()
        let calendar = Calendar(identifier: .gregorian)
        let utc = TimeZone(identifier: "UTC")!
        var date = DateComponents(calendar: calendar, timeZone: utc, year: 2011, month: 1, day: 3).date!
        let end = DateComponents(calendar: calendar, timeZone: utc, year: 2020, month: 12, day: 31).date!
        var index = 0
        while date <= end {
            let weekday = calendar.component(.weekday, from: date)
            if weekday != 1 && weekday != 7 {
                let close = 100 + 30 * sin(Double(index) / 40) + Double(index % 5)
                rows.append((ISO8601DateFormatter.string(from: date, timeZone: utc, formatOptions: [.withFullDate]), close))
                index += 1
            }
            date = date.addingTimeInterval(86_400)
        }
        let text = "date,close\n" + rows.map { "\($0.date),\(String(format: "%.2f", $0.close))" }.joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent("ten-years.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let rounded = rows.map { ($0.date, Double(String(format: "%.2f", $0.close))!) }
        return (file.path, rounded)
    }

    /// On the trading-day basis the window's expiry is still 60 calendar days (it read 63.73,
    /// 44 weekdays ÷ 252 × 365), with its trading days beside it (issue 22).
    @Test func windowOnTheTradingBasisCountsCalendarDaysAndTradingDays() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, rows) = try Self.tenYears(in: folder)
        let result = try Executable.run([
            "--prices", file, "--from", "2019-12-02", "--to", "2020-01-31", "--year-basis", "252", "--paths", "0",
            "--output", folder.appendingPathComponent("out").path, "--quiet", "--lattice-steps", "50", "--exercise", "hold",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let window = rows.filter { $0.date >= "2019-12-02" && $0.date <= "2020-01-31" }
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/summary.json"))) as? [String: Any]
        )
        let parameters = try #require(summary["parameters"] as? [String: Any])
        #expect(abs((parameters["daysToExpiry"] as? Double ?? 0) - 60) < 1e-9, "calendar days to the window's last row")
        // The file's rows are every weekday: 45 in the window, 44 trading days after the first.
        let trading = try #require(parameters["tradingDaysToExpiry"] as? Double)
        #expect(abs(trading - Double(window.count - 1)) < 1e-9, "\(trading)")
        #expect(abs((parameters["yearsToExpiry"] as? Double ?? 0) - Double(window.count - 1) / 252) < 1e-12)
    }

    @Test func windowOfATenYearFileGivesAReportOfThatWindowAlone() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, rows) = try Self.tenYears(in: folder)
        #expect(rows.count > 2_600)
        let result = try Executable.run([
            "--prices", file, "--from", "2019-12-02", "--to", "2020-01-31",
            "--output", folder.appendingPathComponent("out").path, "--quiet", "--lattice-steps", "50", "--exercise", "hold",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let window = rows.filter { $0.date >= "2019-12-02" && $0.date <= "2020-01-31" }
        #expect(window.count == 45)
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/summary.json"))) as? [String: Any]
        )
        let parameters = try #require(summary["parameters"] as? [String: Any])
        #expect(parameters["from"] as? String == "2019-12-02")
        #expect(parameters["to"] as? String == "2020-01-31")
        #expect(parameters["spot"] as? Double == window[0].close)
        #expect(abs((parameters["daysToExpiry"] as? Double ?? 0) - 60) < 1e-9, "expiry at the window's last row")
        let path = try #require(summary["path"] as? [String: Any])
        #expect(path["rebalancingDates"] as? Int == 45)
        #expect(path["initialSpot"] as? Double == window[0].close)
        #expect(path["finalSpot"] as? Double == window[44].close)
        // σ̂ by hand: Σ(r − μ̂δt)²/Σδt · n/(n − 1), δt calendar days ÷ 365.
        let days = window.map { row -> Double in
            let parts = row.date.split(separator: "-").map { Int($0)! }
            let components = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: parts[0], month: parts[1], day: parts[2])
            return components.date!.timeIntervalSince1970 / 86_400
        }
        let steps = zip(days, days.dropFirst()).map { ($1 - $0) / 365 }
        let returns = zip(window, window.dropFirst()).map { log($1.close / $0.close) }
        let drift = returns.reduce(0, +) / steps.reduce(0, +)
        let squares = zip(returns, steps).map { ($0 - drift * $1) * ($0 - drift * $1) }.reduce(0, +)
        let expected = (squares / steps.reduce(0, +) * 44 / 43).squareRoot()
        let realized = try #require(path["realizedVolatility"] as? Double)
        #expect(abs(realized - expected) < 1e-12 * expected)
        let ledger = try String(contentsOf: folder.appendingPathComponent("out/ledger.csv"), encoding: .utf8)
        #expect(ledger.split(separator: "\n").count == 46)
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(html.contains("45 prices from \(file) from 2019-12-02 to 2020-01-31"))
    }

    @Test func windowOutsideTheFileIsRefusedNamingTheDatesAndTheFilesRange() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, _) = try Self.tenYears(in: folder)
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(["--prices", file, "--from", "2021-01-04", "--to", "2021-02-26", "--output", output.path, "--quiet"])
        #expect(result.status == 64)
        #expect(result.standardError == "error: --from 2021-01-04 and --to 2021-02-26: \(file): the window 2021-01-04 to 2021-02-26 reaches outside the file's dates, 2011-01-03 to 2020-12-31 (expected a window inside them)\n")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written")
    }
}
