import Foundation
import Testing
@testable import Simulation

/// Merton and Heston paths against the closed-form moments of ln S_T (and Heston's v_T), each
/// within 3 standard errors of its sample estimate.
struct PathModelMomentTests {
    static let paths = 4_000
    static let spot = 100.0

    /// ln S_T (and the final state) of `paths` paths over `steps` equal steps to `horizon`.
    static func finals<G: PathGenerator>(_ generator: G, horizon: Double, steps: Int, seed: UInt64) -> [G.State] {
        let times = (0...steps).map { horizon * Double($0) / Double(steps) }
        var bundle = PathBundle(generator, spot: spot, seeds: (0..<paths).map { seed &+ UInt64($0) &* 0x9E37_79B9 })
        for (previous, time) in zip(times, times.dropFirst()) { bundle.advance(over: time - previous) }
        return bundle.states
    }

    /// The sample mean and variance with their standard errors: s/√n and √((m₄ − s⁴)/n).
    static func moments(_ x: [Double]) -> (mean: Double, meanError: Double, variance: Double, varianceError: Double) {
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let fourth = x.reduce(0) { $0 + pow($1 - mean, 4) } / n
        return (mean, (variance / n).squareRoot(), variance, ((fourth - variance * variance) / n).squareRoot())
    }

    @Test func mertonLogSpotHasItsClosedFormMeanAndVariance() {
        // Merton (1976): ln S_T = ln S0 + (μ − λκ − σ²/2)T + Σ ln J, with Σ ln J compound
        // Poisson: mean λT·μJ, variance λT·(μJ² + δJ²).
        let jumps = MertonJumps(intensity: 3, mean: -0.1, standardDeviation: 0.15)
        let model = MertonJumpDiffusion(drift: 0.05, volatility: 0.2, jumps: jumps)
        let T = 0.5
        let logSpots = Self.finals(model, horizon: T, steps: 50, seed: 11)
        let sample = Self.moments(logSpots)
        let mean = log(Self.spot) + (0.05 - jumps.intensity * jumps.meanRelativeJump - 0.02) * T + jumps.intensity * T * jumps.mean
        let variance = 0.04 * T + jumps.varianceRate * T
        #expect(abs(sample.mean - mean) <= 3 * sample.meanError, "mean \(sample.mean) vs \(mean) ± \(sample.meanError)")
        #expect(abs(sample.variance - variance) <= 3 * sample.varianceError, "variance \(sample.variance) vs \(variance) ± \(sample.varianceError)")
        // The compensated drift: E[S_T] = S0·e^{μT}.
        let prices = Self.moments(logSpots.map(exp))
        #expect(abs(prices.mean - Self.spot * exp(0.05 * T)) <= 3 * prices.meanError)
    }

    @Test func mertonWithoutJumpsIsGeometricBrownianMotion() {
        var gbm = SplitMix64(seed: 5), merton = SplitMix64(seed: 5)
        let times = [0, 0.1, 0.2, 0.35]
        let jumpless = MertonJumpDiffusion(drift: 0.03, volatility: 0.4, jumps: MertonJumps(intensity: 0, mean: -0.2, standardDeviation: 0.1))
        let a = GeometricBrownianMotion(drift: 0.03, volatility: 0.4).path(spot: 50, times: times, using: &gbm).spots
        let b = jumpless.path(spot: 50, times: times, using: &merton).spots
        // The walk draws one more uniform a step, so only the first step shares its normal.
        #expect(a[1] == b[1])
    }

    @Test func hestonLogSpotAndVarianceHaveTheirClosedFormMoments() {
        let variance = HestonVariance(kappa: 2, theta: 0.09, xi: 0.4, rho: -0.7, initialVariance: 0.04)
        let model = HestonProcess(drift: 0.05, variance: variance)
        let T = 0.5
        let states = Self.finals(model, horizon: T, steps: 125, seed: 23)
        let oracle = HestonMoments(variance, drift: 0.05, horizon: T)
        let logSpot = Self.moments(states.map { $0.logSpot - log(Self.spot) })
        let finalVariance = Self.moments(states.map(\.variance))
        #expect(abs(logSpot.mean - oracle.logSpotMean) <= 3 * logSpot.meanError, "mean \(logSpot.mean) vs \(oracle.logSpotMean)")
        #expect(
            abs(logSpot.variance - oracle.logSpotVariance) <= 3 * logSpot.varianceError,
            "variance \(logSpot.variance) vs \(oracle.logSpotVariance) ± \(logSpot.varianceError)"
        )
        #expect(
            abs(finalVariance.mean - variance.expectedVariance(at: T)) <= 3 * finalVariance.meanError,
            "E[v_T] \(finalVariance.mean) vs \(variance.expectedVariance(at: T))"
        )
    }

    @Test func hestonMomentOracleReducesToDeterministicVarianceWithoutVolOfVol() {
        // ξ → 0: v_t = θ + (v0 − θ)e^{−κt} exactly, and ln S_T is normal with variance ∫v dt.
        let variance = HestonVariance(kappa: 3, theta: 0.1, xi: 1e-6, rho: 0.3, initialVariance: 0.2)
        let oracle = HestonMoments(variance, drift: 0, horizon: 1)
        let integrated = variance.meanVariance(over: 1)
        #expect(abs(oracle.logSpotVariance - integrated) < 1e-6)
        #expect(abs(oracle.logSpotMean + 0.5 * integrated) < 1e-12)
    }

    @Test func scalingTheVarianceKeepsTheShapeAndMovesTheLevel() {
        let variance = HestonVariance(kappa: 2, theta: 0.09, xi: 0.4, rho: -0.7, initialVariance: 0.04)
        let scaled = variance.scaled(by: 4)
        #expect(abs(scaled.meanVariance(over: 0.3) - 4 * variance.meanVariance(over: 0.3)) < 1e-15)
        #expect(abs(2 * scaled.kappa * scaled.theta / (scaled.xi * scaled.xi) - 2 * variance.kappa * variance.theta / (variance.xi * variance.xi)) < 1e-12)
    }
}

/// Heston's moments of ln S_T − ln S0 from the square-root process's (Cox, Ingersoll & Ross,
/// *Econometrica* 53, 1985: E[v_t] = θ + (v0 − θ)e^{−κt}, Var v_t = (v0ξ²/κ)(e^{−κt} − e^{−2κt})
/// + (θξ²/2κ)(1 − e^{−κt})², Cov(v_s, v_t) = e^{−κ(t−s)}·Var v_s for s ≤ t).
///
/// With I = ∫₀ᵀ v dt and ∫√v dW₂ = (v_T − v0 − κθT + κI)/ξ (from dv's own equation),
///
///     ln S_T − ln S0 = μT + (ρκ/ξ − ½)·I + (ρ/ξ)·(v_T − v0 − κθT) + √(1 − ρ²)·∫√v dW⊥,
///
/// the last term uncorrelated with the variance path and of variance (1 − ρ²)E[I], so
///
///     Var = a²·Var I + (ρ/ξ)²·Var v_T + 2a(ρ/ξ)·Cov(I, v_T) + (1 − ρ²)·E[I],  a = ρκ/ξ − ½,
///
/// Var I = 2∫₀ᵀ Var v_s·(1 − e^{−κ(T−s)})/κ ds and Cov(I, v_T) = ∫₀ᵀ e^{−κ(T−s)}·Var v_s ds,
/// integrated here by Simpson's rule on 2,000 intervals (smooth integrands: error ~1e-13).
struct HestonMoments {
    var logSpotMean: Double
    var logSpotVariance: Double

    init(_ p: HestonVariance, drift: Double, horizon T: Double) {
        let k = p.kappa
        func varianceOfV(_ s: Double) -> Double {
            p.initialVariance * p.xi * p.xi / k * (exp(-k * s) - exp(-2 * k * s))
                + p.theta * p.xi * p.xi / (2 * k) * pow(1 - exp(-k * s), 2)
        }
        func simpson(_ f: (Double) -> Double) -> Double {
            let n = 2_000, h = T / Double(n)
            var sum = f(0) + f(T)
            for i in 1..<n { sum += (i % 2 == 1 ? 4 : 2) * f(Double(i) * h) }
            return sum * h / 3
        }
        let meanI = p.meanVariance(over: T) * T
        let varI = 2 * simpson { varianceOfV($0) * (1 - exp(-k * (T - $0))) / k }
        let covIV = simpson { exp(-k * (T - $0)) * varianceOfV($0) }
        let a = p.rho * k / p.xi - 0.5, b = p.rho / p.xi
        logSpotMean = drift * T - 0.5 * meanI
        logSpotVariance = a * a * varI + b * b * varianceOfV(T) + 2 * a * b * covIV + (1 - p.rho * p.rho) * meanI
    }
}
