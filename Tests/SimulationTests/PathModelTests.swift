import Pricing
import Testing
@testable import Simulation

struct PathModelTests {
    @Test func binomialWalkMovesByItsFactors() {
        var generator = SplitMix64(seed: 3)
        let walk = BinomialWalk(up: 1.02, down: 0.99, upProbability: 0.5, interval: 1)
        let path = PricePath.binomialWalk(
            spot: 100, walk: walk, volatility: walk.volatility, times: (0...50).map(Double.init), using: &generator
        )
        for (previous, next) in zip(path.spots, path.spots.dropFirst()) {
            let ratio = next / previous
            #expect(abs(ratio - 1.02) < 1e-12 || abs(ratio - 0.99) < 1e-12)
        }
    }

    @Test func noisyVolatilityStaysAroundItsStartAndLeavesThePathAlone() throws {
        var scenario = HedgeScenario.course
        scenario.hedge.estimators = [.delta]
        let model = BinomialLatticeModel(steps: 40)
        let plain = try scenario.simulate(model: model)
        scenario.dynamics.volatilityModel = .noisy(spread: 0.05)
        let noisy = try scenario.simulate(model: model)
        #expect(plain.valuedPath.path == noisy.valuedPath.path)
        let volatilities = noisy.valuedPath.markets.map(\.volatility)
        #expect(volatilities[0] == scenario.market.volatility)
        #expect(Set(volatilities).count > 10)
        let mean = volatilities.reduce(0, +) / Double(volatilities.count)
        #expect(abs(mean - scenario.market.volatility) < 0.05)
    }

    @Test func greeksEstimatorUsesVolatilityChanges() throws {
        // With the implied volatility moving, ν·dσ is part of the greeks estimate; the delta-gamma
        // estimate ignores it, so the two differ by exactly ν·dσ + Θ·dt.
        var scenario = HedgeScenario.course
        scenario.dynamics.volatilityModel = .noisy(spread: 0.03)
        scenario.hedge.estimators = [.deltaGamma, .greeks]
        let simulation = try scenario.simulate(model: BinomialLatticeModel(steps: 40))
        let valued = simulation.valuedPath
        for i in 1..<valued.valuations.count {
            let start = valued.valuations[i - 1]
            let expected = start.theta * (valued.path.times[i] - valued.path.times[i - 1])
                + start.vega * (valued.markets[i].volatility - valued.markets[i - 1].volatility)
            let difference = simulation.ledgers[1].rows[i].estimatedPremiumChange - simulation.ledgers[0].rows[i].estimatedPremiumChange
            #expect(abs(difference - expected) < 1e-9)
        }
    }

    @Test func deepInTheMoneyAmericanPutIsExercisedEarly() throws {
        // A path that falls far below the strike: exercising the put is optimal before expiry.
        var scenario = HedgeScenario.course
        let times = scenario.hedge.schedule.times
        let spots = times.indices.map { 261.4899 * Foundation.pow(0.97, Double($0)) }
        scenario.dynamics.pathModel = .observed(PricePath(times: times, spots: spots))
        let simulation = try scenario.simulate(model: BinomialLatticeModel(steps: 60))
        let step = try #require(simulation.exerciseStep)
        #expect(step < times.count - 1)
        #expect(simulation.valuedPath.path.times.count == step + 1)
        let last = try #require(simulation.valuedPath.valuations.last)
        #expect(abs(last.price - (260 - spots[step])) < 1e-9)
        #expect(simulation.ledgers.allSatisfy { $0.rows.count == step + 1 })

        scenario.hedge.exercisePolicy = .hold
        let held = try scenario.simulate(model: BinomialLatticeModel(steps: 60))
        #expect(held.exerciseStep == nil)
        #expect(held.valuedPath.path.times.count == times.count)
    }

    @Test func europeanOptionIsNeverExercisedEarly() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        let times = scenario.hedge.schedule.times
        scenario.dynamics.pathModel = .observed(PricePath(times: times, spots: times.indices.map { 261.0 * Foundation.pow(0.97, Double($0)) }))
        #expect(try scenario.simulate(model: BinomialLatticeModel(steps: 40)).exerciseStep == nil)
    }

    @Test func rejectsObservedPathPastExpiry() {
        var scenario = HedgeScenario.course
        scenario.dynamics.pathModel = .observed(PricePath(times: [0, 0.5], spots: [100, 101]))
        #expect(throws: SimulationError.self) { try scenario.simulate(model: BinomialLatticeModel(steps: 10)) }
    }
}

import Foundation
