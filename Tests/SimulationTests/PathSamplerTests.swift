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
}
