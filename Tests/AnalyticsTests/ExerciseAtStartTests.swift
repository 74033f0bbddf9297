import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// An American option worth its intrinsic value when bought is exercised at once (review
/// finding 5): the course's put struck at 500 against a spot of 261.49 was exercised a day
/// late, and the book lost a day's interest on the strike, −$5.90, in the ledger and on every
/// path of the study.
struct ExerciseAtStartTests {
    static var scenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract.strike = 500
        scenario.hedge.estimators = [.delta]
        return scenario
    }

    static let model = BinomialLatticeModel(steps: 100)

    @Test func deepInTheMoneyPutIsExercisedAtTheStartAndLosesNothing() throws {
        let simulation = try Self.scenario.hedge(along: Self.scenario.pricePath(), model: Self.model)
        #expect(simulation.exerciseStep == 0)
        #expect(simulation.textbook.count == 1)
        let last = try #require(simulation.textbook.last)
        #expect(abs(last.profitAndLoss) < 1e-6, "P&L \(last.profitAndLoss)")
        let analysis = HedgeAnalysis(simulation)
        #expect(Degenerate(analysis)?.reason == .exercisedAtStart)
        #expect(abs((Degenerate(analysis)?.value ?? 0) - 100 * (500 - 261.4899)) < 1e-6)
    }

    /// The study's ledger-free hedge (``TextbookFinalProfits``) decides the same at the start.
    @Test func studyExercisesEveryPathAtTheStart() throws {
        var scenario = Self.scenario
        scenario.hedge.estimators = []
        let batch = try MonteCarloStudy(scenario: scenario, model: Self.model, paths: 64, threads: 2).run(scenario)
        #expect(batch.earlyExercises == 64)
        #expect(batch.finalPnL.allSatisfy { abs($0) < 1e-6 }, "\(batch.finalPnL.prefix(3))")
    }

    /// An option not worth exercising at the start keeps its hedge: the course's own put.
    @Test func courseOptionIsNotExercisedAtTheStart() throws {
        let scenario = HedgeScenario.course
        let simulation = try scenario.hedge(along: scenario.pricePath(), model: Self.model)
        #expect(simulation.exerciseStep != 0)
        #expect(Degenerate(HedgeAnalysis(simulation)) == nil)
    }
}
