import Testing
@testable import Simulation

struct RandomTests {
    /// First outputs for seed 0 of the reference SplitMix64 (Vigna's splitmix64.c, the
    /// generator Java's SplittableRandom uses).
    @Test func splitMixMatchesReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func normalDrawsHaveUnitMoments() {
        var generator = SplitMix64(seed: 42)
        let count = 200_000
        var sum = 0.0, sumOfSquares = 0.0
        for _ in 0..<count {
            let z = generator.nextStandardNormal()
            sum += z
            sumOfSquares += z * z
        }
        let mean = sum / Double(count)
        let variance = sumOfSquares / Double(count) - mean * mean
        // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance.
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.015)
    }

    @Test func geometricBrownianMotionHasLognormalLogReturns() {
        var generator = SplitMix64(seed: 1)
        let times = RebalancingSchedule(interval: 1.0 / 365, horizon: 1).times
        var logReturns = [Double]()
        for _ in 0..<200 {
            let path = PricePath.geometricBrownianMotion(
                spot: 100, drift: 0.05, volatility: 0.3, times: times, using: &generator
            )
            logReturns.append(Foundation.log(path.spots.last! / 100))
        }
        let mean = logReturns.reduce(0, +) / Double(logReturns.count)
        // E[ln S_T/S_0] = μ − σ²/2 = 0.005; the standard error is 0.3/√200 ≈ 0.021.
        #expect(abs(mean - 0.005) < 0.07)
    }

    @Test func scheduleEndsWithShorterLastInterval() {
        let times = RebalancingSchedule(interval: 1, horizon: 2.5).times
        #expect(times == [0, 1, 2, 2.5])
        #expect(RebalancingSchedule(interval: 0.1, horizon: 0.3).times.count == 4)
    }
}

import Foundation

struct GeometricBrownianBundleTests {
    /// Path k of a bundle is ``PricePath/geometricBrownianMotion(spot:drift:volatility:times:using:)``
    /// with path k's generator, ln S bit for bit, over uneven steps.
    @Test func bundleDrawsThePathsOfPricePathExactly() {
        let times = [0, 0.01, 0.015, 0.04, 0.1, 0.25]
        let seeds: [UInt64] = [1, 99, 12_345, 0xDEAD_BEEF]
        var bundle = PathBundle(GeometricBrownianMotion(drift: 0.13, volatility: 0.2), spot: 49, seeds: seeds)
        var logSpots = [[Double]](repeating: [], count: seeds.count)
        for j in 1..<times.count {
            bundle.advance(over: times[j] - times[j - 1])
            for k in seeds.indices { logSpots[k].append(bundle.states[k]) }
        }
        for (k, seed) in seeds.enumerated() {
            var generator = SplitMix64(seed: seed)
            let path = PricePath.geometricBrownianMotion(spot: 49, drift: 0.13, volatility: 0.2, times: times, using: &generator)
            #expect(Array(path.spots.dropFirst()) == logSpots[k].map { Foundation.exp($0) })
        }
    }
}
