import Foundation

/// Merton's jump diffusion with these jumps (``MertonJumpDiffusion``), at the scenario's drift;
/// its diffusion takes what the jumps leave of the scenario's realized variance, so ln S has
/// the variance per year of GBM at the realized volatility.
extension MertonJumps: PathProcess {
    public static let id = PathModelID.merton
    public static let title = "Merton's jump diffusion"
    public static let label = "Merton jumps"
    public static let help = "jumps: --jump-intensity, --jump-mean, --jump-std"

    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        try SimulationError.require(intensity.isFinite && intensity >= 0, "jump intensity", intensity, "a finite number ≥ 0 per year")
        try SimulationError.require(mean.isFinite, "mean log jump", mean, "a finite number")
        try SimulationError.require(
            standardDeviation.isFinite && standardDeviation >= 0, "standard deviation of the log jump",
            standardDeviation, "a finite number ≥ 0"
        )
        let sigma = scenario.dynamics.realizedVolatility
        try SimulationError.require(
            varianceRate <= sigma * sigma, "variance of the jumps per year",
            varianceRate, "at most the realized variance, \(sigma * sigma) per year"
        )
    }

    public func generator(in scenario: HedgeScenario) -> any PathGenerator {
        MertonJumpDiffusion(drift: scenario.dynamics.drift, volatility: scenario.mertonDiffusionVolatility(self), jumps: self)
    }

    /// The log-normal range at the larger of the realized and implied volatility, widened to
    /// cover the jumps: for each number n of jumps up to the Poisson(λt) quantile at 1 − 10⁻⁷,
    /// ln S(t) is normal with mean shifted by n·μJ and variance σd²·t + n·δJ², and the range
    /// covers ±5 of its standard deviations.
    public func spotRange(in scenario: HedgeScenario, at time: Double) -> ClosedRange<Double> {
        let sigma = max(scenario.dynamics.realizedVolatility, scenario.market.volatility)
        let lognormal = PathModels.lognormalSpotRange(in: scenario, at: time, volatility: sigma)
        let diffusion = scenario.mertonDiffusionVolatility(self)
        guard intensity > 0, diffusion.isFinite else { return lognormal }
        let t = max(time, 1.0 / 365)
        let base = log(scenario.market.spot) + (scenario.dynamics.drift - intensity * meanRelativeJump - 0.5 * diffusion * diffusion) * t
        var low = log(lognormal.lowerBound), high = log(lognormal.upperBound)
        // Poisson(λt) probabilities by recurrence, until the tail beyond n is below 1e-7.
        var probability = exp(-intensity * t), cumulative = probability, n = 0
        while true {
            let centre = base + Double(n) * mean
            let width = 5 * (diffusion * diffusion * t + Double(n) * standardDeviation * standardDeviation).squareRoot()
            low = min(low, centre - width)
            high = max(high, centre + width)
            guard 1 - cumulative > 1e-7, n < 1_000 else { break }
            n += 1
            probability *= intensity * t / Double(n)
            cumulative += probability
        }
        return exp(low)...exp(high)
    }

    public var theory: PathModelTheory { .unavailable(reason: "the share jumps (Merton)") }
}
