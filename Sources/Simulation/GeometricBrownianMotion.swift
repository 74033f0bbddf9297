import Foundation

/// Geometric Brownian motion, sampled exactly at any dates:
/// S(t + Δt) = S(t)·exp[(μ − σ²/2)Δt + σ√Δt·Z], Z standard normal (one Brownian increment a
/// step). The state is ln S.
public struct GeometricBrownianMotion: PathGenerator, Hashable {
    /// μ, the real-world expected return, continuously compounded, per year.
    public var drift: Double
    /// σ, per √year.
    public var volatility: Double

    public init(drift: Double, volatility: Double) {
        self.drift = drift
        self.volatility = volatility
    }

    /// One step's log return is mean + scale·Z.
    public struct Step: Sendable {
        /// (μ − σ²/2)·dt.
        public var mean: Double
        /// σ·√dt.
        public var scale: Double
    }

    public func initialState(spot: Double) -> Double { log(spot) }

    public func step(over dt: Double) -> Step {
        Step(mean: (drift - 0.5 * volatility * volatility) * dt, scale: volatility * dt.squareRoot())
    }

    @inlinable
    public func advance(_ logSpot: inout Double, by step: Step, using shocks: inout some ShockSource) {
        logSpot += step.mean + step.scale * shocks.nextBrownianIncrement()
    }

    public func spot(in logSpot: Double) -> Double { exp(logSpot) }

    public var samplesAnyDates: Bool { true }
}

extension PricePath {
    /// A geometric Brownian motion path sampled exactly at `times`
    /// (``GeometricBrownianMotion``).
    ///
    /// - Parameters:
    ///   - spot: S(0), currency per share.
    ///   - drift: μ, the real-world expected return, continuously compounded, per year.
    ///   - volatility: σ, the realized volatility, per √year.
    ///   - times: years from 0, increasing; the first must be 0.
    ///   - generator: the source of randomness; the path is a pure function of its state.
    public static func geometricBrownianMotion(
        spot: Double, drift: Double, volatility: Double, times: [Double], using generator: inout some RandomNumberGenerator
    ) -> PricePath {
        GeometricBrownianMotion(drift: drift, volatility: volatility).path(spot: spot, times: times, using: &generator)
    }
}
