import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// Control runs (DESIGN.md §2.9, issue 23): each cause removes itself and nothing else, and a
/// cause is named only when its control run moves the figure by more than 2 standard errors of
/// the paired difference on the same paths.
struct ControlRunTests {
    /// A European call hedged weekly at 60% implied while the share realizes 30%, drifting at r.
    static var gap: HedgeScenario {
        var scenario = ValidationCase.quantLib.scenario
        scenario.estimators = []
        scenario.realizedVolatility = scenario.market.volatility / 2
        return scenario
    }

    @Test func everyCauseIsRegisteredOnce() {
        let ids = ControlCauses.all.map(\.id)
        #expect(Set(ids) == Set(ControlCauseID.allCases))
        #expect(ids.count == ControlCauseID.allCases.count)
    }

    @Test func eachCauseRemovesItselfAndKeepsTheSeed() {
        var scenario = HedgeScenario.course
        scenario.realizedVolatility = 0.3
        scenario.drift = 0.1
        scenario.costs = TransactionCosts(basisPoints: 20)
        scenario.volatilityModel = .noisy(spread: 0.02)
        scenario.rebalancing = .band(shares: 5)
        for cause in ControlCauses.all where cause.isPresent(in: scenario) {
            let control = cause.removed(from: scenario)
            #expect(!cause.isPresent(in: control), "\(cause.id) is still there")
            #expect(control.seed == scenario.seed, "\(cause.id) changed the seed")
            let others = ControlCauses.all.filter { $0.id != cause.id && $0.isPresent(in: scenario) }
            for other in others {
                #expect(other.isPresent(in: control), "removing \(cause.id) removed \(other.id)")
            }
        }
        #expect(ControlCauses.present(in: scenario).map(\.id).contains(.earlyExercise))
    }

    /// The volatility gap moves the mean final P&L by far more than 2 paired standard errors,
    /// and the figures recomputed from the control runs agree with `named`.
    @Test func volatilityGapIsNamedForTheBias() throws {
        let scenario = Self.gap
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 400, threads: 2)
        let report = try study.report(sweep: [], realizedVolatilities: [])
        let explanations = try study.explanations(for: report, controlPaths: 200)
        let mean = try #require(explanations.first { $0.figure == .finalPnLMean })
        #expect(mean.controlPaths == 200)
        let gap = try #require(mean.causes.first { $0.cause == .volatilityMismatch })
        #expect(gap.named)
        for cause in mean.causes {
            #expect(cause.named == (abs(mean.valueOnControlPaths - cause.valueWithout) > 2 * cause.standardErrorOfDifference))
        }
        // Without the gap the mean is within a few standard errors of zero.
        #expect(abs(gap.valueWithout) < 4 * report.finalPnLStatistics.standardDeviation / 200.0.squareRoot())
    }

    /// With the share realizing the implied volatility there is no departure to explain.
    @Test func noDepartureMeansNoControlRun() throws {
        var scenario = Self.gap
        scenario.realizedVolatility = scenario.market.volatility
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 300, threads: 2)
        let report = try study.report(sweep: [], realizedVolatilities: [])
        let explanations = try study.explanations(for: report, controlPaths: 100)
        #expect(explanations.allSatisfy { $0.figure != .finalPnLMean } || abs(report.finalPnLStatistics.mean) > 3 * report.finalPnLStatistics.meanStandardError)
    }
}
