import Foundation
import Simulation

/// Where the hedger's model path comes from (``WrongInformation``).
public enum HedgerPath: Sendable, Hashable, Codable {
    /// Another sample of the run's own generators, drawn from this seed (`--hedger-seed`).
    case seed(UInt64)
    /// A geometric Brownian path whose normal draws are correlated ρ with the true path's
    /// (`--hedger-correlation`): Z_model = ρ·Z_true + √(1 − ρ²)·Z_indep, Z_indep drawn from `seed`.
    case correlated(rho: Double, seed: UInt64)
    /// Observed prices at the true path's dates (`--hedger-prices`), named by their file, with
    /// the implied volatility the hedger sees at each date when the file has an `iv` column
    /// (nil: the true path's).
    case observed(PricePath, source: String, volatilities: [Double]? = nil)

    /// The implied volatilities the hedger prices its path with, one per date, where the model
    /// path carries its own (a `--hedger-prices` file's `iv` column); nil: the true path's.
    public var volatilities: [Double]? {
        guard case let .observed(_, _, volatilities) = self else { return nil }
        return volatilities
    }

    /// The model path beside `truth`, the true path of `scenario`, at the same dates.
    ///
    /// For ``correlated(rho:seed:)`` the true draws are read back from `truth`'s log returns,
    /// Z_true = (ln(Sᵢ/Sᵢ₋₁) − (μ − σ²/2)·δt)/(σ·√δt), with the scenario's drift μ and realized
    /// volatility σ, so any geometric Brownian path can be matched; the model path starts at
    /// S(0) and moves by (μ − σ²/2)·δt + σ·√δt·Z_model. With ρ = 0 it is, bit for bit, the path
    /// ``seed(_:)`` draws from the same seed; with ρ = 1 it is the true path (to rounding).
    ///
    /// At σ = 0 (or a σ so small that σ·√δt is 0) the true path has no draws to read back: it
    /// is deterministic, and so is the model path, which then moves by μ·δt like the truth.
    ///
    /// - Precondition: for ``correlated(rho:seed:)``, the scenario's path model is geometric
    ///   Brownian motion; for ``observed(_:source:)``, the path has `truth`'s dates.
    public func path(for scenario: HedgeScenario, truth: PricePath) -> PricePath {
        switch self {
        case let .seed(seed):
            var sample = scenario
            sample.dynamics.seed = seed
            return sample.pricePath()
        case let .correlated(rho, seed):
            // The true path's draws read back, mixed with independent ones, then drawn through the
            // generator's own step (``GivenBrownianShocks``): the same GBM step as every path.
            let model = GeometricBrownianMotion(drift: scenario.dynamics.drift, volatility: scenario.dynamics.realizedVolatility)
            var generator = SplitMix64(seed: seed)
            let independentWeight = (1 - rho * rho).squareRoot()
            let times = truth.times
            let draws = times.indices.dropFirst().map { index in
                let step = model.step(over: times[index] - times[index - 1])
                let read = (log(truth.spots[index] / truth.spots[index - 1]) - step.mean) / step.scale
                let trueDraw = step.scale > 0 && read.isFinite ? read : 0
                let independent = generator.nextStandardNormal()
                return rho == 0 ? independent : rho * trueDraw + independentWeight * independent
            }
            var shocks = GivenBrownianShocks(increments: draws, generator: generator)
            return model.path(spot: scenario.market.spot, times: times, using: &shocks)
        case let .observed(path, _, _):
            precondition(path.times.count >= truth.times.count, "the model path has the true path's dates")
            return path
        }
    }
}
