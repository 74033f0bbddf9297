import Analytics
import Testing

/// When a frequency sweep falls along a line (``PowerLawFit/fallsAlongLine(rebalances:std:standardErrors:)``),
/// on two sweeps of 1,000 paths each: the default report's (`Tests/Golden/default-report/summary.json`)
/// and a deep out-of-the-money put's (`report --strike 100`, review finding 6), whose std at
/// N = 121 rests on other paths than at N ≤ 61.
struct PowerLawFitLineTests {
    static let rebalances = [6, 12, 30, 61, 121]

    @Test func defaultSweepFallsAlongItsLine() throws {
        let std = [856.5834322229908, 617.4500655517794, 391.1767126966959, 267.23809486633064, 199.80333754555286]
        let errors = [25.256670247582313, 17.11421405337499, 10.879083439537148, 7.091261025594319, 5.468596121182284]
        let fit = try #require(PowerLawFit(rebalances: Self.rebalances, std: std, standardErrors: errors))
        let farthest = try #require(fit.farthestPoint(rebalances: Self.rebalances, std: std, standardErrors: errors))
        #expect(farthest.index == 3)
        #expect(abs(farthest.standardErrors - -1.07) < 0.01)
        #expect(fit.fallsAlongLine(rebalances: Self.rebalances, std: std, standardErrors: errors))
    }

    @Test func deepOutOfTheMoneySweepStraysFromItsLine() throws {
        let std = [0.6913502826103708, 0.7914085149613288, 0.5583436423478569, 0.43144836710668755, 0.11728755897054996]
        let errors = [0.22191041945063925, 0.19992854982151617, 0.24137383801502002, 0.17125937566205124, 0.019167665032979387]
        let fit = try #require(PowerLawFit(rebalances: Self.rebalances, std: std, standardErrors: errors))
        let farthest = try #require(fit.farthestPoint(rebalances: Self.rebalances, std: std, standardErrors: errors))
        #expect(farthest.index == 4)
        #expect(abs(farthest.standardErrors - -3.17) < 0.01)
        #expect(!fit.fallsAlongLine(rebalances: Self.rebalances, std: std, standardErrors: errors))
    }
}
