import MarketData
import Simulation
import Testing

/// From a price series to the simulation's path, and the check against the option's expiry.
struct PricePathTests {
    /// The course's quote date and expiry (DESIGN.md §2.6): 2023-06-16 → 2023-08-18, 63 days.
    static let expiry = CalendarDate.iso("2023-08-18")

    static func series(lastDate: String) throws -> PriceSeries {
        try Fixture.read("""
            date,close,iv
            2023-06-16,261.49,0.6056214
            2023-07-17,290.38,0.55
            \(lastDate),215.49,0.6
            """)
    }

    @Test func pathTimesAreACT365YearsFromTheFirstDate() throws {
        let path = try Self.series(lastDate: "2023-08-18").pricePath()
        #expect(path.times == [0, 31.0 / 365, 63.0 / 365])
        #expect(path.spots == [261.49, 290.38, 215.49])
    }

    @Test func rowOnTheExpiryDayPassesTheExpiryCheck() throws {
        let series = try Self.series(lastDate: "2023-08-18")
        try series.checkNotPastExpiry(Self.expiry)
        try series.checkNotPastExpiry(years: 63.0 / 365)
    }

    @Test func rowAfterTheExpiryIsRefusedNamingLineDateAndExpiry() throws {
        let series = try Self.series(lastDate: "2023-08-21")
        let error = try #require(throws: PriceFileError.self) { try series.checkNotPastExpiry(Self.expiry) }
        #expect(error.reason == .pastExpiry(line: 4, value: "2023-08-21", expiry: "2023-08-18"))
        #expect(error.exitCode == 65)
        #expect(error.description.hasSuffix(
            "prices.csv:4: 2023-08-21 is after the option's expiry 2023-08-18 (expected prices up to the expiry; drop the later rows or choose a later expiry)"
        ))
    }

    @Test func rowAfterTheExpiryInYearsIsRefusedNamingItsDateAndTheExpiryInDays() throws {
        let series = try Self.series(lastDate: "2023-08-21")
        let error = try #require(throws: PriceFileError.self) { try series.checkNotPastExpiry(years: 63.0 / 365) }
        #expect(error.line == 4)
        #expect(error.description.contains("prices.csv:4: 2023-08-21 (0.1808 years after the first row) is after the option's expiry at 0.1726 years (63 days)"))
    }

    /// A student's review (10): in a window of a longer file, "after the first row" read as
    /// the file's first row; the window's is named with its date.
    @Test func rowPastTheExpiryOfAWindowCountsFromTheWindowsFirstRowByItsDate() throws {
        let series = try Self.series(lastDate: "2023-08-21")
        let error = try #require(throws: PriceFileError.self) { try series.checkNotPastExpiry(years: 63.0 / 365, isWindow: true) }
        let first = try #require(series.dates?.first)
        #expect(error.description.contains(
            "prices.csv:4: 2023-08-21 (0.1808 years after the window's first row, \(first)) is after the option's expiry at 0.1726 years (63 days)"
        ), "\(error.description)")
    }

    @Test func timeColumnPastTheExpiryIsRefusedNamingTheTime() throws {
        let series = try Fixture.read("t,price\n0,100\n0.1,101\n0.3,102\n")
        let error = try #require(throws: PriceFileError.self) { try series.checkNotPastExpiry(years: 0.25) }
        #expect(error.description.contains("prices.csv:4: t = 0.3 years after the first row is after the option's expiry at 0.25 years (91.25 days)"))
    }

    @Test func newestFirstFileNamesTheLineOfTheRowPastTheExpiry() throws {
        let series = try Fixture.read("""
            Date,Close/Last
            08/21/2023,$215.49
            08/18/2023,$215.49
            06/16/2023,$261.49
            """)
        let error = try #require(throws: PriceFileError.self) { try series.checkNotPastExpiry(Self.expiry) }
        #expect(error.line == 2)
    }

    @Test func seriesBuiltInCodeRoundTripsThroughItsPath() {
        let series = PriceSeries(dates: nil, times: [0, 0.5, 1], prices: [50, 51, 49], source: "memory")
        #expect(series.pricePath() == PricePath(times: [0, 0.5, 1], spots: [50, 51, 49]))
        #expect(series.lines == [2, 3, 4])
    }
}
