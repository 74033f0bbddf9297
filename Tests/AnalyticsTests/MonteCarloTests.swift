import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

struct MonteCarloTests {
    /// DESIGN.md §2.4: Hull's discrete-hedging ratios within the reference's rounding plus
    /// three standard errors (2,000 paths here: about ±0.015 at the widest).
    @Test func reproducesHullsDiscreteHedgingStudy() throws {
        for row in try ValidationCase.hull.run(paths: 2_000) {
            #expect(row.isClose, "N = \(row.rebalances): \(row.measured) ± \(row.standardError) vs \(row.reference)")
        }
    }

    /// DESIGN.md §3: QuantLib's DiscreteHedging example, std 0.428 at 21 and 0.218 at 84
    /// rebalances, within the reference's rounding plus three standard errors (4,000 paths).
    @Test func reproducesQuantLibsDiscreteHedgingExample() throws {
        for row in try ValidationCase.quantLib.run(paths: 4_000) {
            #expect(row.isClose, "N = \(row.rebalances): \(row.measured) ± \(row.standardError) vs \(row.reference)")
        }
    }

    /// Thread counts to compare with one: every core, and three (more workers than this
    /// machine's two cores, so the chunks are dealt out differently again).
    static let threadCounts = [ProcessInfo.processInfo.activeProcessorCount, 3]

    /// The same 300 paths (five chunks) on one thread and on several give bit-identical
    /// figures, and path k is path k whatever the batch size: the first 100 of 300 are the 100
    /// of a 100-path study.
    @Test func pathsDoNotDependOnTheThreadCountOrTheBatchSize() throws {
        var scenario = ValidationCase.quantLib.scenario
        scenario.hedge.estimators = [.delta, .greeks]
        func run(paths: Int, threads: Int) throws -> MonteCarloStudy.Batch {
            try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: paths, threads: threads).run(scenario)
        }
        let single = try run(paths: 300, threads: 1)
        for threads in Self.threadCounts {
            let parallel = try run(paths: 300, threads: threads)
            #expect(parallel.finalPnL == single.finalPnL, "\(threads) threads")
            #expect(parallel.cumulativeResiduals == single.cumulativeResiduals, "\(threads) threads")
            #expect(parallel.totalAbsResiduals == single.totalAbsResiduals, "\(threads) threads")
        }
        let smaller = try run(paths: 100, threads: 2)
        #expect(Array(single.finalPnL.prefix(100)) == smaller.finalPnL)
        #expect(single.cumulativeResiduals.map { Array($0.prefix(100)) } == smaller.cumulativeResiduals)
    }

    /// The whole study of an American put on a lattice — the valuation grid, its error check,
    /// the paths, the frequency sweep and the volatility mismatch — is the same report on one
    /// thread as on several (130 paths, three chunks; a 40-level lattice).
    @Test func latticeStudyReportDoesNotDependOnTheThreadCount() throws {
        var scenario = HedgeScenario.course
        scenario.hedge.estimators = [.delta]
        func report(threads: Int) throws -> MonteCarloReport {
            try MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 40), paths: 130, threads: threads)
                .report(sweep: [5, 20], realizedVolatilities: [0.4])
        }
        let single = try report(threads: 1)
        #expect(single.sweep.count == 2 && single.volatilityMismatch.count == 1)
        for threads in Self.threadCounts {
            #expect(try report(threads: threads) == single, "\(threads) threads")
        }
    }

    @Test func refusesFewerThanOneThread() {
        let study = MonteCarloStudy(scenario: ValidationCase.quantLib.scenario, model: BlackScholesModel(), paths: 10, threads: 0)
        #expect(throws: SimulationError.self) { try study.run(ValidationCase.quantLib.scenario) }
    }

    /// Path k of a study is the single-path simulation seeded with path k's seed: its textbook
    /// P&L and every estimator's cumulative and total absolute residual.
    @Test func pathsMatchTheSinglePathSimulation() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 3)
        let batch = try study.run(scenario)
        var single = scenario
        single.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, 2)
        let simulation = try single.simulate(model: BlackScholesModel())
        #expect(batch.finalPnL[2] == simulation.textbook.last!.profitAndLoss)
        for (e, ledger) in simulation.ledgers.enumerated() {
            #expect(batch.cumulativeResiduals[e][2] == ledger.rows.last!.cumulativeResidual, "\(ledger.estimator)")
            #expect(batch.totalAbsResiduals[e][2] == ledger.rows.reduce(0) { $0 + abs($1.residual) }, "\(ledger.estimator)")
        }
    }

    @Test func longPutGainsWhenRealizedVolatilityExceedsImplied() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        scenario.hedge.estimators = []
        let report = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 400)
            .report(sweep: [], realizedVolatilities: [0.4, 0.8])
        let low = report.volatilityMismatch[0], high = report.volatilityMismatch[1]
        #expect(low.mean < 0 && high.mean > 0)
        #expect(low.theory! < 0 && high.theory! > 0)
        // Within a few standard errors of the first-order theory.
        for point in report.volatilityMismatch {
            #expect(abs(point.mean - point.theory!) < 4 * point.std / 20 + 0.15 * abs(point.theory!))
        }
    }

    @Test func transactionCostsMakeFrequentHedgingCostlyAndHaveAnOptimum() throws {
        var scenario = ValidationCase.quantLib.scenario
        scenario.hedge.costs = TransactionCosts(basisPoints: 20)
        let report = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 600)
            .report(sweep: [2, 8, 32, 128], realizedVolatilities: [])
        let means = report.sweep.map(\.mean)
        #expect(means.last! < means.first!, "more trades cost more: \(means)")
        let optimum = try #require(report.costTradeOffOptimum)
        #expect([2, 8, 32, 128].contains(optimum))
        #expect(try MonteCarloStudy(scenario: ValidationCase.quantLib.scenario, model: BlackScholesModel(), paths: 50)
            .report(sweep: [2, 8], realizedVolatilities: []).costTradeOffOptimum == nil)
    }

    @Test func distributionSummaryOfAKnownSample() {
        let summary = DistributionSummary((1...100).map(Double.init), bins: 10)
        #expect(summary.mean == 50.5)
        #expect(abs(summary.median - 50.5) < 1e-12)
        #expect(abs(summary.quantile05 - 5.95) < 1e-12)
        #expect(summary.expectedShortfall05 == 3)
        #expect(abs(summary.skewness) < 1e-12)
        #expect(summary.histogramCounts == Array(repeating: 10, count: 10))
    }
}
