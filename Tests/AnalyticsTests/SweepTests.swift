import Foundation
import Pricing
import Simulation
import Synchronization
import Testing
@testable import Analytics

/// Black–Scholes behind a type the study does not recognise, so that it takes the general
/// path (``HedgeScenario/hedge(along:model:)`` on every path) instead of the streaming hedge:
/// the reference the streaming hedge must reproduce.
private struct OpaqueBlackScholes: PricingModel {
    func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try BlackScholesModel().price(of: contract, in: market)
    }

    func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        try BlackScholesModel().valuation(of: contract, in: market)
    }
}

struct SweepTests {
    /// A scenario that exercises every term of the cash account: a long European put with a
    /// dividend yield, proportional and fixed costs, and a horizon before expiry (so the last
    /// date is valued by the model, not the payoff).
    static var richScenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        scenario.market.dividendYield = 0.02
        scenario.hedge.costs = TransactionCosts(basisPoints: 5, feePerTrade: 1.5)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 45.0 / 365)
        scenario.hedge.estimators = []
        return scenario
    }

    @Test func commonDatesMergeNestedAndInterleavedSchedules() {
        let hull = ValidationCase.hull.rebalances.map { RebalancingSchedule(interval: 1 / Double($0), horizon: 1).times }
        let nested = CommonDates(hull)
        #expect(nested.times.count == 81, "every schedule of 4…80 steps is a subset of the 80-step one")
        #expect(nested.positions[0] == [0, 20, 40, 60, 80])
        #expect(nested.positions[5] == Array(0...80))
        let interleaved = CommonDates([RebalancingSchedule(interval: 1.0 / 3, horizon: 1).times, RebalancingSchedule(interval: 0.25, horizon: 1).times])
        #expect(interleaved.times.count == 7)
        #expect(interleaved.positions == [[0, 2, 4, 6], [0, 1, 3, 5, 6]])
        for (schedule, positions) in zip([1.0 / 3, 0.25], interleaved.positions) {
            for (i, position) in positions.enumerated() {
                #expect(abs(interleaved.times[position] - Double(i) * schedule) < 1e-15)
            }
        }
    }

    /// Path by path, the streaming hedge's final P&L is the general engine's (the textbook
    /// ledger's last row on the same simulated path) to 1e-8 USD: same ln S, the model's own
    /// premium and horizon valuation, Δ within 2e-13 in between.
    @Test(arguments: [
        (type: OptionType.put, side: PositionSide.long),
        (type: .call, side: .short),
    ])
    func streamingHedgeReproducesTheLedgerOnEveryPath(type: OptionType, side: PositionSide) throws {
        var scenario = Self.richScenario
        scenario.position.contract.type = type
        scenario.position.side = side
        let rebalances = [3, 7, 45]
        let fast = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 150).sweep(rebalances)
        let slow = try MonteCarloStudy(scenario: scenario, model: OpaqueBlackScholes(), paths: 150).sweep(rebalances)
        for (f, s) in zip(fast, slow) {
            #expect(abs(f.mean - s.mean) < 1e-8 && abs(f.std - s.std) < 1e-8, "N = \(f.rebalances): \(f) vs \(s)")
        }
        let horizon = scenario.hedge.schedule.horizon
        let schedules = rebalances.map { RebalancingSchedule(interval: horizon / Double($0), horizon: horizon) }
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 40)
        let streamed = try study.finalProfits(of: scenario, on: schedules, batch: 0, of: 1).0
        var general = study
        general.model = OpaqueBlackScholes()
        let reference = try general.finalProfits(of: scenario, on: schedules, batch: 0, of: 1).0
        var worst = 0.0
        for (a, b) in zip(streamed.values, reference.values) {
            worst = max(worst, abs(a - b))
        }
        #expect(streamed.values.count == 3 * 40 && reference.values.count == streamed.values.count)
        #expect(worst < 1e-8, "worst path difference \(worst) USD")
        #expect(streamed.values.contains { abs($0) > 1 }, "the P&L is not trivially zero")
    }

    /// A batch without estimators (the mismatch study's) goes through the streaming hedge too,
    /// and each path is the single-path simulation with that path's seed.
    @Test func streamedBatchMatchesTheSinglePathSimulation() throws {
        let scenario = Self.richScenario
        let batch = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 5).run(scenario)
        for k in [0, 4] {
            var single = scenario
            single.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            let ledger = try single.simulate(model: BlackScholesModel()).textbook
            #expect(abs(batch.finalPnL[k] - ledger.last!.profitAndLoss) < 1e-8)
        }
    }

    /// Common random numbers: the frequencies share paths, so the std falls with N on every
    /// run, not just on average, and follows Derman–Kamal's 1/√N within 15% (400 paths).
    @Test func sharedPathsGiveASmoothFallingCurve() throws {
        let points = try MonteCarloStudy(scenario: ValidationCase.hull.scenario, model: BlackScholesModel(), paths: 400)
            .sweep([4, 8, 16, 32, 64])
        for (coarse, fine) in zip(points, points.dropFirst()) {
            #expect(fine.std < coarse.std, "N = \(coarse.rebalances) → \(fine.rebalances)")
        }
        for point in points {
            #expect(abs(point.std / point.theory! - 1) < 0.15, "N = \(point.rebalances): \(point.std) vs \(point.theory!)")
        }
    }

    /// Path k is path k: a sweep over 300 paths starts with the 100 of a 100-path sweep, and the
    /// streamed sweep on one thread gives the same numbers bit for bit as on every core (work
    /// is split into fixed chunks, whoever computes them).
    @Test func sweepIsDeterministicAndPathIndexed() throws {
        let scenario = ValidationCase.quantLib.scenario
        let schedules = [21, 84].map { RebalancingSchedule(interval: scenario.hedge.schedule.horizon / Double($0), horizon: scenario.hedge.schedule.horizon) }
        let large = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 300)
        let first = try large.finalProfits(of: scenario, on: schedules, batch: 0, of: 1).0
        let again = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 300, threads: 1)
            .finalProfits(of: scenario, on: schedules, batch: 0, of: 1).0
        let small = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 100)
            .finalProfits(of: scenario, on: schedules, batch: 0, of: 1).0
        #expect(first.values == again.values)
        for schedule in 0..<2 { #expect(Array(first[schedule].prefix(100)) == Array(small[schedule])) }
    }

    /// The lattice takes the general path on one grid over the common dates; the course's walk
    /// one batch per frequency, rescaled to each interval.
    @Test func americanAndBinomialWalkScenariosSweepToo() throws {
        var american = HedgeScenario.course
        american.hedge.estimators = []
        let lattice = try MonteCarloStudy(scenario: american, model: BinomialLatticeModel(steps: 60), paths: 60).sweep([5, 20])
        #expect(lattice.count == 2 && lattice.allSatisfy { $0.std.isFinite && $0.std > 0 })
        #expect(lattice[1].std < lattice[0].std, "20 rebalances hedge better than 5 on the same paths")
        var walk = ValidationCase.hull.scenario
        walk.dynamics.pathModel = .binomialWalk(BinomialWalk(up: 1.02, down: 0.98, upProbability: 0.5, interval: walk.hedge.schedule.interval))
        let walked = try MonteCarloStudy(scenario: walk, model: BlackScholesModel(), paths: 60).sweep([5, 20])
        #expect(walked.count == 2 && walked.allSatisfy { $0.std.isFinite })
    }

    @Test func refusesANumberOfRebalancesBelowOne() {
        let study = MonteCarloStudy(scenario: ValidationCase.hull.scenario, model: BlackScholesModel(), paths: 10)
        #expect(throws: SimulationError.self) { try study.sweep([4, 0]) }
    }

    /// Progress climbs to the whole study, from worker threads, and ends at 1.
    @Test func progressReachesTheEnd() throws {
        let last = Mutex(0.0)
        let study = MonteCarloStudy(
            scenario: ValidationCase.hull.scenario, model: BlackScholesModel(), paths: 200,
            progress: { fraction in last.withLock { $0 = max($0, fraction) } }
        )
        _ = try study.report(sweep: [4, 8], realizedVolatilities: [0.3])
        #expect(abs(last.withLock { $0 } - 1) < 1e-12)
    }
}
