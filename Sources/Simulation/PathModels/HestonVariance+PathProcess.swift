import Foundation

/// Heston's stochastic variance (``HestonProcess``), at the scenario's drift, scaled
/// (``HestonVariance/scaled(by:)``) so that the variance expected over the option's life is the
/// realized volatility's: the one given when the realized volatility is its own.
extension HestonVariance: PathProcess {
    public static let id = PathModelID.heston
    public static let title = "Heston's stochastic-variance model"
    public static let label = "Heston variance"
    public static let help = "stochastic variance: --heston-kappa, --heston-theta, --heston-xi, --heston-rho, --heston-v0"

    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        try SimulationError.require(kappa.isFinite && kappa > 0, "Heston kappa", kappa, "a finite number > 0 per year")
        try SimulationError.require(theta.isFinite && theta >= 0, "Heston theta", theta, "a finite variance ≥ 0 per year")
        try SimulationError.require(xi.isFinite && xi >= 0, "Heston xi", xi, "a finite number ≥ 0")
        try SimulationError.require((-1...1).contains(rho), "Heston rho", rho, "between −1 and 1")
        try SimulationError.require(
            initialVariance.isFinite && initialVariance >= 0, "Heston v0", initialVariance, "a finite variance ≥ 0 per year"
        )
        let sigma = scenario.dynamics.realizedVolatility
        let expiry = scenario.position.contract.expiry
        try SimulationError.require(
            // σr² is what the variance is scaled to: a σr whose square underflows is 0 here.
            sigma * sigma == 0 || meanVariance(over: expiry) > 0,
            "Heston mean variance over the option's life", meanVariance(over: expiry),
            "> 0 for a realized volatility above 0"
        )
    }

    public func generator(in scenario: HedgeScenario) -> any PathGenerator {
        HestonProcess(drift: scenario.dynamics.drift, variance: scenario.hestonVarianceAtRealizedVolatility(self))
    }

    /// The log-normal range at a volatility the variance seldom exceeds: the larger of v₀ and θ
    /// (as scaled to the realized volatility) plus 5 of the variance's stationary standard
    /// deviations ξ·√(level/(2κ)), and never narrower than GBM's at the larger of the realized
    /// and implied volatility. ln S(t) mixes normals over the variance it integrated; the
    /// widened σ covers the mixture's tails (``PathModelCoverageTests`` counts the dates left).
    public func spotRange(in scenario: HedgeScenario, at time: Double) -> ClosedRange<Double> {
        let scaled = scenario.hestonVarianceAtRealizedVolatility(self)
        let level = max(scaled.initialVariance, scaled.theta)
        let high = level + 5 * scaled.xi * (level / (2 * scaled.kappa)).squareRoot()
        let sigma = max(high.squareRoot(), scenario.dynamics.realizedVolatility, scenario.market.volatility)
        guard sigma.isFinite else { return PathModels.lognormalSpotRange(in: scenario, at: time, volatility: scenario.market.volatility) }
        return PathModels.lognormalSpotRange(in: scenario, at: time, volatility: sigma)
    }

    public var theory: PathModelTheory { .unavailable(reason: "the share's variance moves (Heston)") }
}
