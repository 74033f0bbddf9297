import Foundation
import Testing
@testable import Simulation

/// A scenario's sampler draws GBM through a loop specialised on its type (issue 26); its paths
/// are the ones the generator draws through the existential, bit for bit.
struct PathSamplerTests {
    @Test func geometricBrownianPathsAreTheExistentialGeneratorsBitForBit() throws {
        let scenario = HedgeScenario.course
        let times = scenario.hedge.schedule.times
        let sampler = scenario.pathSampler(at: times)
        guard case .geometricBrownian = sampler.source else {
            Issue.record("the course's GBM is not drawn by the specialised loop")
            return
        }
        let generator: any PathGenerator = try #require(scenario.pathGenerator)
        for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF, .max] {
            var random = SplitMix64(seed: seed)
            let drawn = generator.path(spot: scenario.market.spot, times: sampler.drawing.times, using: &random)
            let expected = sampler.drawing.positions.map { drawn.spots[$0] }
            let path = sampler.path(seed: seed)
            #expect(path.times == times)
            #expect(path.spots.map(\.bitPattern) == expected.map(\.bitPattern))
        }
    }

    /// GBM samplers at several volatilities and drifts, drawn from shared normal draws, are each
    /// sampler's own paths bit for bit, also on a finer drawing grid (issue 26: the volatility
    /// mismatch's batches).
    @Test(arguments: [nil, 0.5 / 365])
    func sharedDrawsAreEachSamplersOwnSpotsBitForBit(_ drawingInterval: Double?) throws {
        var scenario = HedgeScenario.course
        scenario.dynamics.drawingInterval = drawingInterval
        let times = scenario.hedge.schedule.times
        let samplers = [0.0, 0.3, 0.6056214, 0.9, 1.5].enumerated().map { index, volatility in
            var variant = scenario
            variant.dynamics.realizedVolatility = volatility
            if index == 1 { variant.dynamics.drift = -0.2 }
            return variant.pathSampler(at: times)
        }
        let shared = try #require(SharedDrawPathSamplers(samplers))
        let seeds: [UInt64] = [0, 1, 42, 0xDEAD_BEEF, .max]
        let spots = shared.spots(seeds: seeds)
        #expect(spots.count == samplers.count)
        for (sampler, spots) in zip(samplers, spots) {
            #expect(spots.map(\.bitPattern) == sampler.spots(seeds: seeds).map(\.bitPattern))
        }
    }

    /// Only GBM samplers at the same dates share their draws.
    @Test func otherModelsOrOtherDatesDoNotShareDraws() {
        let scenario = HedgeScenario.course
        let times = scenario.hedge.schedule.times
        var merton = scenario
        merton.dynamics.pathModel = .simulated(MertonJumps(intensity: 2, mean: -0.25, standardDeviation: 0.02))
        #expect(SharedDrawPathSamplers([scenario.pathSampler(at: times), merton.pathSampler(at: times)]) == nil)
        #expect(SharedDrawPathSamplers([scenario.pathSampler(at: times), scenario.pathSampler(at: Array(times.prefix(10)))]) == nil)
        #expect(SharedDrawPathSamplers([]) == nil)
    }
}
