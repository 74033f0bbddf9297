import Foundation

/// The course's real-world binomial walk, scaled with its interval and its volatility: each
/// interval the price is multiplied by u with probability p, else by d.
///
/// The user gives (u, d, p) for the scenario's interval δt₀. They fix the walk's log drift and
/// volatility per unit time,
///
///     ν = (p·ln u + (1−p)·ln d)/δt₀,   σ² = p(1−p)(ln u − ln d)²/δt₀,
///
/// and at another interval δt with volatility σ′ the walk keeps p and sets
///
///     ln u′ = ν′δt + σ′√δt·√((1−p)/p),   ln d′ = ν′δt − σ′√δt·√(p/(1−p)),
///     ν′ = ν + (σ² − σ′²)/2,
///
/// so its log return has mean ν′δt and variance σ′²δt at every interval (the same volatility
/// per unit time whatever the rebalancing frequency), and ν′ + σ′²/2 = ν + σ²/2 keeps the
/// arithmetic drift of the continuous limit. At δt₀ and σ′ = σ the user's u and d are used as
/// given (no round trip through logarithms). With p = 0 or 1 the walk is deterministic
/// (σ = 0) and moves by e^{ν·δt}.
public struct BinomialWalk: Sendable, Hashable, Codable {
    /// Factor of an up move over ``interval``, > 1.
    public var up: Double
    /// Factor of a down move over ``interval``, in (0, 1).
    public var down: Double
    /// Probability of an up move, in [0, 1].
    public var upProbability: Double
    /// δt₀, years (ACT/365) over which ``up`` and ``down`` apply: the scenario's interval.
    public var interval: Double

    public init(up: Double, down: Double, upProbability: Double, interval: Double) {
        self.up = up
        self.down = down
        self.upProbability = upProbability
        self.interval = interval
    }

    /// ν, the mean log return per year, (p·ln u + (1−p)·ln d)/δt₀.
    public var logDrift: Double {
        (upProbability * log(up) + (1 - upProbability) * log(down)) / interval
    }

    /// σ, the standard deviation of the log return per √year, √(p(1−p)/δt₀)·(ln u − ln d).
    public var volatility: Double {
        (upProbability * (1 - upProbability) / interval).squareRoot() * (log(up) - log(down))
    }

    /// Excess kurtosis plus 3 of one step's log return, (1 − 3p(1−p))/(p(1−p)): 1 at p = ½
    /// (a two-point law whose squared deviation never varies), against 3 for a normal law;
    /// infinite at p = 0 or 1.
    public var stepKurtosis: Double {
        let pq = upProbability * (1 - upProbability)
        return (1 - 3 * pq) / pq
    }

    /// The up and down factors over `dt` years for a walk of volatility `sigma` per √year.
    public func factors(over dt: Double, volatility sigma: Double) -> (up: Double, down: Double) {
        let own = volatility
        if abs(dt - interval) <= 1e-12 * interval, abs(sigma - own) <= 1e-12 * max(own, 1e-300) {
            return (up, down)
        }
        let p = upProbability
        let drift = logDrift + (own * own - sigma * sigma) / 2
        guard p > 0, p < 1 else {
            let factor = exp(drift * dt)
            return (factor, factor)
        }
        let scale = sigma * dt.squareRoot()
        return (
            exp(drift * dt + scale * ((1 - p) / p).squareRoot()),
            exp(drift * dt - scale * (p / (1 - p)).squareRoot())
        )
    }
}

/// A ``BinomialWalk`` rescaled to a volatility: over each interval dt the price is multiplied by
/// the walk's up factor for dt with probability p, else by its down factor
/// (``BinomialWalk/factors(over:volatility:)``), decided by one uniform draw. The state is S
/// itself, so the factors multiply it as given.
public struct ScaledBinomialWalk: PathGenerator, Hashable {
    public var walk: BinomialWalk
    /// σ′, per √year.
    public var volatility: Double

    /// The two factors of one step.
    public struct Step: Sendable {
        public var up: Double
        public var down: Double
    }

    public func initialState(spot: Double) -> Double { spot }

    public func step(over dt: Double) -> Step {
        let (up, down) = walk.factors(over: dt, volatility: volatility)
        return Step(up: up, down: down)
    }

    public func advance(_ spot: inout Double, by step: Step, using shocks: inout some ShockSource) {
        spot *= shocks.nextUniform() < walk.upProbability ? step.up : step.down
    }

    public func spot(in state: Double) -> Double { state }
}

extension PricePath {
    /// A binomial walk sampled at `times`, with volatility `volatility` per √year
    /// (``ScaledBinomialWalk``).
    public static func binomialWalk(
        spot: Double, walk: BinomialWalk, volatility: Double,
        times: [Double], using generator: inout some RandomNumberGenerator
    ) -> PricePath {
        ScaledBinomialWalk(walk: walk, volatility: volatility).path(spot: spot, times: times, using: &generator)
    }
}
