import MarketData
import Testing

/// Calendar dates: parsed by hand in the formats exports use, counted ACT/365.
struct CalendarDateTests {
    @Test(arguments: [
        ("2023-06-16", 2023, 6, 16),
        ("2023-6-16", 2023, 6, 16),
        ("6/16/2023", 2023, 6, 16),
        ("06/16/2023", 2023, 6, 16),
        ("7/29/2019", 2019, 7, 29),
        ("03/04/2023", 2023, 3, 4),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
    ])
    func parsesISOAndUSDates(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(parsing: text))
        #expect(date == CalendarDate(year: year, month: month, day: day))
    }

    @Test(arguments: [
        "", "2023-06", "20230616", "2023-06-16-01", "2023/06/16", "16.06.2023", "6/16/23", "16/06/2023",
        "2023-02-29", "1900-02-29", "2023-04-31", "2023-00-10", "2023-13-01", "2023-06-00", "2023-06-16T09:30",
        " 2023-06-16", "2023-06/16", "-2023-06-16", "２０２３-06-16",
        "99999999999999999999999-01-01", "02023-06-16", "1/1/99999999999999999999999",
    ])
    func refusesOtherTextAndDaysThatDoNotExist(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func printsAsISO() {
        #expect(CalendarDate.iso("7/4/2019").description == "2019-07-04")
    }

    /// Unix day numbers from the definition (1970-01-01 is day 0) and `date -d … +%s` ÷ 86,400.
    @Test(arguments: [("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2023-06-16", 19_524)])
    func countsDaysSinceTheUnixEpoch(text: String, days: Int) {
        #expect(CalendarDate.iso(text).daysSinceEpoch == days)
    }

    /// ACT/365: actual calendar days ÷ 365 (DESIGN.md §2.5); the course's contract runs from
    /// 2023-06-16 to its expiry 2023-08-18, 63 days.
    @Test(arguments: [
        ("2023-06-16", "2023-08-18", 63),
        ("2019-07-29", "2020-07-27", 364),
        ("2020-02-28", "2020-03-01", 2),
        ("2023-02-28", "2023-03-01", 1),
        ("2023-12-31", "2024-01-01", 1),
        ("2023-08-18", "2023-06-16", -63),
    ])
    func yearFractionIsCalendarDaysOver365(from start: String, to end: String, days: Int) {
        let start = CalendarDate.iso(start), end = CalendarDate.iso(end)
        #expect(start.days(to: end) == days)
        #expect(start.yearFraction(to: end) == Double(days) / 365)
    }

    @Test func datesOrderByDay() {
        #expect(CalendarDate.iso("2019-12-31") < .iso("2020-01-01"))
        #expect(CalendarDate.iso("2020-01-31") < .iso("2020-02-01"))
        #expect(!(CalendarDate.iso("2020-02-01") < .iso("2020-02-01")))
    }
}
