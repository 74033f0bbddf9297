import Simulation
import Testing

/// `--year-basis`: what a day, an hour, a minute and a week are in years.
struct YearBasisTests {
    /// The course's minute is 1/(252·390) of a year; its day 1/252.
    @Test func tradingBasisGivesTheCoursesMinute() {
        let minute = TradingDuration(count: 1, unit: .minute).years(in: .trading)
        #expect(minute == 1.0 / 252 / 390)
        #expect(abs(1 / minute - 98_280) < 1e-9)
        #expect(TradingDuration(count: 1, unit: .day).years(in: .trading) == 1.0 / 252)
        #expect(TradingDuration(count: 1, unit: .hour).years(in: .trading) == 1.0 / 252 / 6.5)
        #expect(TradingDuration(count: 2, unit: .week).years(in: .trading) == 2 * 5.0 / 252)
    }

    /// The calendar basis is today's: the same years as ``TradingDuration/years``.
    @Test(arguments: TradingDuration.Unit.allCases)
    func calendarBasisIsTheDefault(unit: TradingDuration.Unit) {
        let duration = TradingDuration(count: 3, unit: unit)
        #expect(duration.years(in: .calendar) == duration.years)
    }

    @Test func weekIsSevenCalendarDays() {
        #expect(TradingDuration(count: 1, unit: .week).years(in: .calendar) == 7.0 / 365)
    }
}
