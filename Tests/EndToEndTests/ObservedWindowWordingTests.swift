import Foundation
import Testing

/// A student's review of a window of the TSLA export in `data/` (findings 4 and 10): the page
/// counts the prices the window holds, names where an early exercise stopped the hedge, and a
/// window that runs past the expiry is refused naming `--to` and the window's first row.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ObservedWindowWordingTests {
    /// The file's dates (ISO) from `from` to `to`, both included, read from the CSV here.
    static func dates(from: String, to: String) throws -> [String] {
        let text = try String(contentsOfFile: PriceFileTests.tsla, encoding: .utf8)
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "M/d/yyyy"
        let iso = DateFormatter()
        iso.locale = parser.locale
        iso.timeZone = parser.timeZone
        iso.dateFormat = "yyyy-MM-dd"
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            parser.date(from: String(line.split(separator: ",")[0])).map { iso.string(from: $0) }
        }.filter { $0 >= from && $0 <= to }.sorted()
    }

    /// Runs `report --prices TSLA arguments…` without a study; its page as text and its ledger's
    /// steps.
    func run(_ arguments: [String]) throws -> (page: String, steps: [Int]) {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(
            ["report", "--quiet", "--output", folder.path, "--lattice-steps", "60", "--prices", PriceFileTests.tsla] + arguments
        )
        try #require(result.status == 0, "\(result.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
            .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&#39;", with: "'")
        let ledger = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8)
        let steps = ledger.split(whereSeparator: \.isNewline).dropFirst().compactMap { Int($0.split(separator: ",")[0]) }
        return (page, steps)
    }

    /// The reviewer's window: the put is exercised at its 30th price, 2020-03-16, of the 62 the
    /// window holds; the page said "30 prices … to 2020-04-30".
    @Test func aWindowStoppedByAnExerciseCountsItsPricesAndNamesTheExercise() throws {
        let window = try Self.dates(from: "2020-02-01", to: "2020-04-30")
        let report = try run(["--from", "2020-02-01", "--to", "2020-04-30"])
        let last = try #require(report.steps.last)
        #expect(report.steps.count == last + 1 && last + 1 < window.count, "the hedge stops before the window's end")
        #expect(report.page.contains(
            "\(window.count) prices from \(PriceFileTests.tsla) from \(window[0]) to \(window[window.count - 1]), "
        ), "\(report.page)")
        #expect(report.page.contains(
            "rebalancing at each of them up to the exercise of the put on \(window[last]), the \(last + 1)th of them, where the hedge stops"
        ))
        #expect(report.page.contains("observed prices, \(window.count) dates"))
        #expect(report.page.contains("over the hedged path's n log returns"))
    }

    /// A window the hedge runs through (a call, never exercised here): the count was right
    /// before and stays so, with no exercise named.
    @Test func aWindowHedgedToItsEndCountsItsPricesAsBefore() throws {
        let window = try Self.dates(from: "2020-01-02", to: "2020-03-31")
        let report = try run(["--from", "2020-01-02", "--to", "2020-03-31", "--type", "call"])
        #expect(report.steps.count == window.count)
        #expect(report.page.contains("\(window.count) prices from \(PriceFileTests.tsla) from \(window[0]) to \(window[window.count - 1]), "))
        #expect(!report.page.contains("up to the exercise"))
        #expect(report.page.contains("observed prices, \(window.count) dates"))
        #expect(report.page.contains("over the file's n log returns"))
    }

    /// `--days 30` from 2020-01-02 ends the option before the rest of the file: the remedy is
    /// `--to` (or a later `--days`), counted from the window's first row, named with its date.
    @Test func aWindowPastTheExpiryIsRefusedNamingToAndTheWindowsFirstRow() throws {
        let result = try Executable.run(["--prices", PriceFileTests.tsla, "--from", "2020-01-02", "--days", "30", "--output", "/tmp/never-written-\(UUID())"])
        #expect(result.status == 64)
        #expect(result.standardError.contains(
            "2020-02-03 (0.0877 years after the window's first row, 2020-01-02) is after the option's expiry at 0.0822 years (30 days) "
                + "(expected prices up to the expiry: end the window by it with --to, or choose a later expiry with --days)"
        ), "\(result.standardError)")
        // Without a window the file's own rows are the remedy, as before.
        let whole = try Executable.run(["--prices", PriceFileTests.tsla, "--days", "60", "--output", "/tmp/never-written-\(UUID())"])
        #expect(whole.status == 64)
        #expect(whole.standardError.contains("years after the first row) is after the option's expiry"))
        #expect(whole.standardError.contains("drop the later rows or choose a later expiry"), "\(whole.standardError)")
    }
}
