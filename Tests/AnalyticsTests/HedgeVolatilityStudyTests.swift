import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The Monte Carlo study of a hedge at another volatility than the implied one (`--hedge-vol`):
/// its ledger-free path (``TextbookFinalProfits`` with a Δ model) ends where the ledger does.
struct HedgeVolatilityStudyTests {
    /// A European put over 20 days realizing 0.8 against 0.6056 implied, hedged at 0.8.
    static var scenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .european, strike: 260, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.dynamics.realizedVolatility = 0.8
        scenario.hedge.estimators = []
        scenario.hedge.volatility = .realized
        return scenario
    }

    /// The frequency sweep and the hedging-volatility comparison refuse a sweep of no
    /// rebalances with the same words (`MonteCarloStudy.sweepSchedules(_:)`).
    @Test func aSweepOfNoRebalancesIsRefusedByBothStudies() {
        let study = MonteCarloStudy(scenario: Self.scenario, model: BlackScholesModel(), paths: 4, threads: 1)
        let message = "number of rebalances must be a whole number ≥ 1, got 0"
        #expect {
            try study.compareHedgeVolatilities(sweep: [5, 0])
        } throws: { error in
            "\(error)" == message
        }
        #expect {
            try study.report(sweep: [0, 5], realizedVolatilities: [])
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test func ledgerFreeFinalProfitsAreTheLedgersAtTheHedgingVolatility() throws {
        let base = Self.scenario
        let horizon = base.hedge.schedule.horizon
        let dates = CommonDates([20, 7].map { RebalancingSchedule(interval: horizon / Double($0), horizon: horizon).times })
        let model = BlackScholesModel()
        for k in 0..<8 {
            var single = base
            single.dynamics.seed = MonteCarloStudy.pathSeed(base.dynamics.seed, k)
            let path = single.pricePath(at: dates.times)
            let direct = DirectPremiumAndDelta(model, contract: single.position.contract)
            let outcomes = try TextbookFinalProfits(scenario: single, model: direct).outcomes(along: path, schedules: dates.positions)
            var atImplied = single
            atImplied.hedge.volatility = .implied
            let implied = try TextbookFinalProfits(scenario: atImplied, model: direct).outcomes(along: path, schedules: dates.positions)
            for (schedule, positions) in dates.positions.enumerated() {
                let own = PricePath(times: positions.map { path.times[$0] }, spots: positions.map { path.spots[$0] })
                let last = try #require(try single.hedge(along: own, model: model).textbook.last)
                #expect(abs(outcomes[schedule].profit - last.profitAndLoss) < 1e-8, "path \(k) schedule \(schedule)")
                #expect(outcomes[schedule].profit != implied[schedule].profit, "path \(k): the hedge volatility changed nothing")
            }
        }
    }

    /// The study's own batch honours the hedging volatility: rebalanced every 3 hours and hedged
    /// at the realized 0.8, the final P&L is far less spread than hedged at the implied
    /// volatility on the same paths.
    @Test func theStudysOwnBatchHedgesAtTheHedgingVolatility() throws {
        var scenario = Self.scenario
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / (365 * 8), horizon: 20.0 / 365)
        let realized = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 400, threads: 1)
            .run(scenario)
        var implied = scenario
        implied.hedge.volatility = .implied
        let atImplied = try MonteCarloStudy(scenario: implied, model: BlackScholesModel(), paths: 400, threads: 1).run(implied)
        let spreadRealized = SampleStatistics(realized.finalPnL).standardDeviation
        let spreadImplied = SampleStatistics(atImplied.finalPnL).standardDeviation
        #expect(spreadRealized < 0.8 * spreadImplied, "realized \(spreadRealized), implied \(spreadImplied)")
    }

    /// The comparison hedges the same paths at implied and at realized, gives the hedge at σr
    /// its discrete-hedging std to expiry, and says why each figure it leaves out is left out.
    @Test func theComparisonStatesItsTheoryOrWhyNot() throws {
        var scenario = Self.scenario
        scenario.hedge.volatility = .implied
        #expect(MonteCarloStudy.comparesHedgeVolatilities(scenario))
        let european = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 200, threads: 1)
            .compareHedgeVolatilities(sweep: [5, 20])
        #expect(european.map(\.hedgeVolatility) == ["implied", "realized"])
        #expect(european.map(\.volatility) == [scenario.market.volatility, 0.8])
        #expect(european[1].theoryStd != nil && european[1].theoryMean != nil)
        #expect(european[0].theoryStd == nil && european[0].theoryStdOmitted?.contains("path-dependent") == true)
        #expect(european.allSatisfy { $0.sweep.map(\.rebalances) == [5, 20] })
        #expect(european[1].sweep[1].theory != nil)

        var early = scenario
        early.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 10.0 / 365)
        let horizon = try MonteCarloStudy(scenario: early, model: BlackScholesModel(), paths: 50, threads: 1)
            .compareHedgeVolatilities(sweep: [])
        #expect(horizon[1].theoryStd == nil && horizon[1].theoryStdOmitted?.contains("before expiry") == true)

        var american = scenario
        american.position.contract.style = .american
        let lattice = try MonteCarloStudy(scenario: american, model: BinomialLatticeModel(steps: 60), paths: 50, threads: 1)
            .compareHedgeVolatilities(sweep: [])
        #expect(lattice.allSatisfy { $0.theoryMean == nil && $0.theoryStd == nil })
        #expect(lattice[0].theoryMeanOmitted?.contains("American") == true)

        var same = scenario
        same.dynamics.realizedVolatility = same.market.volatility
        #expect(!MonteCarloStudy.comparesHedgeVolatilities(same))
        same.hedge.volatility = .realized
        #expect(!MonteCarloStudy.comparesHedgeVolatilities(same), "the realized hedge is the implied hedge: nothing to compare")
        same.hedge.volatility = .fixed(0.5)
        #expect(MonteCarloStudy.comparesHedgeVolatilities(same))
        #expect(MonteCarloStudy.hedgeVolatilityChoices(same) == [.implied, .fixed(0.5)])
    }

    /// The comparison's row for the hedge the run itself trades is the main study's figure on the
    /// same paths: the same mean and std on the run's schedule, the same std at each number of
    /// rebalances of the sweep (review finding 2: a GBM path drawn on the sweep's finer dates is
    /// another path, and the row once differed from the study it claimed to repeat).
    @Test(arguments: [HedgeVolatility.implied, .realized, .fixed(0.7)])
    func theRunsOwnHedgeRepeatsTheMainStudyOnTheSamePaths(hedging: HedgeVolatility) throws {
        var scenario = Self.scenario
        scenario.hedge.volatility = hedging
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 96, threads: 2)
        let report = try study.report(sweep: [5, 40], realizedVolatilities: [])
        let outcomes = try study.compareHedgeVolatilities(sweep: [5, 40])
        let own = try #require(outcomes.first { $0.hedgeVolatility == hedging.name })
        let main = report.finalPnLStatistics
        #expect(abs(own.mean - main.mean) < 1e-9, "comparison \(own.mean), main study \(main.mean)")
        #expect(abs(own.std - main.standardDeviation) < 1e-9, "comparison \(own.std), main study \(main.standardDeviation)")
        for (point, mainPoint) in zip(own.sweep, report.sweep) {
            #expect(point.rebalances == mainPoint.rebalances)
            #expect(abs(point.std - mainPoint.std) < 1e-9, "N = \(point.rebalances): \(point.std) against \(mainPoint.std)")
        }
    }

    /// On an American option the main study prices the run's own hedge along the ledger and the
    /// comparison from a grid, a few cents apart: the report's row of that hedge is the main
    /// study's, to the bit, and the other rows are the comparison's own.
    @Test func theReportsRowOfTheRunsOwnHedgeIsTheMainStudys() throws {
        var scenario = Self.scenario
        scenario.position.contract.style = .american
        scenario.hedge.estimators = [.delta]
        scenario.hedge.volatility = .fixed(0.7)
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 60), paths: 64, threads: 2)
        let report = try study.report(sweep: [5], realizedVolatilities: [])
        let outcomes = try study.compareHedgeVolatilities(sweep: [5])
        let combined = report.withHedgeVolatilities(outcomes, hedging: scenario.hedge.volatility)
        let row = try #require(combined.hedgeVolatilities?.first { $0.hedgeVolatility == "0.7" })
        #expect(row.mean == report.finalPnLStatistics.mean && row.std == report.finalPnLStatistics.standardDeviation)
        #expect(row.meanStandardError == report.finalPnLStatistics.meanStandardError)
        #expect(combined.hedgeVolatilities?.first { $0.hedgeVolatility == "implied" } == outcomes.first { $0.hedgeVolatility == "implied" })
    }

    /// The main batch of a study on a lattice, hedged at another volatility, reads each date's Δ
    /// off a grid prepared at that volatility (``MonteCarloStudy/hedgeDeltaPricer(for:times:)``)
    /// instead of pricing a tree at every date of every path (a 1,000-path report with
    /// `--hedge-vol 0.6` took 19 s of CPU): each path's final P&L is ``HedgeScenario/hedgeFigures(along:model:hedges:deltaModel:)``'s
    /// with that grid, bit for bit, and the ledger's with the tree's Δ to within the grid's error.
    @Test(arguments: [HedgeVolatility.realized, .fixed(0.45)])
    func mainBatchReadsTheHedgingVolatilitysDeltaOffAGrid(hedgeVolatility: HedgeVolatility) throws {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .american, strike: 300, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.hedge.estimators = [.delta]
        scenario.dynamics.realizedVolatility = 0.8
        scenario.hedge.volatility = hedgeVolatility
        let lattice = BinomialLatticeModel(steps: 60)
        let study = MonteCarloStudy(scenario: scenario, model: lattice, paths: 40, threads: 2)
        let batch = try study.run(scenario, computing: .ledgers, batch: 0, of: 1, measuresGridError: false)
        let times = scenario.hedge.schedule.times
        guard case let .valuation(grid) = try study.pricer(for: scenario, computing: .ledgers, times: times, measuringError: false).pricer
        else { Issue.record("a ledgers batch prices every Greek"); return }
        let deltaModel = try #require(try study.hedgeDeltaPricer(for: scenario, times: times))
        #expect(deltaModel is PremiumAndDeltaGrid)
        let sampler = scenario.pathSampler(at: times)
        for k in [0, 1, 17, 39] {
            var single = scenario
            single.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            let path = sampler.path(seed: single.dynamics.seed)
            let figures = try single.hedgeFigures(along: path, model: grid, deltaModel: deltaModel)
            #expect(batch.finalPnL[k].bitPattern == figures.finalPnL.bitPattern, "path \(k)")
            let ledger = try #require(try single.hedge(along: path, model: lattice).textbook.last)
            #expect(abs(batch.finalPnL[k] - ledger.profitAndLoss) < 5, "path \(k): \(batch.finalPnL[k]) against the tree's \(ledger.profitAndLoss)")
        }
    }
}
