import Foundation
@testable import HedgeReportCLI
import Testing

/// `--from`/`--to` choose a window of `--prices`: the window's first row is the start and its
/// last row the expiry; a window the file cannot give is refused before any work, exit 64.
struct WindowFlagTests {
    /// Weekday closes from 2019-11-25 to 2020-02-07, a price rising by 1 a row from 80.
    static func file(in folder: URL) throws -> String {
        var lines = ["date,close"]
        var day = CalendarDay(year: 2019, month: 11, day: 25)
        var price = 80.0
        while day.description <= "2020-02-07" {
            if !day.isWeekend {
                lines.append("\(day),\(price)")
                price += 1
            }
            day = day.next
        }
        return try Invocation.write(lines.joined(separator: "\n") + "\n", named: "history.csv", in: folder)
    }

    @Test func windowSetsTheSpotStrikeAndExpiryFromItsRows() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.file(in: folder)
        let run = try Invocation.report(["--prices", file, "--from", "2019-12-02", "--to", "1/31/2020", "--lattice-steps", "20"])
        let scenario = run.pipeline.scenario
        // 2019-11-25…29 are five rows before the window: the window starts at 85.
        #expect(scenario.market.spot == 85)
        #expect(scenario.position.contract.strike == 85)
        #expect(abs(scenario.position.contract.expiry - 60.0 / 365) < 1e-15, "2019-12-02 to 2020-01-31, 60 days")
        guard case let .observed(path) = scenario.dynamics.pathModel else { Issue.record("not observed"); return }
        #expect(path.spots.count == 45, "the weekdays from 2019-12-02 to 2020-01-31")
        #expect(run.pipeline.settings.startDate == "2019-12-02")
        #expect(run.pipeline.settings.endDate == "2020-01-31")
        #expect(run.parameters.command("report").contains("--from 2019-12-02 --to 1/31/2020"))
    }

    @Test(arguments: [
        (["--from", "2009-01-01", "--to", "2009-02-27"],
         "--from 2009-01-01 and --to 2009-02-27: ", "the window 2009-01-01 to 2009-02-27 reaches outside the file's dates, 2019-11-25 to 2020-02-07"),
        (["--to", "2020-03-01"], "--to 2020-03-01: ", "the window 2019-11-25 to 2020-03-01 reaches outside the file's dates, 2019-11-25 to 2020-02-07"),
        (["--from", "2020-02-07"], "--from 2020-02-07: ", "holds only one row"),
        (["--from", "2020-01-31", "--to", "2019-12-02"], "--from 2020-01-31 is not before --to 2019-12-02", ""),
        (["--from", "2020-01-31", "--to", "2020-01-31"], "--from 2020-01-31 is not before --to 2020-01-31", ""),
        (["--from", "2019-02-30"], "--from must be a date, YYYY-MM-DD or M/D/YYYY, got '2019-02-30'", ""),
        (["--to", "yesterday"], "--to must be a date", ""),
    ])
    func badWindowIsRefusedNamingTheFlagsAndTheDates(arguments: [String], start: String, detail: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.file(in: folder)
        guard let error = Invocation.reportRefusal(["--prices", file] + arguments) else { return }
        #expect(error.exitStatus == 64, "\(error)")
        #expect(error.description.hasPrefix(start), "\(error)")
        #expect(detail.isEmpty || error.description.contains(detail), "\(error)")
    }

    @Test(arguments: ["--from", "--to"])
    func windowWithoutAPriceFileIsRefused(flag: String) {
        guard let error = Invocation.reportRefusal([flag, "2019-12-02"]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description == "\(flag) chooses a window of a price file: add --prices FILE, or drop \(flag)")
    }
}

/// A calendar day for building fixtures, stepped one day at a time.
private struct CalendarDay: CustomStringConvertible {
    var year: Int, month: Int, day: Int

    var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Saturday or Sunday (Zeller's congruence, 0 = Saturday).
    var isWeekend: Bool {
        let m = month < 3 ? month + 12 : month, y = month < 3 ? year - 1 : year
        let weekday = (day + 13 * (m + 1) / 5 + y % 100 + y % 100 / 4 + y / 100 / 4 + 5 * (y / 100)) % 7
        return weekday == 0 || weekday == 1
    }

    var next: CalendarDay {
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if day < lengths[month - 1] { return CalendarDay(year: year, month: month, day: day + 1) }
        return month == 12 ? CalendarDay(year: year + 1, month: 1, day: 1) : CalendarDay(year: year, month: month + 1, day: 1)
    }
}
