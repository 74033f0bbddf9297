import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

struct PathModelComparisonTests {
    /// QuantLib's DiscreteHedging case, 21 rebalances: a European call under Black–Scholes.
    static var scenario: HedgeScenario {
        var scenario = ValidationCase.quantLib.scenario
        scenario.hedge.estimators = [.delta]
        return scenario
    }

    static let heston = HestonVariance.standard(level: 0.04)

    /// The GBM row hedges the study's own paths: path k of the comparison is path k of a study
    /// run, so its final P&L agrees with the study's to the last bit.
    @Test func gbmRowHedgesTheStudysOwnPaths() throws {
        let study = MonteCarloStudy(scenario: Self.scenario, model: BlackScholesModel(), paths: 70, threads: 2)
        let comparison = try study.compareModels(paths: 70, jumps: .standard, heston: Self.heston)
        let own = try study.run(Self.scenario).finalPnL
        let gbm = try #require(comparison.row(.gbm))
        #expect(gbm.finalPnL == DistributionSummary(own))
        #expect(comparison.rows.map(\.model) == [.gbm, .merton, .heston])
    }

    /// Each row, hedged a chunk of paths at a time (``ChunkedTextbookHedge``), is the row the
    /// path-by-path hedge gives (``TextbookFinalProfits/outcomes(along:schedules:seed:)``, as the
    /// comparison hedged before issue 26): final P&L, largest step change and early exercises,
    /// bit for bit, for an American put on a lattice grid.
    @Test func rowsAreThePathByPathHedgesBitForBit() throws {
        let scenario = ChunkedTextbookHedgeTests.base
        let study = MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 120), paths: 70, threads: 2)
        let jumps = PathModelComparison.jumps(realizedVolatility: scenario.dynamics.realizedVolatility)
        let comparison = try study.compareModels(paths: 70, jumps: jumps, heston: Self.heston)
        var wide = study.scenario
        wide.dynamics.realizedVolatility *= 1.5
        let times = scenario.hedge.schedule.times
        let model = try study.premiumAndDeltaPricer(for: wide, times: times, measuringError: false).model
        let processes: [any PathProcess] = [GeometricBrownianPaths(), jumps, Self.heston]
        var exercised = 0
        for (row, process) in zip(comparison.rows, processes) {
            var variant = study.scenario
            variant.dynamics.pathModel = .simulated(process)
            let hedge = TextbookFinalProfits(scenario: variant, model: model)
            let sampler = variant.pathSampler(at: times)
            let outcomes = try (0..<70).map { k in
                let seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
                return try hedge.outcomes(along: sampler.path(seed: seed), schedules: [Array(times.indices)], seed: seed)[0]
            }
            #expect(row.finalPnL == DistributionSummary(outcomes.map(\.profit)), "\(row.model)")
            #expect(row.maxStepResidual.bitPattern == (outcomes.map(\.largestStepChange).max() ?? 0).bitPattern, "\(row.model)")
            #expect(row.earlyExercises == outcomes.count { $0.exercised }, "\(row.model)")
            exercised += row.earlyExercises
        }
        #expect(exercised > 0, "no path exercised early: the early-exercise branch went untested")
    }

    /// Whatever the thread count, the same figures (the study's chunks).
    @Test func comparisonDoesNotDependOnTheThreadCount() throws {
        func compare(_ threads: Int) throws -> PathModelComparison {
            try MonteCarloStudy(scenario: Self.scenario, model: BlackScholesModel(), paths: 70, threads: threads)
                .compareModels(paths: 70, jumps: .standard, heston: Self.heston)
        }
        #expect(try compare(1) == compare(3))
    }

    /// Falls of about 22% twice a year (about 33 over 200 one-month paths) make single steps
    /// that GBM's daily moves of about 3% do not: the largest one-step change of the hedged P&L
    /// grows, and the percentiles are sorted.
    @Test func jumpsEnlargeTheLargestOneStepChange() throws {
        let jumps = MertonJumps(intensity: 2, mean: -0.25, standardDeviation: 0.02)
        var scenario = Self.scenario
        scenario.dynamics.realizedVolatility = 0.5
        let comparison = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 200, threads: 2)
            .compareModels(paths: 200, jumps: jumps, heston: .standard(level: 0.25))
        let gbm = try #require(comparison.row(.gbm)), merton = try #require(comparison.row(.merton))
        #expect(merton.maxStepResidual > 2 * gbm.maxStepResidual, "\(merton.maxStepResidual) vs \(gbm.maxStepResidual)")
        for row in comparison.rows {
            #expect(zip(row.percentiles, row.percentiles.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(row.percentiles.first == row.finalPnL.histogramEdges.first)
        }
    }

    /// The default jumps are thinned so that the diffusion keeps at least half the variance.
    @Test func defaultJumpsLeaveTheDiffusionAtLeastHalfTheVariance() {
        #expect(PathModelComparison.jumps(realizedVolatility: 0.6) == .standard)
        let low = PathModelComparison.jumps(realizedVolatility: 0.15)
        #expect(abs(low.varianceRate - 0.5 * 0.15 * 0.15) < 1e-15)
        #expect(PathModelComparison.jumps(realizedVolatility: 0).intensity == 0)
    }
}
