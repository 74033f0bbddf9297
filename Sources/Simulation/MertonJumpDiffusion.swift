import Foundation

/// The jumps of Merton's jump diffusion: jumps arrive as a Poisson process, each multiplying the
/// share by J with ln J normal.
public struct MertonJumps: Sendable, Hashable, Codable {
    /// λ, expected jumps per year, ≥ 0.
    public var intensity: Double
    /// μJ, the mean of ln J.
    public var mean: Double
    /// δJ, the standard deviation of ln J, ≥ 0.
    public var standardDeviation: Double

    public init(intensity: Double, mean: Double, standardDeviation: Double) {
        self.intensity = intensity
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The report's default jumps: two a year, each about a 10% fall (μJ = −0.1) give or take 10%
    /// (δJ = 0.1), adding λ(μJ² + δJ²) = 0.04 to the variance of ln S per year.
    public static let standard = MertonJumps(intensity: 2, mean: -0.1, standardDeviation: 0.1)

    /// κ = E[J − 1] = e^{μJ + δJ²/2} − 1, the mean relative size of a jump.
    public var meanRelativeJump: Double {
        expm1(mean + 0.5 * standardDeviation * standardDeviation)
    }

    /// The variance the jumps add to ln S per year, λ·(μJ² + δJ²) (the second moment of
    /// ln J at rate λ).
    public var varianceRate: Double {
        intensity * (mean * mean + standardDeviation * standardDeviation)
    }
}

/// Merton's jump diffusion (Merton, "Option pricing when underlying stock returns are
/// discontinuous", *Journal of Financial Economics* 3, 1976; DESIGN.md §2.8):
///
///     dS/S = (μ − λκ)dt + σ dW + (J − 1) dN,   ln J ~ N(μJ, δJ²),   κ = e^{μJ + δJ²/2} − 1,
///
/// compensated so that E[S_t] = S₀·e^{μt} as under GBM. Sampled exactly at any dates: over dt,
///
///     ln S += (μ − λκ − σ²/2)·dt + σ√dt·Z + n·μJ + δJ·√n·Z′,   n ~ Poisson(λ·dt),
///
/// so ln S_T has mean ln S₀ + (μ − λκ − σ²/2)T + λT·μJ and variance σ²T + λT·(μJ² + δJ²).
/// Draws per step, in order: one Brownian increment Z, one uniform for n (by inversion of the
/// Poisson distribution), and when n > 0 one normal Z′. The state is ln S.
public struct MertonJumpDiffusion: PathGenerator, Hashable {
    /// μ, the real-world expected return, continuously compounded, per year.
    public var drift: Double
    /// σ of the diffusion part, per √year.
    public var volatility: Double
    public var jumps: MertonJumps

    /// The constants of one step of dt years.
    public struct Step: Sendable {
        /// (μ − λκ − σ²/2)·dt.
        public var mean: Double
        /// σ·√dt.
        public var scale: Double
        /// λ·dt, the expected number of jumps.
        public var expectedJumps: Double
        /// e^{−λ·dt}, the probability of none.
        public var noJump: Double
    }

    public func initialState(spot: Double) -> Double { log(spot) }

    public func step(over dt: Double) -> Step {
        let compensation = jumps.intensity * jumps.meanRelativeJump
        return Step(
            mean: (drift - compensation - 0.5 * volatility * volatility) * dt, scale: volatility * dt.squareRoot(),
            expectedJumps: jumps.intensity * dt, noJump: exp(-jumps.intensity * dt)
        )
    }

    public func advance(_ logSpot: inout Double, by step: Step, using shocks: inout some ShockSource) {
        logSpot += step.mean + step.scale * shocks.nextBrownianIncrement()
        let count = Self.poisson(expected: step.expectedJumps, noneProbability: step.noJump, uniform: shocks.nextUniform())
        if count > 0 {
            let n = Double(count)
            logSpot += n * jumps.mean + jumps.standardDeviation * n.squareRoot() * shocks.nextNormal()
        }
    }

    public func spot(in logSpot: Double) -> Double { exp(logSpot) }

    public var samplesAnyDates: Bool { true }

    /// The Poisson count whose distribution function first reaches `uniform` (inversion, with
    /// P(n) = P(n − 1)·λdt/n); stops where the probabilities underflow.
    static func poisson(expected: Double, noneProbability: Double, uniform: Double) -> Int {
        var count = 0, probability = noneProbability, cumulative = noneProbability
        while uniform > cumulative, probability > 0 {
            count += 1
            probability *= expected / Double(count)
            cumulative += probability
        }
        return count
    }
}
