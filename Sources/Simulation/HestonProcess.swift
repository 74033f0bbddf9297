import Foundation

/// The variance process of Heston's model, dv = κ(θ − v)dt + ξ√v dW₂, with d⟨W₁, W₂⟩ = ρ dt.
public struct HestonVariance: Sendable, Hashable, Codable {
    /// κ, the speed at which v returns to θ, per year, > 0.
    public var kappa: Double
    /// θ, the long-run variance, per year.
    public var theta: Double
    /// ξ, the volatility of the variance, ≥ 0.
    public var xi: Double
    /// ρ, the correlation of the share's and the variance's Brownian motions, in [−1, 1].
    public var rho: Double
    /// v₀, the variance at t = 0, per year.
    public var initialVariance: Double

    public init(kappa: Double, theta: Double, xi: Double, rho: Double, initialVariance: Double) {
        self.kappa = kappa
        self.theta = theta
        self.xi = xi
        self.rho = rho
        self.initialVariance = initialVariance
    }

    /// The report's default κ: the variance forgets half its distance to θ in ln 2/2 ≈ 4 months.
    public static let standardKappa = 2.0
    /// The report's default ξ: Feller's condition 2κθ ≥ ξ² holds from θ = 0.0625 (25% volatility).
    public static let standardXi = 0.5
    /// The report's default ρ: the share falls when its variance rises (the leverage effect).
    public static let standardRho = -0.7

    /// The report's default process at a level of variance per year: κ, ξ and ρ the standard
    /// ones, θ = v₀ = `level`, so the variance expected over any horizon is `level`, GBM's at
    /// volatility √`level`.
    public static func standard(level: Double) -> HestonVariance {
        HestonVariance(kappa: standardKappa, theta: level, xi: standardXi, rho: standardRho, initialVariance: level)
    }

    /// E[v_t] = θ + (v₀ − θ)·e^{−κt} (Cox, Ingersoll & Ross 1985).
    public func expectedVariance(at t: Double) -> Double {
        theta + (initialVariance - theta) * exp(-kappa * t)
    }

    /// (1/T)·∫₀ᵀ E[v_t] dt = θ + (v₀ − θ)·(1 − e^{−κT})/(κT): the variance of ln S per year
    /// that a GBM needs for the same expected total variance over T years (v₀ at T = 0).
    public func meanVariance(over horizon: Double) -> Double {
        let x = kappa * horizon
        guard x > 0 else { return initialVariance }
        return theta + (initialVariance - theta) * (-expm1(-x)) / x
    }

    /// True when 2κθ ≥ ξ² (Feller's condition): the variance then never reaches 0.
    public var satisfiesFellerCondition: Bool { 2 * kappa * theta >= xi * xi }

    /// The same process in units of `factor` × the variance: θ and v₀ times `factor`, ξ
    /// times √`factor`. v/factor then follows the original's law exactly, so the shape of the
    /// paths (κ, ρ, Feller's ratio 2κθ/ξ²) is kept and only the level of volatility moves.
    public func scaled(by factor: Double) -> HestonVariance {
        HestonVariance(
            kappa: kappa, theta: theta * factor, xi: xi * factor.squareRoot(), rho: rho,
            initialVariance: initialVariance * factor
        )
    }
}

/// Heston's stochastic-variance model (Heston, "A closed-form solution for options with
/// stochastic volatility", *Review of Financial Studies* 6, 1993; DESIGN.md §2.8):
///
///     dS = μS dt + √v·S dW₁,   dv = κ(θ − v)dt + ξ√v dW₂,   d⟨W₁, W₂⟩ = ρ dt,
///
/// discretised by the full-truncation Euler scheme of Lord, Koekkoek & van Dijk ("A comparison
/// of biased simulation schemes for stochastic volatility models", *Quantitative Finance*
/// 10(2), 2010), the Euler variant with the smallest bias in their tests, on ln S:
///
///     v⁺ = max(v, 0),
///     ln S += (μ − v⁺/2)·dt + √(v⁺·dt)·Z₁,
///     v    += κ(θ − v⁺)·dt + ξ·√(v⁺·dt)·(ρ·Z₁ + √(1 − ρ²)·Z₂).
///
/// The variance may go below 0 between steps but only its positive part enters the drift and
/// the diffusion, so the scheme stays defined when Feller's condition 2κθ ≥ ξ² fails; its
/// bias is O(dt), so an interval longer than ``maximumEulerStep`` (a day) is cut into equal
/// Euler steps no longer than that: a weekly hedge sees the paths a daily one would. Draws per
/// Euler step, in order: two Brownian increments, Z₁ then Z₂ (independent; the correlation is
/// applied here). The state is (ln S, v).
public struct HestonProcess: PathGenerator, Hashable {
    /// μ, the real-world expected return, continuously compounded, per year.
    public var drift: Double
    public var variance: HestonVariance

    /// ln S and the (possibly negative) Euler variance.
    public struct State: Sendable, Hashable {
        public var logSpot: Double
        public var variance: Double
    }

    /// The longest Euler step, years: one calendar day (ACT/365).
    public static let maximumEulerStep = 1.0 / 365

    /// The constants of one interval of dt years, taken in ``eulerSteps`` equal Euler steps.
    public struct Step: Sendable {
        /// The length of one Euler step, years.
        public var dt: Double
        public var squareRootDt: Double
        /// √(1 − ρ²).
        public var complement: Double
        /// Euler steps per interval, ≥ 1.
        public var eulerSteps: Int
    }

    public func initialState(spot: Double) -> State {
        State(logSpot: log(spot), variance: variance.initialVariance)
    }

    /// The interval in ⌈dt/``maximumEulerStep``⌉ equal Euler steps (a relative 1e-9 of slack,
    /// so that a day computed as a difference of times stays one step).
    public func step(over dt: Double) -> Step {
        let count = max(Int((dt / Self.maximumEulerStep * (1 - 1e-9)).rounded(.up)), 1)
        let euler = dt / Double(count)
        return Step(
            dt: euler, squareRootDt: euler.squareRoot(), complement: max(1 - variance.rho * variance.rho, 0).squareRoot(),
            eulerSteps: count
        )
    }

    public func advance(_ state: inout State, by step: Step, using shocks: inout some ShockSource) {
        for _ in 0..<step.eulerSteps {
            let z1 = shocks.nextBrownianIncrement()
            let z2 = shocks.nextBrownianIncrement()
            let positive = max(state.variance, 0)
            let diffusion = positive.squareRoot() * step.squareRootDt
            state.logSpot += (drift - 0.5 * positive) * step.dt + diffusion * z1
            state.variance += variance.kappa * (variance.theta - positive) * step.dt
                + variance.xi * diffusion * (variance.rho * z1 + step.complement * z2)
        }
    }

    public func spot(in state: State) -> Double { exp(state.logSpot) }
}
