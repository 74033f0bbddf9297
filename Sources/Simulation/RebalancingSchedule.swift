/// When the hedge is rebalanced: every `interval` years from 0, and once more at the horizon.
public struct RebalancingSchedule: Sendable, Hashable, Codable {
    /// Years between rebalancing dates (1/365 for daily, ACT/365).
    public var interval: Double
    /// Years after 0 at which the simulation stops (the expiry by default).
    public var horizon: Double

    public init(interval: Double, horizon: Double) {
        self.interval = interval
        self.horizon = horizon
    }

    /// `rebalances` equal intervals over `horizon` (years): the interval horizon/N of a
    /// frequency sweep's N rebalances.
    public init(rebalances: Int, over horizon: Double) {
        self.init(interval: horizon / Double(rebalances), horizon: horizon)
    }

    /// The rebalancing times 0, Δ, 2Δ, … and the horizon itself, which ends a shorter last
    /// interval when the horizon is not a whole number of intervals (60.5 days gives 60 daily
    /// steps and a final half-day). A last gap below a millionth of an interval is merged into
    /// the step before it; the start is always kept, so an interval longer than the horizon
    /// gives the two dates 0 and the horizon.
    public var times: [Double] {
        guard interval > 0, horizon > 0 else { return [0] }
        let fullSteps = Int((horizon / interval * (1 + 1e-12)).rounded(.down))
        var times = (0...fullSteps).map { Double($0) * interval }
        if times.count == 1 || horizon - times[times.count - 1] > interval * 1e-6 {
            times.append(horizon)
        } else {
            times[times.count - 1] = horizon
        }
        return times
    }
}
