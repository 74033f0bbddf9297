import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The final-P&L batches hedged a chunk of paths at a time, date by date (``ChunkedTextbookHedge``),
/// against the path-by-path hedge (``TextbookFinalProfits/outcomes(along:schedules:seed:)``, itself
/// pinned to the ledger's last row by `TextbookFinalProfitsTests`): the same final P&L and early
/// exercise, bit for bit, on every schedule of every path, over several scenarios and seeds.
struct ChunkedTextbookHedgeTests {
    /// An American put over 20 days, in the money so that some paths exercise early.
    static var base: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .american, strike: 300, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.hedge.estimators = []
        return scenario
    }

    /// The scenarios the study's final-P&L batches meet: the default's side and style, a European
    /// call, a short position with costs, Merton's jumps, a realized volatility far from the
    /// implied one, a hedge at another volatility, dates drawn on a finer grid, Heston's variance.
    static let scenarios: [(name: String, scenario: HedgeScenario)] = {
        var list = [(String, HedgeScenario)]()
        list.append(("american put", base))
        var call = base
        call.position.contract = OptionContract(type: .call, style: .european, strike: 280, expiry: 20.0 / 365)
        list.append(("european call", call))
        var short = base
        short.position.side = .short
        short.hedge.costs = TransactionCosts(basisPoints: 20, feePerTrade: 1)
        list.append(("short with costs", short))
        var merton = base
        merton.dynamics.pathModel = .simulated(MertonJumps(intensity: 2, mean: -0.25, standardDeviation: 0.02))
        list.append(("merton", merton))
        var volatile = base
        volatile.dynamics.realizedVolatility = 1.2
        list.append(("realized 1.2", volatile))
        var hedged = base
        hedged.dynamics.realizedVolatility = 0.8
        hedged.hedge.volatility = .realized
        list.append(("hedged at realized", hedged))
        var drawn = base
        drawn.dynamics.drawingInterval = 0.5 / 365
        list.append(("drawn twice a day", drawn))
        var heston = base
        heston.dynamics.pathModel = .simulated(HestonVariance(kappa: 2, theta: 0.36, xi: 0.6, rho: -0.7, initialVariance: 0.36))
        list.append(("heston", heston))
        return list
    }()

    @Test(arguments: 0..<8, [UInt64(1), 20_260_806])
    func chunkedOutcomesAreThePathByPathOnesBitForBit(_ index: Int, _ seed: UInt64) throws {
        let (name, scenario) = Self.scenarios[index]
        let horizon = scenario.hedge.schedule.horizon
        let dates = CommonDates([20, 7, 3, 2].map { RebalancingSchedule(interval: horizon / Double($0), horizon: horizon).times })
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 120), paths: 2, threads: 1)
        let model = try study.premiumAndDeltaPricer(for: scenario, times: dates.times, measuringError: false).model
        let hedge = TextbookFinalProfits(
            scenario: scenario, model: model, deltaModel: try study.hedgeDeltaPricer(for: scenario, times: dates.times)
        )
        let sampler = scenario.pathSampler(at: dates.times)
        let chunked = try #require(ChunkedTextbookHedge(hedge, sampler: sampler, schedules: dates.positions))
        // An odd number of paths: the last is read alone, the others two by two.
        let paths = 3..<40
        let outcomes = try chunked.outcomes(paths: paths, seed: seed)
        var exercised = 0
        for (p, k) in paths.enumerated() {
            let pathSeed = MonteCarloStudy.pathSeed(seed, k)
            let expected = try hedge.outcomes(along: sampler.path(seed: pathSeed), schedules: dates.positions, seed: pathSeed)
            for schedule in dates.positions.indices {
                #expect(
                    outcomes[p][schedule].profit.bitPattern == expected[schedule].profit.bitPattern,
                    "\(name): path \(k) schedule \(schedule)"
                )
                #expect(outcomes[p][schedule].exercised == expected[schedule].exercised, "\(name): path \(k) schedule \(schedule)")
                if expected[schedule].exercised { exercised += 1 }
            }
        }
        if name == "american put" {
            #expect(exercised > 0, "no path exercised early: the early-exercise branch went untested")
        }
    }

    /// Asked for it (the Assumptions section's model comparison), the chunked hedge measures each
    /// path's largest step change as the path-by-path hedge does, bit for bit, and the same final
    /// figures.
    @Test(arguments: 0..<8)
    func largestStepChangesAreThePathByPathOnesBitForBit(_ index: Int) throws {
        let (name, scenario) = Self.scenarios[index]
        let times = scenario.hedge.schedule.times
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 120), paths: 2, threads: 1)
        let model = try study.premiumAndDeltaPricer(for: scenario, times: times, measuringError: false).model
        let hedge = TextbookFinalProfits(
            scenario: scenario, model: model, deltaModel: try study.hedgeDeltaPricer(for: scenario, times: times)
        )
        let sampler = scenario.pathSampler(at: times)
        let schedules = [Array(times.indices)]
        let chunked = try #require(ChunkedTextbookHedge(hedge, sampler: sampler, schedules: schedules, measuresStepChanges: true))
        let seed: UInt64 = 20_260_806
        let outcomes = try chunked.outcomes(paths: 0..<37, seed: seed)
        var measured = 0
        for k in 0..<37 {
            let pathSeed = MonteCarloStudy.pathSeed(seed, k)
            let expected = try hedge.outcomes(along: sampler.path(seed: pathSeed), schedules: schedules, seed: pathSeed)[0]
            let outcome = outcomes[k][0]
            #expect(outcome.largestStepChange.bitPattern == expected.largestStepChange.bitPattern, "\(name): path \(k)")
            #expect(outcome.profit.bitPattern == expected.profit.bitPattern, "\(name): path \(k)")
            #expect(outcome.exercised == expected.exercised, "\(name): path \(k)")
            if outcome.largestStepChange > 0 { measured += 1 }
        }
        #expect(measured > 0, "\(name): no step change measured")
    }

    /// The paths drawn side by side are the paths drawn one by one, bit for bit.
    @Test(arguments: 0..<8)
    func pathsDrawnSideBySideAreThePathsDrawnOneByOne(_ index: Int) {
        let (name, scenario) = Self.scenarios[index]
        let sampler = scenario.pathSampler(at: scenario.hedge.schedule.times)
        let seeds: [UInt64] = (0..<9).map { MonteCarloStudy.pathSeed(7, $0) }
        let spots = sampler.spots(seeds: seeds)
        for (k, seed) in seeds.enumerated() {
            let path = sampler.path(seed: seed)
            for i in path.spots.indices {
                #expect(spots[i * seeds.count + k].bitPattern == path.spots[i].bitPattern, "\(name): path \(k) date \(i)")
            }
        }
    }

    /// A date read for many spots at once, in and far outside the grid, two by two and alone,
    /// is every spot's own reading.
    @Test func readingsAtOnceAreTheReadingsOneByOne() throws {
        let scenario = Self.base
        let times = scenario.hedge.schedule.times
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 120), paths: 2, threads: 1)
        let model = try study.premiumAndDeltaPricer(for: scenario, times: times, measuringError: false).model
        #expect(model is PremiumAndDeltaGrid)
        // 1 and 5,000 lie off every date's grid: priced directly.
        let spots = [1.0, 120, 250, 280, 299.5, 300, 301, 320, 400, 5_000, 260, 275, 330]
        for date in [0, 5, 19, 20] {
            var market = scenario.market
            market.time = times[date]
            var readings = [HedgeReading]()
            try model.readings(in: market, date: date, spots: spots, decidingExercise: true, into: &readings)
            #expect(readings.count == spots.count)
            for (spot, reading) in zip(spots, readings) {
                market.spot = spot
                let expected = try model.reading(in: market, date: date, decidingExercise: true)
                #expect(reading.value.price.bitPattern == expected.value.price.bitPattern, "date \(date) spot \(spot)")
                #expect(reading.value.delta.bitPattern == expected.value.delta.bitPattern, "date \(date) spot \(spot)")
                #expect(reading.exercises == expected.exercises, "date \(date) spot \(spot)")
            }
        }
    }

    /// At a noisy implied volatility each schedule values its own dates: no chunked form.
    @Test func aNoisyImpliedVolatilityIsHedgedPathByPath() throws {
        var scenario = Self.base
        scenario.dynamics.volatilityModel = .noisy(spread: 0.02)
        let hedge = TextbookFinalProfits(scenario: scenario, model: DirectPremiumAndDelta(BlackScholesModel(), contract: scenario.position.contract))
        #expect(ChunkedTextbookHedge(hedge, sampler: scenario.pathSampler(at: scenario.hedge.schedule.times), schedules: [[0, 1]]) == nil)
    }

    /// A chunk on which the model gives a Δ that is not finite fails as the path-by-path hedge
    /// does, naming the same step, time and spot.
    @Test func aFailingChunkThrowsThePathByPathError() throws {
        var scenario = Self.base
        scenario.position.contract.style = .european
        let times = scenario.hedge.schedule.times
        let failing = FailingAboveSpot(contract: scenario.position.contract, limit: 310)
        let hedge = TextbookFinalProfits(scenario: scenario, model: failing)
        let sampler = scenario.pathSampler(at: times)
        let chunked = try #require(ChunkedTextbookHedge(hedge, sampler: sampler, schedules: [Array(times.indices)]))
        var expected: SimulationError?
        for k in 0..<64 where expected == nil {
            let seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            do {
                _ = try hedge.outcomes(along: sampler.path(seed: seed), schedules: [Array(times.indices)], seed: seed)
            } catch {
                expected = error
            }
        }
        let error = try #require(expected, "no path of the chunk crossed the failing spot")
        do {
            _ = try chunked.outcomes(paths: 0..<64, seed: scenario.dynamics.seed)
            Issue.record("the chunk did not fail")
        } catch {
            #expect(error.description == expected?.description)
        }
        #expect(error.description.contains("step"))
    }
}

/// Black–Scholes' premium and Δ, but a Δ that is not finite above `limit` (also
/// `VolatilityMismatchBatchTests`'s failing model).
struct FailingAboveSpot: PremiumAndDeltaModel {
    let contract: OptionContract
    let limit: Double

    func premiumAndDelta(in market: Market, date: Int) throws(PricingError) -> PremiumAndDelta {
        var value = try BlackScholesModel().premiumAndDelta(of: contract, in: market)
        if market.spot > limit { value.delta = .nan }
        return value
    }

    func exercisesEarly(in market: Market, premium: Double, date: Int) -> Bool { false }
}
