import MarketData
import Testing

/// The trading-day basis counts a price file's dates in weekdays.
struct WeekdayTests {
    @Test(arguments: [
        ("2019-11-29", "2019-12-02", 1),  // Friday → Monday
        ("2019-12-02", "2019-12-09", 5),  // a whole week
        ("2019-12-02", "2019-12-02", 0),
        ("2019-12-07", "2019-12-08", 0),  // Saturday → Sunday
        ("2019-12-06", "2019-12-07", 0),  // Friday → Saturday
        ("2019-12-09", "2019-12-02", -5),
        ("1969-12-26", "1970-01-05", 6),  // across the epoch: Fri 26 Dec 1969 → Mon 5 Jan 1970
        ("2019-12-02", "2020-01-31", 44),  // the done-when window: 45 weekday rows, 44 steps
    ])
    func weekdaysAfterTheFirstUpToTheSecond(from: String, to: String, expected: Int) {
        #expect(CalendarDate.iso(from).weekdays(to: CalendarDate.iso(to)) == expected)
    }

    @Test func weekendDaysAreKnown() {
        #expect(CalendarDate.iso("2019-12-07").isWeekend)
        #expect(CalendarDate.iso("2019-12-08").isWeekend)
        #expect(!CalendarDate.iso("2019-12-06").isWeekend)
        #expect(!CalendarDate.iso("2019-12-09").isWeekend)
        #expect(!CalendarDate.iso("1970-01-01").isWeekend)
        #expect(CalendarDate.iso("1969-12-28").isWeekend)
    }

    @Test func tradingBasisPlacesRowsByWeekdays() throws {
        let series = try Fixture.read("date,close\n2019-11-29,80\n2019-12-02,81\n2019-12-09,82\n")
        #expect(series.pricePath(basis: .trading).times == [0, 1.0 / 252, 6.0 / 252])
        #expect(series.pricePath(basis: .calendar).times == series.pricePath().times)
    }
}
