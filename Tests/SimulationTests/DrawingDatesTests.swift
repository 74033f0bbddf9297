import Simulation
import Testing

/// A coarse schedule with a finer drawing interval reads the path the finer schedule draws from
/// the same seed (common random numbers across intervals, DESIGN.md §2.9).
struct DrawingDatesTests {
    @Test func aWeeklyScheduleReadsTheDailyPathAtItsDates() {
        let daily = HedgeScenario.course
        var weekly = daily
        weekly.schedule.interval = 7 * daily.schedule.interval
        weekly.drawingInterval = daily.schedule.interval
        let fine = daily.pricePath(), coarse = weekly.pricePath()
        #expect(coarse.times == weekly.schedule.times)
        for (time, spot) in zip(coarse.times, coarse.spots) {
            let index = fine.times.firstIndex { abs($0 - time) < 1e-12 }!
            #expect(abs(fine.spots[index] - spot) <= 1e-9 * spot)
        }
    }

    @Test func aDrawingIntervalEqualToTheScheduleChangesNothing() {
        var scenario = HedgeScenario.course
        let plain = scenario.pricePath()
        scenario.drawingInterval = scenario.schedule.interval
        #expect(scenario.pricePath() == plain)
        #expect(scenario.drawingDates(for: scenario.schedule.times).times == scenario.schedule.times)
    }
}
