import Foundation

/// Share prices at the rebalancing times of one path.
public struct PricePath: Sendable, Hashable, Codable {
    /// Years after the valuation origin t = 0 (ACT/365), strictly increasing, starting at 0.
    public var times: [Double]
    /// Share price at each time, currency per share.
    public var spots: [Double]

    public init(times: [Double], spots: [Double]) {
        precondition(times.count == spots.count, "a path needs one price per time")
        self.times = times
        self.spots = spots
    }

    /// Number of rebalancing intervals (one fewer than the points).
    public var stepCount: Int { max(times.count - 1, 0) }
}
