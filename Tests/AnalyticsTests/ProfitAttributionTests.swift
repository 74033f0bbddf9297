import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

struct ProfitAttributionTests {
    static let simulation: HedgeSimulation = {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = 9
        scenario.dynamics.volatilityModel = .noisy(spread: 0.02)
        return try! scenario.simulate(model: BinomialLatticeModel(steps: 80))
    }()

    @Test func partsAddUpToTheHedgingPnL() {
        let analysis = HedgeAnalysis(Self.simulation)
        let rows = Self.simulation.textbook
        let total = analysis.attribution.reduce(ProfitAttribution.zero, +).total
        #expect(abs(total - rows.last!.profitAndLoss) < 1e-8)
        #expect(abs(analysis.textbook.finalPnL - rows.last!.profitAndLoss) < 1e-12)
    }

    @Test func textbookHedgeLeavesNoDeltaExposure() {
        for part in HedgeAnalysis(Self.simulation).attribution {
            #expect(abs(part.delta) < 1e-9)
        }
    }

    @Test func financingIsInterestOnTheCashAccount() {
        let rows = Self.simulation.textbook
        let parts = HedgeAnalysis(Self.simulation).attribution
        let rate = Self.simulation.scenario.market.rate
        for i in 1..<rows.count {
            let interest = rows[i - 1].cash * (exp(rate * (rows[i].time - rows[i - 1].time)) - 1)
            #expect(abs(parts[i].financing - interest) < 1e-8, "step \(i)")
        }
    }

    @Test func greekTermsExplainMostOfTheOptionsMoves() {
        // Over daily steps the Taylor terms explain the option's moves up to a small remainder.
        let parts = HedgeAnalysis(Self.simulation).attribution.dropFirst()
        let explained = parts.map { abs($0.gamma) + abs($0.theta) + abs($0.vega) }.reduce(0, +)
        let unexplained = parts.map { abs($0.unexplained) }.reduce(0, +)
        #expect(unexplained < 0.5 * explained)
    }

    @Test func gammaAgainstThetaIsZeroOnAMoveOfExactlyOneSigma() throws {
        var scenario = HedgeScenario.course
        let sigma = scenario.market.volatility
        let dt = 1.0 / 365
        let times = [0, dt, 2 * dt]
        let up = Foundation.exp(sigma * dt.squareRoot())
        scenario.dynamics.pathModel = .observed(PricePath(times: times, spots: [261.4899, 261.4899 * up, 261.4899]))
        let simulation = try scenario.simulate(model: BinomialLatticeModel(steps: 60))
        let view = ProfitAttribution.gammaAgainstTheta(on: simulation.valuedPath, multiplier: 100)
        // (dS/S)² = (e^{σ√dt} − 1)², within a fraction of σ²·dt of it.
        #expect(abs(view[1]) < 0.05 * abs(0.5 * 100 * simulation.valuedPath.valuations[0].gamma * 261.4899 * 261.4899 * sigma * sigma * dt))
    }
}
