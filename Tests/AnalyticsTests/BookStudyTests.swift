import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The Monte Carlo study of a book, and of a hedge with traded options, in a debug build: a
/// European strangle under the closed form on 200 paths.
struct BookStudyTests {
    static func strangle() -> HedgeScenario {
        let expiry = 52.0 / 365
        let call = Position(contract: OptionContract(type: .call, style: .european, strike: 315, expiry: expiry), contracts: 1, side: .short)
        let put = Position(
            contract: OptionContract(type: .put, style: .european, strike: 255, expiry: expiry), contracts: 1, side: .short,
            impliedVolatility: 0.5521
        )
        return HedgeScenario(
            book: Book(legs: [call, put]), market: Market(spot: 289.26, rate: 0.0423, dividendYield: 0, volatility: 0.4872),
            dynamics: PathDynamics(drift: 0.0423, realizedVolatility: 0.4872, seed: 11),
            hedge: HedgingStrategy(
                schedule: RebalancingSchedule(interval: 1.0 / 365, horizon: expiry), estimators: [.delta],
                tradedOptions: [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 290, expiry: 90.0 / 365))]
            )
        )
    }

    /// Each path of the study is the single-path simulation of its seed: the shares-only row is
    /// the textbook's final P&L, the Δ-Γ row the option hedge's, path by path.
    @Test func studyComparesTheHedgesPathByPath() throws {
        let scenario = Self.strangle()
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 40, threads: 1)
        let batch = try study.run(scenario)
        #expect(batch.optionHedgeFinalPnL.count == 2)
        for k in [0, 17, 39] {
            var single = scenario
            single.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            let simulation = try single.hedge(along: single.pricePath(), model: BlackScholesModel())
            #expect(batch.finalPnL[k] == simulation.textbook.last!.profitAndLoss)
            #expect(batch.optionHedgeFinalPnL[0][k] == simulation.optionHedges[0].finalPnL)
            #expect(batch.optionHedgeFinalPnL[1][k] == simulation.optionHedges[1].finalPnL)
            // Without costs the shares-only hedge ends where the textbook's does.
            #expect(abs(batch.optionHedgeFinalPnL[0][k] - batch.finalPnL[k]) < 1e-7)
        }
    }

    @Test func reportCarriesTheHedgeComparisonAndLeavesTheTheoryOut() throws {
        let scenario = Self.strangle()
        let report = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 200, threads: 2)
            .report(sweep: [], realizedVolatilities: [])
        let comparison = try #require(report.hedgeComparison)
        #expect(comparison.map(\.hedge) == ["shares", "delta-gamma"])
        #expect(comparison[1].std < comparison[0].std / 2, "\(comparison)")
        #expect(report.finalPnLTheoryStd == nil)
        #expect(report.theoryUnavailable?.contains("this book holds 2 legs") == true)
    }
}
