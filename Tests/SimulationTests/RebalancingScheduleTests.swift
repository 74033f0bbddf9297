import Testing
import Simulation

/// The rebalancing dates: the start, whole intervals, and the horizon.
struct RebalancingScheduleTests {
    /// A frequency sweep's N rebalances over the horizon are N equal intervals of horizon/N.
    @Test func rebalancesOverAHorizonAreThatManyEqualIntervals() {
        let horizon = 60.5 / 365
        for n in [1, 6, 12, 30, 61, 121] {
            let schedule = RebalancingSchedule(rebalances: n, over: horizon)
            #expect(schedule == RebalancingSchedule(interval: horizon / Double(n), horizon: horizon))
            #expect(schedule.times.count == n + 1)
        }
    }

    @Test func wholeIntervalsThenAShorterLastOne() {
        let day = 1.0 / 365
        let expected: [Double] = [0, day, 2 * day, 2.5 * day]
        let times = RebalancingSchedule(interval: day, horizon: 2.5 * day).times
        #expect(times == expected)
    }

    @Test func intervalLongerThanTheHorizonKeepsTheStart() {
        // 1e9 weeks against 60.5 days: one step from the start to the horizon.
        let horizon = 60.5 / 365
        let times = RebalancingSchedule(interval: 1e9 * 7 / 365, horizon: horizon).times
        #expect(times == [0, horizon])
    }

    @Test func lastGapBelowAMillionthOfAnIntervalIsMerged() {
        let interval = 1.0 / 365
        let times = RebalancingSchedule(interval: interval, horizon: 3 * interval * (1 + 1e-9)).times
        #expect(times.count == 4)
        #expect(times.last == 3 * interval * (1 + 1e-9))
    }
}
