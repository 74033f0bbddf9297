import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The volatility mismatch's batches hedged in one pass over shared normal draws
/// (``MonteCarloStudy/mismatchBatches(_:pricer:firstBatch:of:)``) against each batch run on
/// its own, as the study ran them before (issue 26): the same final P&L and early exercises,
/// bit for bit.
struct VolatilityMismatchBatchTests {
    /// The scenarios of ``ChunkedTextbookHedgeTests`` the mismatch study meets: an American put
    /// that exercises early, a European call on a lattice, a short with costs, Merton's jumps
    /// (its own loop), dates drawn on a finer grid.
    @Test(arguments: [0, 1, 2, 3, 6])
    func sharedDrawBatchesAreTheBatchesRunOneByOneBitForBit(_ index: Int) throws {
        let (name, scenario) = ChunkedTextbookHedgeTests.scenarios[index]
        // 130 paths: three chunks, the last a short one.
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 120), paths: 130, threads: 2)
        let variants = [0.4, 0.6, 1.2].map { volatility in
            var variant = study.scenario
            variant.dynamics.realizedVolatility = volatility
            variant.hedge.volatility = .implied
            return variant
        }
        var widest = study.scenario
        widest.dynamics.realizedVolatility = 1.2
        let pricer = try study.pricer(
            for: widest, computing: .finalProfit, times: scenario.hedge.schedule.times, measuringError: false
        ).pricer
        let batches = try study.mismatchBatches(variants, pricer: pricer, firstBatch: 0, of: variants.count)
        #expect(batches.count == variants.count)
        var exercised = 0
        for (j, (variant, batch)) in zip(variants, batches).enumerated() {
            let expected = try study.run(
                variant, computing: .finalProfit, batch: j, of: variants.count, measuresGridError: false, pricer: pricer
            )
            #expect(batch.finalPnL.map(\.bitPattern) == expected.finalPnL.map(\.bitPattern), "\(name): volatility \(j)")
            #expect(batch.earlyExercises == expected.earlyExercises, "\(name): volatility \(j)")
            #expect(batch.gridPoints == expected.gridPoints && batch.gridError == expected.gridError)
            exercised += batch.earlyExercises
        }
        if name == "american put" {
            #expect(exercised > 0, "no path exercised early: the early-exercise branch went untested")
        }
    }

    /// A variant whose Δ turns non-finite throws the error the runs one after another throw,
    /// naming the same step, time and spot.
    @Test func aFailingVariantThrowsTheErrorOfTheRunsOneByOne() throws {
        var scenario = ChunkedTextbookHedgeTests.base
        scenario.position.contract.style = .european
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 120), paths: 130, threads: 2)
        let variants = [0.3, 1.5].map { volatility in
            var variant = study.scenario
            variant.dynamics.realizedVolatility = volatility
            return variant
        }
        let pricer = MonteCarloStudy.BatchPricer.premiumAndDelta(
            FailingAboveSpot(contract: scenario.position.contract, limit: 330)
        )
        var expected: SimulationError?
        do {
            for variant in variants {
                _ = try study.run(variant, computing: .finalProfit, batch: 0, of: 1, measuresGridError: false, pricer: pricer)
            }
        } catch {
            expected = error
        }
        let error = try #require(expected, "no path crossed the failing spot")
        #expect(error.description.contains("step"))
        do {
            _ = try study.mismatchBatches(variants, pricer: pricer, firstBatch: 0, of: 1)
            Issue.record("the shared pass did not fail")
        } catch {
            #expect(error.description == expected?.description)
        }
    }
}
