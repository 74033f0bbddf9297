import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// What a Monte Carlo batch computes is the caller's typed choice (``MonteCarloStudy/BatchOutput``),
/// and the choice changes what is kept, never a number: the final-P&L batch, read from a
/// premium-and-Δ grid, ends where the ledgers' textbook hedge ends on the full grid; and the
/// whole study is the same with one worker as with two.
struct StudyBatchTests {
    /// The course's American put over 20 days, in the money enough that some paths exercise
    /// early, on a 60-level lattice's grids.
    static var scenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .american, strike: 300, expiry: 20.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        return scenario
    }

    static let model = BinomialLatticeModel(steps: 60)

    @Test func finalProfitBatchIsTheLedgersTextbookHedgeBitForBit() throws {
        let study = MonteCarloStudy(scenario: Self.scenario, model: Self.model, paths: 130, threads: 2)
        let ledgers = try study.run(Self.scenario, computing: .ledgers, batch: 0, of: 1, measuresGridError: false)
        let finals = try study.run(Self.scenario, computing: .finalProfit, batch: 0, of: 1, measuresGridError: false)
        #expect(ledgers.cumulativeResiduals.count == Self.scenario.hedge.estimators.count)
        #expect(finals.cumulativeResiduals.isEmpty && finals.totalAbsResiduals.isEmpty)
        #expect(finals.finalPnL.map(\.bitPattern) == ledgers.finalPnL.map(\.bitPattern))
        #expect(finals.earlyExercises == ledgers.earlyExercises)
        #expect(finals.earlyExercises > 0, "no path exercised early: the exercise branch went untested")
        // The premium-and-Δ grid holds a quarter of the lattices: fewer points for the same numbers.
        #expect(finals.gridPoints < ledgers.gridPoints)
    }

    /// The ledgers batch, its chunks' figures laid out as columns on the workers and joined, holds
    /// each path's own figures (``HedgeScenario/hedgeFigures(along:model:hedges:deltaModel:)``) in path
    /// order, over three chunks (the last one short), with a traded option's columns too.
    @Test func ledgersBatchHoldsEachPathsFiguresInPathOrder() throws {
        var scenario = Self.scenario
        scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 300, expiry: 30.0 / 365))]
        let paths = 2 * MonteCarloStudy.pathsPerChunk + 5
        let study = MonteCarloStudy(scenario: scenario, model: Self.model, paths: paths, threads: 2)
        let batch = try study.run(scenario, computing: .ledgers, batch: 0, of: 1, measuresGridError: false)
        let model = try study.pricer(for: scenario, computing: .ledgers, times: scenario.hedge.schedule.times, measuringError: false).pricer
        guard case let .valuation(grid) = model else { Issue.record("a ledgers batch prices every Greek"); return }
        let sampler = scenario.pathSampler(at: scenario.hedge.schedule.times)
        var exercised = 0
        for k in [0, 1, MonteCarloStudy.pathsPerChunk - 1, MonteCarloStudy.pathsPerChunk, paths - 1] {
            var single = scenario
            single.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            let figures = try single.hedgeFigures(along: sampler.path(seed: single.dynamics.seed), model: grid)
            #expect(batch.finalPnL[k].bitPattern == figures.finalPnL.bitPattern, "path \(k)")
            #expect(batch.cumulativeResiduals.map { $0[k].bitPattern } == figures.cumulativeResiduals.map(\.bitPattern), "path \(k)")
            #expect(batch.totalAbsResiduals.map { $0[k].bitPattern } == figures.totalAbsResiduals.map(\.bitPattern), "path \(k)")
            #expect(batch.optionHedgeFinalPnL.map { $0[k].bitPattern } == figures.optionHedges.map(\.finalPnL.bitPattern), "path \(k)")
            #expect(batch.optionHedgeTradedValue.map { $0[k].bitPattern } == figures.optionHedges.map(\.tradedValue.bitPattern), "path \(k)")
            if figures.exercised { exercised += 1 }
        }
        #expect(batch.finalPnL.count == paths && batch.optionHedgeFinalPnL.count == 2)
        #expect(batch.cumulativeResiduals.allSatisfy { $0.count == paths })
        #expect(batch.earlyExercises >= exercised)
    }

    @Test func theScenarioAsksForLedgersWhenItNamesAnEstimatorOrATradedOption() {
        var scenario = Self.scenario
        #expect(MonteCarloStudy.BatchOutput.asked(by: scenario) == .ledgers)
        scenario.hedge.estimators = []
        #expect(MonteCarloStudy.BatchOutput.asked(by: scenario) == .finalProfit)
        scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 300, expiry: 30.0 / 365))]
        #expect(MonteCarloStudy.BatchOutput.asked(by: scenario) == .ledgers)
    }

    /// Main batch, sweep (paths shared by the frequencies) and mismatch (one grid for all its
    /// volatilities) on one worker and on two: every figure equal to the last bit.
    @Test func studyIsTheSameWithOneAndTwoWorkers() throws {
        func report(threads: Int) throws -> (MonteCarloReport, MonteCarloStudy.Batch) {
            try MonteCarloStudy(scenario: Self.scenario, model: Self.model, paths: 150, threads: threads)
                .reportKeepingMainBatch(sweep: [5, 10, 20], realizedVolatilities: [0.4, 0.8])
        }
        let (one, oneMain) = try report(threads: 1)
        let (two, twoMain) = try report(threads: 2)
        #expect(oneMain.finalPnL.map(\.bitPattern) == twoMain.finalPnL.map(\.bitPattern))
        #expect(oneMain.cumulativeResiduals.map { $0.map(\.bitPattern) } == twoMain.cumulativeResiduals.map { $0.map(\.bitPattern) })
        #expect(one.sweep.map(\.std.bitPattern) == two.sweep.map(\.std.bitPattern))
        #expect(one.sweep.map(\.mean.bitPattern) == two.sweep.map(\.mean.bitPattern))
        #expect(one.volatilityMismatch.map(\.mean.bitPattern) == two.volatilityMismatch.map(\.mean.bitPattern))
        #expect(one.volatilityMismatch.map(\.std.bitPattern) == two.volatilityMismatch.map(\.std.bitPattern))
        #expect(one.gridPoints == two.gridPoints)
    }
}
