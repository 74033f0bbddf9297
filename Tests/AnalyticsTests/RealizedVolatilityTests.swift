import Analytics
import Foundation
import Simulation
import Testing

/// The realized volatility of a path: the annualised standard deviation of its log returns.
struct RealizedVolatilityTests {
    /// Equal steps: the sample standard deviation (n − 1) of the log returns ÷ √δt, by hand.
    @Test func equalStepsGiveTheSampleStandardDeviationOverRootStep() throws {
        let spots = [100.0, 102, 99, 101, 104]
        let step = 1.0 / 252
        let returns = zip(spots, spots.dropFirst()).map { log($1 / $0) }
        let mean = returns.reduce(0, +) / 4
        let sample = (returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        let times = spots.indices.map { Double($0) * step }
        let estimate = try #require(RealizedVolatility.of(times: times, spots: spots))
        #expect(abs(estimate - sample / step.squareRoot()) < 1e-12)
    }

    /// A return over three days counts as three days: a path that moves by the same amount per
    /// √day on a weekend gap as on weekdays realizes one volatility throughout.
    @Test func eachReturnCountsForItsOwnSpan() throws {
        // Returns of +a·√δt and −a·√δt alternately (a per √year), one of them across a three-day gap.
        let day = 1.0 / 365, a = 0.02
        var times = [0.0], spots = [100.0]
        for (index, gap) in [1.0, 1, 3, 1, 1, 1].enumerated() {
            let sign = index.isMultiple(of: 2) ? 1.0 : -1.0
            times.append(times.last! + gap * day)
            spots.append(spots.last! * exp(sign * a * (gap * day).squareRoot()))
        }
        let uneven = try #require(RealizedVolatility.of(times: times, spots: spots))
        // Read as six equal days, the three-day return would inflate the estimate.
        let asDays = try #require(RealizedVolatility.of(times: times.indices.map { Double($0) * day }, spots: spots))
        #expect(uneven < asDays)
        // By hand: returns ±a·√δt, drift per year μ̂ = Σr/Σδt, σ̂² = Σ(r − μ̂δt)²/Σδt · 6/5.
        let steps = zip(times, times.dropFirst()).map { $1 - $0 }
        let returns = zip(spots, spots.dropFirst()).map { log($1 / $0) }
        let drift = returns.reduce(0, +) / steps.reduce(0, +)
        let squares = zip(returns, steps).map { ($0 - drift * $1) * ($0 - drift * $1) }.reduce(0, +)
        #expect(abs(uneven - (squares / (8 * day) * 6 / 5).squareRoot()) < 1e-12)
        #expect(abs(uneven - a) < 0.15 * a, "about a per √year, the size of every move per √(its span)")
    }

    @Test func fewerThanTwoReturnsHaveNoVolatility() {
        #expect(RealizedVolatility.of(times: [0, 0.1], spots: [100, 101]) == nil)
        #expect(RealizedVolatility.of(times: [0], spots: [100]) == nil)
    }
}
