import Foundation
import Testing
@testable import Simulation

/// The spot range each path model asks a study's grid to cover (``PathProcess/spotRange(in:at:)``)
/// against the log-normal ±5σ range every model used before: the dates of the course's scenario
/// (daily to expiry) that simulated paths reach outside each range, where a study prices
/// directly. Paths seeded 0, 1, 2, …: the counts are exact and the same on every machine.
struct PathModelCoverageTests {
    static let paths = 20_000

    /// Dates outside each range, and paths with at least one such date.
    static func escapes(_ model: PathModel) -> (old: (dates: Int, paths: Int), new: (dates: Int, paths: Int)) {
        var scenario = HedgeScenario.course
        scenario.dynamics.pathModel = model
        let times = scenario.hedge.schedule.times
        let process = model.process!
        let old = times.map { GeometricBrownianPaths().spotRange(in: scenario, at: $0) }
        let new = times.map { process.spotRange(in: scenario, at: $0) }
        var result = (old: (dates: 0, paths: 0), new: (dates: 0, paths: 0))
        for k in 0..<paths {
            scenario.dynamics.seed = UInt64(k)
            let spots = scenario.pricePath(at: times).spots
            let outsideOld = spots.indices.dropFirst().count { !old[$0].contains(spots[$0]) }
            let outsideNew = spots.indices.dropFirst().count { !new[$0].contains(spots[$0]) }
            result.old.dates += outsideOld
            result.old.paths += outsideOld > 0 ? 1 : 0
            result.new.dates += outsideNew
            result.new.paths += outsideNew > 0 ? 1 : 0
        }
        return result
    }

    @Test func gbmKeepsTheLognormalRange() {
        let scenario = HedgeScenario.course
        for time in scenario.hedge.schedule.times {
            let range = GeometricBrownianPaths().spotRange(in: scenario, at: time)
            let sigma = max(scenario.dynamics.realizedVolatility, scenario.market.volatility)
            let centre = log(scenario.market.spot) + (scenario.dynamics.drift - 0.5 * sigma * sigma) * time
            let width = 5 * sigma * max(time, 1.0 / 365).squareRoot()
            #expect(range == exp(centre - width)...exp(centre + width))
        }
    }

    @Test func mertonRangeCoversTheJumps() {
        // `--path-model merton`'s default jumps: two a year, each about −10% ± 10%.
        let counts = Self.escapes(.merton(.standard))
        #expect(counts.old.dates == 149)
        #expect(counts.old.paths == 66)
        #expect(counts.new.dates == 0)
    }

    @Test func hestonRangeCoversTheMovingVariance() {
        let sigma = HedgeScenario.course.dynamics.realizedVolatility
        let counts = Self.escapes(.heston(.standard(level: sigma * sigma)))
        #expect(counts.old.dates == 0)
        #expect(counts.new.dates == 0)
        // A variance that moves three times as much (ξ = 1.5, Feller's condition far from met).
        var wild = HestonVariance.standard(level: sigma * sigma)
        wild.xi = 1.5
        let stressed = Self.escapes(.heston(wild))
        #expect(stressed.old.dates == 290)
        #expect(stressed.old.paths == 49)
        #expect(stressed.new.dates == 0)
    }
}
