import MarketData
import Testing

/// `--from`/`--to`: a window of a longer price history, its first row the new start.
struct WindowTests {
    static let text = """
        date,close,iv
        2019-11-29,80.00,0.50
        2019-12-02,81.00,0.51
        2019-12-03,82.00,0.52
        2019-12-06,83.00,0.53
        2020-01-31,84.00,0.54
        2020-02-03,85.00,0.55
        """

    @Test func windowKeepsTheRowsBetweenItsDatesWithTheirLinesAndStartsAtZero() throws {
        let series = try Fixture.read(Self.text)
        let window = try series.window(from: .iso("2019-12-01"), to: .iso("2020-01-31"))
        #expect(window.dates == ["2019-12-02", "2019-12-03", "2019-12-06", "2020-01-31"].map(CalendarDate.iso))
        #expect(window.prices == [81, 82, 83, 84])
        #expect(window.impliedVolatilities == [0.51, 0.52, 0.53, 0.54])
        #expect(window.lines == [3, 4, 5, 6], "each row keeps the line it came from")
        let years: [Double] = [0, 1, 4, 60].map { $0 / 365 }
        #expect(window.yearsFromStart == years)
    }

    @Test func missingBoundIsTheFilesOwnEnd() throws {
        let series = try Fixture.read(Self.text)
        #expect(try series.window(from: .iso("2020-01-31"), to: nil).prices == [84, 85])
        #expect(try series.window(from: nil, to: .iso("2019-12-02")).prices == [80, 81])
    }

    @Test(arguments: [
        ("2019-11-28", "2019-12-31"),
        ("2019-12-02", "2020-02-04"),
        ("2009-01-01", "2009-02-27"),
    ])
    func windowReachingOutsideTheFileIsRefusedNamingBothRanges(from: String, to: String) throws {
        let series = try Fixture.read(Self.text)
        let error = try #require(throws: PriceFileError.self) { try series.window(from: .iso(from), to: .iso(to)) }
        #expect(error.reason == .windowOutsideFile(from: from, to: to, first: "2019-11-29", last: "2020-02-03"))
        #expect(error.description.hasSuffix(
            "prices.csv: the window \(from) to \(to) reaches outside the file's dates, 2019-11-29 to 2020-02-03 (expected a window inside them)"
        ))
    }

    @Test func windowWithOneRowIsRefused() throws {
        let series = try Fixture.read(Self.text)
        let error = try #require(throws: PriceFileError.self) { try series.window(from: .iso("2019-12-04"), to: .iso("2019-12-31")) }
        #expect(error.reason == .windowTooFewRows(from: "2019-12-04", to: "2019-12-31", rows: 1))
        #expect(error.description.contains("holds only one row"))
    }

    @Test func fileWithoutDatesHasNoWindow() throws {
        let series = try Fixture.read("t,price\n0,100\n0.1,101\n0.2,102\n")
        let error = try #require(throws: PriceFileError.self) { try series.window(from: .iso("2019-12-02"), to: nil) }
        #expect(error.reason == .noDateColumn)
    }
}
