import Pricing
import Simulation
import Testing
@testable import Analytics

struct HedgeAnalysisTests {
    static let simulation: HedgeSimulation = {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = 5
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

    /// The option position's gain m·(P(t) − P(0)) with P repriced at the path's dates and spots by
    /// a separately built lattice, and the exact hedge's equity change offsetting it date by date
    /// (so the hedge liquidation value ends where it started).
    @Test func exactHedgeOffsetsTheOptionGainOfAnIndependentRepricing() throws {
        let simulation = Self.simulation
        let scenario = simulation.scenario
        let m = scenario.position.multiplier
        let path = simulation.valuedPath.path
        let lattice = BinomialLatticeModel(steps: 80)
        let prices = try zip(path.times, path.spots).map { time, spot in
            var market = scenario.market
            market.spot = spot
            market.time = time
            return try lattice.price(of: scenario.position.contract, in: market)
        }
        let analysis = HedgeAnalysis(simulation)
        let ledger = try #require(simulation.ledger(.exact))
        let equity = HedgeAnalysis.equityValueChange(ledger)
        for k in prices.indices {
            let gain = m * (prices[k] - prices[0])
            let tolerance = 1e-9 * abs(m * prices[0]) + 1e-9 * abs(ledger.rows[k].shareValue)
            #expect(abs(analysis.optionValueChange[k] - gain) <= tolerance, "step \(k)")
            #expect(abs(equity[k] + gain) <= tolerance, "step \(k)")
        }
        let summary = try #require(analysis.summary(.exact))
        let start = m * prices[0] + ledger.rows[0].shareValue
        #expect(abs(summary.initialLiquidationValue - start) <= 1e-9 * abs(start))
        #expect(abs(summary.finalLiquidationValue - start) <= 1e-9 * abs(start))
    }
}
