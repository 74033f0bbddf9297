import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

struct HedgingTheoryTests {
    /// The course's contract as a European put priced in closed form, hedged every minute for
    /// two hours (`--interval 1m --horizon 120m`; a minute is 1/390 of a trading day).
    static var intraday: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        scenario.hedge.estimators = []
        let minute = 1.0 / 365 / 390
        scenario.hedge.schedule = RebalancingSchedule(interval: minute, horizon: 120 * minute)
        return scenario
    }

    /// Derman & Kamal (1999), "When you cannot hedge continuously": at the money, over the
    /// whole life, with r = q = 0, the std is √(π/4)·σ·|m|·𝒱/√N. QuantLib's DiscreteHedging
    /// case (DESIGN.md §3) with the rate and drift set to 0; within 3%.
    @Test(arguments: [21, 84])
    func reducesToDermanKamalAtTheMoneyOverTheWholeLife(rebalances: Int) throws {
        var scenario = ValidationCase.quantLib.scenario
        scenario.market.rate = 0
        scenario.dynamics.drift = 0
        let theory = HedgingTheory(scenario: scenario, model: BlackScholesModel())
        let std = theory.standardDeviation(
            rebalances: rebalances, gammaIntegral: try theory.gammaIntegral(), noiseVariance: 0
        )
        let vega = try BlackScholesModel().valuation(of: scenario.position.contract, in: scenario.market).vega
        let dermanKamal = (Double.pi / 4).squareRoot() * 0.2 * 1 * vega / Double(rebalances).squareRoot()
        #expect(abs(std / dermanKamal - 1) < 0.03, "N = \(rebalances): \(std) vs Derman–Kamal \(dermanKamal)")
    }

    /// Over a two-hour horizon the theory is the horizon's, not the option's life: the
    /// Monte Carlo std (2,000 paths, SE about 1.6%) is within 15% of it at every N.
    @Test func horizonTheoryMatchesMonteCarloOnTwoHoursOfMinutes() throws {
        let scenario = Self.intraday
        let points = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 2_000).sweep([12, 24, 60, 120])
        for point in points {
            #expect(abs(point.std / point.theory! - 1) < 0.15, "N = \(point.rebalances): \(point.std) vs \(point.theory!)")
        }
        // The whole-life line would be about 250 times larger.
        let vega = try BlackScholesModel().valuation(of: scenario.position.contract, in: scenario.market).vega
        let wholeLife = (Double.pi / 4).squareRoot() * 0.6056214 * 100 * vega / 12.0.squareRoot()
        #expect(points[0].theory! < wholeLife / 20)
    }

    /// The expected P&L of hedging at σi while the path realizes σr, over two hours of
    /// minutes and over ten days, against 2,000 paths: within 3 standard errors + 10%.
    @Test(arguments: [120.0 / 390, 10.0])
    func mismatchTheoryMatchesMonteCarloOverTheHorizon(days: Double) throws {
        var scenario = Self.intraday
        if days >= 1 { scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365 / 6.5, horizon: days / 365) }
        let report = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 2_000)
            .report(sweep: [], realizedVolatilities: [0.3, 0.9])
        #expect(report.volatilityMismatch[0].theory! < 0 && report.volatilityMismatch[1].theory! > 0)
        for point in report.volatilityMismatch {
            #expect(
                abs(point.mean - point.theory!) < 3 * point.meanStandardError + 0.1 * abs(point.theory!),
                "σr = \(point.realizedVolatility): \(point.mean) ± \(point.meanStandardError) vs \(point.theory!)"
            )
        }
        #expect(!report.mismatchTheoryAssumesDriftEqualsRate)
    }

    /// At H = T the horizon formula is today's whole-life one, e^{rT}·m·[P(σr) − P(σi)].
    @Test func mismatchTheoryAtExpiryIsTheValueAtTheRealizedVolatility() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        let model = BlackScholesModel()
        let premium = try model.price(of: scenario.position.contract, in: scenario.market)
        var realized = scenario.market
        realized.volatility = 0.8
        let expected = 100 * (try model.price(of: scenario.position.contract, in: realized) - premium)
            * exp(scenario.market.rate * scenario.hedge.schedule.horizon)
        let theory = try HedgingTheory(scenario: scenario, model: model).expectedProfit(realizedVolatility: 0.8, premium: premium)
        #expect(abs(theory - expected) < 1e-9)
    }

    /// Before expiry the quadrature is exact to 1e-6 against a closed form: for a European
    /// option under Black–Scholes, E_σr[e^{−rH}·P_σi(S_H, T−H)] under drift r − q is the
    /// Black–Scholes price at the total variance σr²·H + σi²·(T−H) (the two legs of ln S are
    /// independent normals).
    @Test(arguments: [120.0 / 390, 10, 59.5])
    func mismatchQuadratureIsExactForBlackScholes(days: Double) throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        scenario.hedge.schedule.horizon = days / 365
        let model = BlackScholesModel(), contract = scenario.position.contract
        let premium = try model.price(of: contract, in: scenario.market)
        let H = scenario.hedge.schedule.horizon, T = contract.expiry
        for sigmaR in [0.3, 0.9] {
            var blended = scenario.market
            blended.volatility = ((sigmaR * sigmaR * H + 0.6056214 * 0.6056214 * (T - H)) / T).squareRoot()
            let expected = 100 * exp(scenario.market.rate * H) * (try model.price(of: contract, in: blended) - premium)
            let theory = try HedgingTheory(scenario: scenario, model: model).expectedProfit(realizedVolatility: sigmaR, premium: premium)
            #expect(abs(theory - expected) < 1e-6 * max(abs(expected), 1), "H = \(days) days, σr = \(sigmaR): \(theory) vs \(expected)")
        }
    }

    /// A binomial walk rescaled to each mismatch volatility and frequency: the mean P&L rises
    /// with σr and stays within 3 standard errors + 10% of the theory, and the sweep follows
    /// the tree's exact mean and std (course put, European, daily for 20 days, 1,000 paths).
    @Test func binomialMismatchMeansRiseWithRealizedVolatilityAndFollowTheory() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        scenario.hedge.estimators = []
        scenario.hedge.schedule.horizon = 20.0 / 365
        let dt = scenario.hedge.schedule.interval, up = exp(0.6056214 * dt.squareRoot()), down = 1 / up
        let walk = BinomialWalk(up: up, down: down, upProbability: (exp(0.0431 * dt) - down) / (up - down), interval: dt)
        scenario.dynamics.pathModel = .binomialWalk(walk)
        scenario.dynamics.realizedVolatility = walk.volatility
        let report = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 1_000)
            .report(sweep: [5, 20], realizedVolatilities: [0.3, 0.6, 0.9])
        let means = report.volatilityMismatch.map(\.mean)
        #expect(means[0] < means[1] && means[1] < means[2], "\(means)")
        for point in report.volatilityMismatch {
            #expect(
                abs(point.mean - point.theory!) < 3 * point.meanStandardError + 0.1 * abs(point.theory!),
                "σr = \(point.realizedVolatility): \(point.mean) ± \(point.meanStandardError) vs \(point.theory!)"
            )
        }
        // The sweep's theory is exact on the walk's tree: std within 10% (SE about 2.2%) and
        // mean within 3 standard errors at each frequency.
        #expect(report.theoryMethod == .walkTree && report.discreteHedgingTheoryApplies)
        #expect(report.sweep[1].std < report.sweep[0].std)
        for point in report.sweep {
            #expect(abs(point.std / point.theory! - 1) < 0.1, "N = \(point.rebalances): \(point.std) vs \(point.theory!)")
            #expect(abs(point.mean - point.theoryMean!) < 3 * point.meanStandardError, "N = \(point.rebalances): \(point.mean) vs \(point.theoryMean!)")
        }
    }

    /// An American put on the walk, exercised by the hedger's rule: the tree's exact expected
    /// P&L (exercise and the hedge's own mean included) is within 3 standard errors of 1,000
    /// paths even where the first-order formula says 0 (σr = σi). The course's 366 levels: with
    /// 100, the lattice's saw-tooth in S, read through grids placed differently by the study
    /// and the theory, moves the two apart by about 1 USD.
    @Test func americanWalkExpectationIncludesEarlyExercise() throws {
        var scenario = HedgeScenario.course
        scenario.hedge.estimators = []
        scenario.hedge.schedule.horizon = 30.0 / 365
        let dt = scenario.hedge.schedule.interval, up = exp(0.6056214 * dt.squareRoot()), down = 1 / up
        let walk = BinomialWalk(up: up, down: down, upProbability: (exp(0.0431 * dt) - down) / (up - down), interval: dt)
        scenario.dynamics.pathModel = .binomialWalk(walk)
        scenario.dynamics.realizedVolatility = walk.volatility
        let report = try MonteCarloStudy(scenario: scenario, model: BinomialLatticeModel(steps: 366), paths: 1_000)
            .report(sweep: [], realizedVolatilities: [0.3, walk.volatility])
        for point in report.volatilityMismatch {
            #expect(
                abs(point.mean - point.theory!) < 3 * point.meanStandardError + 0.02 * abs(point.theory!),
                "σr = \(point.realizedVolatility): \(point.mean) ± \(point.meanStandardError) vs \(point.theory!)"
            )
        }
        #expect(report.volatilityMismatch[1].earlyExerciseFraction > 0)
    }

    /// The report carries standard errors, the fit of the sweep and the own-schedule theory.
    @Test func reportCarriesStandardErrorsAndTheSweepFit() throws {
        let scenario = Self.intraday
        let report = try MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: 1_000)
            .report(sweep: [12, 24, 60, 120], realizedVolatilities: [])
        let fit = try #require(report.sweepFit)
        #expect(abs(fit.slope + 0.5) < 0.05, "slope \(fit.slope)")
        #expect(try #require(fit.standardError) < 0.05 && fit.propagatedStandardError > 0)
        #expect(abs(report.finalPnL.standardDeviation / report.finalPnLTheoryStd! - 1) < 0.15)
        #expect(report.earlyExerciseFraction == 0 && report.sweep.allSatisfy { $0.earlyExerciseFraction == 0 })
        for point in report.sweep {
            #expect(abs(point.meanStandardError - point.std / 1_000.0.squareRoot()) < 1e-12)
            #expect(point.stdStandardError > 0.5 * point.std / 2_000.0.squareRoot())
        }
    }

    /// SE(s) of a normal sample is about s/√(2n) (κ = 3).
    @Test func standardErrorsOfANormalSample() {
        var generator = SplitMix64(seed: 5)
        let values = (0..<20_000).map { _ in generator.nextStandardNormal() }
        let statistics = SampleStatistics(values)
        #expect(abs(statistics.kurtosis - 3) < 0.15)
        #expect(abs(statistics.standardDeviationStandardError / (statistics.standardDeviation / 40_000.0.squareRoot()) - 1) < 0.05)
    }

    /// A noisy implied volatility adds m²·s²·E[𝒱²] before expiry, nothing at expiry.
    @Test func noisyImpliedVolatilityAddsTheLastDrawsVariance() throws {
        var scenario = Self.intraday
        scenario.dynamics.volatilityModel = .noisy(spread: 0.02)
        let noise = try HedgingTheory(scenario: scenario, model: BlackScholesModel()).impliedVolatilityNoiseVariance()
        let vega = try BlackScholesModel().valuation(of: scenario.position.contract, in: scenario.market).vega
        #expect(abs(noise.squareRoot() / (100 * 0.02 * vega) - 1) < 0.02)
        scenario.hedge.schedule.horizon = scenario.position.contract.expiry
        #expect(try HedgingTheory(scenario: scenario, model: BlackScholesModel()).impliedVolatilityNoiseVariance() == 0)
    }
}
