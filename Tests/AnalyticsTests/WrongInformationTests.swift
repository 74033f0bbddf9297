import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The hedge on wrong information (DESIGN.md §2.8): LVT, LVM and PE per date.
struct WrongInformationTests {
    static let contract = OptionContract(type: .put, style: .european, strike: 100, expiry: 30.0 / 365)
    static let market = Market(spot: 100, rate: 0.05, volatility: 0.4)

    static func valued(_ spots: [Double]) throws -> ValuedPath {
        let path = PricePath(times: spots.indices.map { Double($0) / 365 }, spots: spots)
        return try ValuedPath.value(contract, along: path, market: market, model: BlackScholesModel())
    }

    /// Two three-date paths from the same start, by hand: the share balance
    /// n(t+dt) = n(t)·S(t)/S(t+dt) − m·dP/S(t+dt) on each (exact dP of its own path), then
    /// LVT = m·P + n·S, LVM = m·P + n̂·S on the true path and PE = (LVT − LVM)/LVT·100.
    @Test func reproducesTheCoursesArithmeticOnTwoTinyPaths() throws {
        let truth = try Self.valued([100, 97, 99])
        let model = try Self.valued([100, 104, 101])
        let m = 100.0
        let comparison = WrongInformation(truth: truth, model: model, multiplier: m)

        let P = truth.valuations.map(\.price), S = truth.path.spots
        let Q = model.valuations.map(\.price), R = model.path.spots
        var n = [-m * truth.valuations[0].delta], nHat = [-m * model.valuations[0].delta]
        for i in 1...2 {
            n.append(n[i - 1] * S[i - 1] / S[i] - m * (P[i] - P[i - 1]) / S[i])
            nHat.append(nHat[i - 1] * R[i - 1] / R[i] - m * (Q[i] - Q[i - 1]) / R[i])
        }
        #expect(comparison.steps.count == 3)
        for i in 0...2 {
            let lvt = m * P[i] + n[i] * S[i]
            let lvm = m * P[i] + nHat[i] * S[i]
            let step = comparison.steps[i]
            #expect(abs(step.lvt - lvt) < 1e-9)
            #expect(abs(step.lvm - lvm) < 1e-9)
            #expect(abs(step.percentError! - (lvt - lvm) / lvt * 100) < 1e-9)
            #expect(abs(step.shares - n[i]) < 1e-12 && abs(step.modelShares - nHat[i]) < 1e-12)
        }
        #expect(comparison.steps[0].percentError == 0, "both start delta-neutral at the same spot")
        #expect(abs(comparison.steps[2].lvt - comparison.steps[0].lvt) < 1e-9, "perfect information keeps LVT constant")
        // The hedger bought into a rise the true path never had: it holds fewer shares of the put's
        // hedge (n̂ < n), so LVM < LVT and PE > 0.
        #expect(nHat[1] < n[1])
        #expect(comparison.steps[1].percentError! > 0)
    }

    @Test func theSamePathGivesNoError() throws {
        let truth = try Self.valued([100, 97, 99, 103])
        let comparison = WrongInformation(truth: truth, model: truth, multiplier: -300)
        #expect(comparison.steps.allSatisfy { $0.percentError == 0 })
    }

    static let scenario: HedgeScenario = {
        var scenario = HedgeScenario.course
        scenario.position = Position(contract: contract, contracts: 1, side: .long)
        scenario.market = market
        scenario.dynamics.drift = 0.05
        scenario.dynamics.realizedVolatility = 0.4
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 30.0 / 365)
        scenario.dynamics.seed = 11
        return scenario
    }()

    /// Z_model = 0·Z_true + 1·Z_indep: the path another seed draws, bit for bit.
    @Test func independentDrawsAreTheHedgerSeedsOwnPath() {
        let truth = Self.scenario.pricePath()
        let correlated = HedgerPath.correlated(rho: 0, seed: 12).path(for: Self.scenario, truth: truth)
        let seeded = HedgerPath.seed(12).path(for: Self.scenario, truth: truth)
        #expect(correlated == seeded)
        #expect(correlated != truth)
    }

    /// ρ = 1 reads the true draws back from the true path's log returns: the same path.
    @Test func fullCorrelationFollowsTheTruePath() {
        let truth = Self.scenario.pricePath()
        let model = HedgerPath.correlated(rho: 1, seed: 12).path(for: Self.scenario, truth: truth)
        for (a, b) in zip(model.spots, truth.spots) {
            #expect(abs(a / b - 1) < 1e-12)
        }
    }

    /// The correlation of the draws is what was asked: over many steps the sample correlation of
    /// the model's and the true path's log returns is ρ within 3 standard errors ((1 − ρ²)/√n).
    @Test(arguments: [-0.5, 0.3, 0.9])
    func drawsHaveTheAskedCorrelation(rho: Double) {
        var scenario = Self.scenario
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365 / 390, horizon: 20.0 / 365)
        scenario.position.contract.expiry = 20.0 / 365
        let truth = scenario.pricePath()
        let model = HedgerPath.correlated(rho: rho, seed: 99).path(for: scenario, truth: truth)
        let x = zip(truth.spots, truth.spots.dropFirst()).map { log($1 / $0) }
        let y = zip(model.spots, model.spots.dropFirst()).map { log($1 / $0) }
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let sxy = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sxx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +), syy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        let r = sxy / (sxx * syy).squareRoot()
        #expect(abs(r - rho) < 3 * (1 - rho * rho) / n.squareRoot(), "r = \(r) over \(Int(n)) steps")
    }

    /// The closer the model path follows the true one, the smaller the error: over the same
    /// pairs, the spread of the final PE falls as ρ rises, and vanishes at ρ = 1.
    @Test func errorShrinksAsTheModelPathFollowsTheTrueOne() throws {
        let study = try WrongInformationStudy.run(
            scenario: Self.scenario, model: BlackScholesModel(), pairs: 200, correlations: [0, 0.9, 1], hedgerSeed: 5, threads: 2
        )
        let spreads = study.points.map(\.finalPercentError.standardDeviation)
        #expect(study.points.map(\.correlation) == [0, 0.9, 1])
        #expect(spreads[0] > spreads[1])
        #expect(spreads[2] < 1e-9)
        #expect(study.points[0].finalPercentError.count == 200)
    }
}
