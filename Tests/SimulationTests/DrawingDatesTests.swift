import Simulation
import Testing

/// A coarse schedule with a finer drawing interval reads the path the finer schedule draws from
/// the same seed (common random numbers across intervals, DESIGN.md §2.9).
struct DrawingDatesTests {
    @Test func aWeeklyScheduleReadsTheDailyPathAtItsDates() {
        let daily = HedgeScenario.course
        var weekly = daily
        weekly.hedge.schedule.interval = 7 * daily.hedge.schedule.interval
        weekly.dynamics.drawingInterval = daily.hedge.schedule.interval
        let fine = daily.pricePath(), coarse = weekly.pricePath()
        #expect(coarse.times == weekly.hedge.schedule.times)
        for (time, spot) in zip(coarse.times, coarse.spots) {
            let index = fine.times.firstIndex { abs($0 - time) < 1e-12 }!
            #expect(abs(fine.spots[index] - spot) <= 1e-9 * spot)
        }
    }

    @Test func aDrawingIntervalEqualToTheScheduleChangesNothing() {
        var scenario = HedgeScenario.course
        let plain = scenario.pricePath()
        scenario.dynamics.drawingInterval = scenario.hedge.schedule.interval
        #expect(scenario.pricePath() == plain)
        #expect(scenario.drawingDates(for: scenario.hedge.schedule.times).times == scenario.hedge.schedule.times)
    }
}
