import Foundation
import Testing
@testable import Simulation

struct BinomialWalkTests {
    /// The course's default walk over one trading day: u = e^{σ√δt}, d = 1/u, p from the drift.
    static let daily: BinomialWalk = {
        let dt = 1.0 / 365, sigma = 0.6056214, up = exp(sigma * dt.squareRoot()), down = 1 / up
        return BinomialWalk(up: up, down: down, upProbability: (exp(0.0431 * dt) - down) / (up - down), interval: dt)
    }()

    @Test func ownIntervalAndVolatilityUseTheUsersFactorsExactly() {
        let walk = BinomialWalk(up: 1.0123, down: 0.9871, upProbability: 0.47, interval: 1.0 / 365)
        let factors = walk.factors(over: 1.0 / 365, volatility: walk.volatility)
        #expect(factors.up == 1.0123 && factors.down == 0.9871)
    }

    /// Analytically, at any interval and volatility: the log return's variance is σ′²·δt and
    /// its mean (ν + (σ² − σ′²)/2)·δt, with the user's p.
    @Test(arguments: [1.0 / 365 / 390, 1.0 / 365 / 6.5, 1.0 / 52])
    func rescaledStepHasTheAskedVarianceAndDrift(dt: Double) {
        let walk = Self.daily
        for sigma in [walk.volatility, 0.3, 0.9] {
            let (up, down) = walk.factors(over: dt, volatility: sigma)
            let p = walk.upProbability
            let mean = p * log(up) + (1 - p) * log(down)
            let variance = p * (1 - p) * pow(log(up) - log(down), 2)
            #expect(abs(variance / (sigma * sigma * dt) - 1) < 1e-10)
            let drift = walk.logDrift + (walk.volatility * walk.volatility - sigma * sigma) / 2
            #expect(abs(mean - drift * dt) < 1e-12)
        }
    }

    /// Sampled: the variance of log returns per year is the walk's σ² at one minute, one hour
    /// and one week, within 4 standard errors (20,000 returns each: SE of a two-point variance
    /// is about σ²·√((κ − 1)/n), under 1% here).
    @Test func sampledVolatilityPerYearIsTheSameAtEveryInterval() {
        let walk = Self.daily
        for dt in [1.0 / 365 / 390, 1.0 / 365 / 6.5, 7.0 / 365] {
            var generator = SplitMix64(seed: 11)
            let n = 20_000
            let path = PricePath.binomialWalk(
                spot: 100, walk: walk, volatility: walk.volatility, times: (0...n).map { Double($0) * dt }, using: &generator
            )
            let returns = zip(path.spots, path.spots.dropFirst()).map { log($1 / $0) }
            let mean = returns.reduce(0, +) / Double(n)
            let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1) / dt
            let target = walk.volatility * walk.volatility
            let standardError = target * (max(walk.stepKurtosis - 1, 0.05) / Double(n)).squareRoot()
            #expect(abs(variance - target) < 4 * standardError + 1e-3 * target, "δt = \(dt): \(variance) vs \(target)")
        }
    }

    /// A batch that sets another realized volatility really moves the walk: its paths spread
    /// with that volatility.
    @Test func scenarioRealizedVolatilityRescalesTheWalk() {
        var scenario = HedgeScenario.course
        scenario.dynamics.pathModel = .binomialWalk(Self.daily)
        scenario.dynamics.realizedVolatility = Self.daily.volatility
        let own = scenario.pricePath()
        scenario.dynamics.realizedVolatility = 0.3
        let calm = scenario.pricePath()
        let spread = { (path: PricePath) in zip(path.spots, path.spots.dropFirst()).map { abs(log($1 / $0)) }.max()! }
        #expect(abs(spread(own) - log(Self.daily.up)) < 0.01)
        #expect(spread(calm) < 0.6 * spread(own))
    }
}
