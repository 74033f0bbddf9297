import Foundation
import Testing
@testable import Simulation

/// The seam's contract: one path, a bundle of paths and given Brownian increments draw the same
/// numbers through the same `advance`.
struct PathGeneratorTests {
    static let times = (0...40).map { Double($0) / 365 } + [40.5 / 365]

    static let merton = MertonJumpDiffusion(
        drift: 0.05, volatility: 0.3, jumps: MertonJumps(intensity: 20, mean: -0.05, standardDeviation: 0.1)
    )
    static let heston = HestonProcess(
        drift: 0.05, variance: HestonVariance(kappa: 2, theta: 0.09, xi: 0.4, rho: -0.7, initialVariance: 0.04)
    )

    /// Each path of a bundle, advanced date by date, against the same seed drawn one path at a time.
    func bundleMatchesPaths<G: PathGenerator>(_ generator: G) {
        let seeds: [UInt64] = [1, 2, 99, 12345]
        var bundle = PathBundle(generator, spot: 100, seeds: seeds)
        var spots = [[Double]](repeating: [100], count: seeds.count)
        for (previous, time) in zip(Self.times, Self.times.dropFirst()) {
            bundle.advance(over: time - previous)
            for k in seeds.indices { spots[k].append(generator.spot(in: bundle.states[k])) }
        }
        for (k, seed) in seeds.enumerated() {
            var random = SplitMix64(seed: seed)
            #expect(generator.path(spot: 100, times: Self.times, using: &random).spots == spots[k])
        }
    }

    @Test func bundleDrawsEachPathBitForBitAsOnePathDoes() {
        bundleMatchesPaths(GeometricBrownianMotion(drift: 0.04, volatility: 0.6))
        bundleMatchesPaths(ScaledBinomialWalk(walk: BinomialWalk(up: 1.02, down: 0.99, upProbability: 0.5, interval: 1.0 / 365), volatility: 0.3))
        bundleMatchesPaths(Self.merton)
        bundleMatchesPaths(Self.heston)
    }

    @Test func givenBrownianIncrementsDriveThePath() {
        // Increments equal to the generator's own normals give the generator's own path; other
        // increments move it by exactly σ√dt per unit of difference.
        var random = SplitMix64(seed: 7)
        let increments = (1..<Self.times.count).map { _ in random.nextStandardNormal() }
        let gbm = GeometricBrownianMotion(drift: 0.04, volatility: 0.6)
        var own = SplitMix64(seed: 7)
        let drawn = gbm.path(spot: 100, times: Self.times, using: &own)
        var given = GivenBrownianShocks(increments: increments, generator: SplitMix64(seed: 0))
        #expect(gbm.path(spot: 100, times: Self.times, using: &given).spots == drawn.spots)
        #expect(given.used == increments.count)

        var shifted = GivenBrownianShocks(increments: increments.map { $0 + 1 }, generator: SplitMix64(seed: 0))
        let moved = gbm.path(spot: 100, times: Self.times, using: &shifted)
        let expected = 0.6 * Self.times.last!.squareRoot() * 0 + zip(Self.times, Self.times.dropFirst()).reduce(0) {
            $0 + 0.6 * ($1.1 - $1.0).squareRoot()
        }
        #expect(abs(log(moved.spots.last! / drawn.spots.last!) - expected) < 1e-12)
    }

    /// A week is seven Euler steps of a day, drawn as seven daily steps would draw them.
    @Test func hestonCutsALongIntervalIntoDailyEulerSteps() {
        let daily = (0...7).map { Double($0) / 365 }
        var a = SplitMix64(seed: 3), b = SplitMix64(seed: 3)
        let week = Self.heston.path(spot: 100, times: [0, 7.0 / 365], using: &a)
        let days = Self.heston.path(spot: 100, times: daily, using: &b)
        #expect(abs(week.spots[1] / days.spots[7] - 1) < 1e-12)
        #expect(Self.heston.step(over: 1.0 / 365).eulerSteps == 1)
        #expect(Self.heston.step(over: 7.0 / 365).eulerSteps == 7)
    }

    @Test func hestonDrawsTwoIncrementsAStepAndMertonOne() {
        let steps = Self.times.count - 1
        var heston = GivenBrownianShocks(increments: Array(repeating: 0.1, count: 2 * steps), generator: SplitMix64(seed: 1))
        _ = Self.heston.path(spot: 100, times: Self.times, using: &heston)
        #expect(heston.used == 2 * steps)
        var merton = GivenBrownianShocks(increments: Array(repeating: 0.1, count: steps), generator: SplitMix64(seed: 1))
        _ = Self.merton.path(spot: 100, times: Self.times, using: &merton)
        #expect(merton.used == steps)
    }

    @Test func poissonInversionMatchesItsDistributionFunction() {
        // λdt = 1.5: P(0) = e^{−1.5} = 0.2231, P(≤1) = 0.5578, P(≤2) = 0.8088.
        let expected = 1.5, none = exp(-1.5)
        #expect(MertonJumpDiffusion.poisson(expected: expected, noneProbability: none, uniform: 0.2) == 0)
        #expect(MertonJumpDiffusion.poisson(expected: expected, noneProbability: none, uniform: 0.3) == 1)
        #expect(MertonJumpDiffusion.poisson(expected: expected, noneProbability: none, uniform: 0.7) == 2)
        #expect(MertonJumpDiffusion.poisson(expected: expected, noneProbability: none, uniform: 0.81) == 3)
        #expect(MertonJumpDiffusion.poisson(expected: 0, noneProbability: 1, uniform: 0.999) == 0)
    }
}
