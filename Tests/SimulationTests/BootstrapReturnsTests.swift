import Foundation
import Testing
@testable import Simulation

/// `--path-model bootstrap`: steps drawn with replacement from a file's daily log returns
/// (``BootstrapReturns``), against the moments of the file they were drawn from.
struct BootstrapReturnsTests {
    /// 250 "daily" prices a trading day apart whose log returns are fat-tailed: a normal with a
    /// 1-in-20 chance of a move four times as large, from a fixed seed.
    static let prices: PricePath = {
        var random = SplitMix64(seed: 7)
        var spots = [100.0]
        for _ in 0..<249 {
            let z = random.nextStandardNormal()
            let scale = random.nextOpenUnitInterval() < 0.05 ? 0.08 : 0.02
            spots.append(spots.last! * exp(0.001 + scale * z))
        }
        return PricePath(times: spots.indices.map { Double($0) / 252 }, spots: spots)
    }()

    static var fileReturns: [Double] { zip(prices.spots, prices.spots.dropFirst()).map { log($1 / $0) } }

    /// The sample mean and variance (÷ n) with their standard errors s/√n and √((m₄ − s⁴)/n).
    static func moments(_ x: [Double]) -> (mean: Double, meanError: Double, variance: Double, varianceError: Double) {
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        let fourth = x.reduce(0) { $0 + pow($1 - mean, 4) } / n
        return (mean, (variance / n).squareRoot(), variance, ((fourth - variance * variance) / n).squareRoot())
    }

    /// Every step's log return over `paths` paths of `steps` steps of `dt` years.
    static func stepReturns(_ scenario: HedgeScenario, paths: Int, steps: Int, dt: Double) -> [Double] {
        var scenario = scenario
        let times = (0...steps).map { Double($0) * dt }
        return (0..<paths).flatMap { k -> [Double] in
            scenario.dynamics.seed = UInt64(k)
            let spots = scenario.pricePath(at: times).spots
            return zip(spots, spots.dropFirst()).map { log($1 / $0) }
        }
    }

    static func scenario(_ model: BootstrapReturns, volatility: Double? = nil) -> HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.dynamics.pathModel = .simulated(model)
        scenario.dynamics.drift = model.fileDrift
        scenario.dynamics.realizedVolatility = volatility ?? model.fileVolatility
        return scenario
    }

    @Test func unrescaledStepsOfTheFilesSpacingAreTheFilesReturns() throws {
        let model = try BootstrapReturns(prices: Self.prices)
        #expect(abs(model.returnInterval - 1.0 / 252) < 1e-15)
        let file = Self.moments(Self.fileReturns)
        let drawn = Self.stepReturns(Self.scenario(model), paths: 400, steps: 100, dt: 1.0 / 252)
        // Each step is one of the file's returns, to rounding.
        let returns = Self.fileReturns
        for step in drawn.prefix(500) {
            #expect(returns.contains { abs($0 - step) < 1e-12 })
        }
        let sample = Self.moments(drawn)
        // Within 4 standard errors of the sample estimate (40,000 draws).
        #expect(abs(sample.mean - file.mean) < 4 * sample.meanError)
        #expect(abs(sample.variance - file.variance) < 4 * sample.varianceError)
    }

    @Test func rescaledStepsHaveTheTargetVariance() throws {
        let model = try BootstrapReturns(prices: Self.prices)
        let target = 0.3, dt = 1.0 / 365
        let drawn = Self.stepReturns(Self.scenario(model, volatility: target), paths: 400, steps: 100, dt: dt)
        let sample = Self.moments(drawn)
        #expect(abs(sample.variance - target * target * dt) < 4 * sample.varianceError)
        #expect(abs(sample.mean - (model.fileDrift - 0.5 * target * target) * dt) < 4 * sample.meanError)
        // The shape is the file's: its kurtosis, well above a normal's 3.
        let kurtosis = { (x: [Double]) -> Double in
            let m = Self.moments(x)
            return x.reduce(0) { $0 + pow($1 - m.mean, 4) } / Double(x.count) / (m.variance * m.variance)
        }
        #expect(kurtosis(Self.fileReturns) > 4)
        #expect(abs(kurtosis(drawn) - kurtosis(Self.fileReturns)) < 1)
    }

    @Test func theFilesVolatilityAndDriftAreItsReturnsPerYear() throws {
        let model = try BootstrapReturns(prices: Self.prices)
        let file = Self.moments(Self.fileReturns)
        #expect(abs(model.fileVolatility - (file.variance * 252).squareRoot()) < 1e-12)
        #expect(abs(model.fileDrift - (file.mean * 252 + 0.5 * file.variance * 252)) < 1e-12)
        #expect(model.ownRealizedVolatility == model.fileVolatility)
        #expect(model.ownDrift == model.fileDrift)
    }

    @Test func samePathForTheSameSeed() throws {
        let scenario = Self.scenario(try BootstrapReturns(prices: Self.prices))
        #expect(scenario.pricePath() == scenario.pricePath())
        var other = scenario
        other.dynamics.seed += 1
        #expect(other.pricePath() != scenario.pricePath())
    }

    @Test func refusesFilesItCannotResampleNamingTheValue() {
        #expect(throws: SimulationError.self) { try BootstrapReturns(prices: PricePath(times: [0, 1], spots: [100, 101])) }
        #expect(throws: SimulationError.self) { try BootstrapReturns(prices: PricePath(times: [0, 1, 2], spots: [100, 100, 100])) }
        #expect(throws: SimulationError.self) { try BootstrapReturns(prices: PricePath(times: [0, 1, 2], spots: [100, -1, 100])) }
        #expect(throws: SimulationError.self) { try BootstrapReturns.resolve(PathModelInputs()) }
    }

    @Test func isRegisteredOnceAndRoundTripsThroughJSON() throws {
        #expect(PathModels.ids.filter { $0 == BootstrapReturns.id } == [BootstrapReturns.id])
        #expect(BootstrapReturns.readsPriceFile)
        let model = PathModel.simulated(try BootstrapReturns(prices: Self.prices, source: "f.csv"))
        #expect(try JSONDecoder().decode(PathModel.self, from: JSONEncoder().encode(model)) == model)
    }
}
