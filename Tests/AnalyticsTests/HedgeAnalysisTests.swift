import Pricing
import Simulation
import Testing
@testable import Analytics

struct HedgeAnalysisTests {
    static let simulation: HedgeSimulation = {
        var scenario = HedgeScenario.course
        scenario.seed = 5
        return try! scenario.simulate(model: BinomialLatticeModel(steps: 80))
    }()

    @Test func summaryMatchesLedger() throws {
        let analysis = HedgeAnalysis(Self.simulation)
        let ledger = try #require(Self.simulation.ledger(.delta))
        let summary = try #require(analysis.summary(.delta))
        #expect(summary.finalShares == ledger.rows.last?.shares)
        #expect(summary.cumulativeResidual == ledger.rows.last?.cumulativeResidual)
        let largest = ledger.rows.map { abs($0.residual) }.max()
        #expect(summary.maxAbsResidual == largest)
        #expect(abs(summary.finalLiquidationValue - summary.initialLiquidationValue - summary.cumulativeResidual) < 1e-8)
    }

    @Test func optionGainMinusHedgeOffsetIsCumulativeResidual() throws {
        let analysis = HedgeAnalysis(Self.simulation)
        for estimator in HedgeEstimator.allCases {
            let ledger = try #require(Self.simulation.ledger(estimator))
            let equity = HedgeAnalysis.equityValueChange(ledger)
            for (i, row) in ledger.rows.enumerated() {
                #expect(abs(analysis.optionValueChange[i] + equity[i] - row.cumulativeResidual) < 1e-8)
            }
        }
    }

    @Test func exactHedgeHasNoResidual() throws {
        let summary = try #require(HedgeAnalysis(Self.simulation).summary(.exact))
        #expect(summary.cumulativeResidual == 0)
        #expect(summary.maxAbsResidual == 0)
    }
}
