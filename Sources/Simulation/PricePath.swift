import Foundation

/// Share prices at the rebalancing times of one path.
public struct PricePath: Sendable, Hashable, Codable {
    /// Years after the valuation origin t = 0 (ACT/365), strictly increasing, starting at 0.
    public var times: [Double]
    /// Share price at each time, currency per share.
    public var spots: [Double]

    public init(times: [Double], spots: [Double]) {
        precondition(times.count == spots.count, "a path needs one price per time")
        self.times = times
        self.spots = spots
    }

    /// Number of rebalancing intervals (one fewer than the points).
    public var stepCount: Int { max(times.count - 1, 0) }

    /// A geometric Brownian motion path, sampled exactly at `times`:
    /// S(t + Δt) = S(t)·exp[(μ − σ²/2)Δt + σ√Δt·Z], Z standard normal.
    ///
    /// - Parameters:
    ///   - spot: S(0), currency per share.
    ///   - drift: μ, the real-world expected return, continuously compounded, per year.
    ///   - volatility: σ, the realized volatility, per √year.
    ///   - times: years from 0, increasing; the first must be 0.
    ///   - generator: the source of randomness; the path is a pure function of its state.
    public static func geometricBrownianMotion(
        spot: Double,
        drift: Double,
        volatility: Double,
        times: [Double],
        using generator: inout some RandomNumberGenerator
    ) -> PricePath {
        var spots = [Double]()
        spots.reserveCapacity(times.count)
        var logSpot = log(spot)
        for (index, time) in times.enumerated() {
            if index > 0 {
                let step = logReturn(drift: drift, volatility: volatility, over: time - times[index - 1])
                logSpot += step.mean + step.scale * generator.nextStandardNormal()
            }
            spots.append(index == 0 ? spot : exp(logSpot))
        }
        return PricePath(times: times, spots: spots)
    }

    /// The GBM log-return over `dt` years is mean + scale·Z: mean = (μ − σ²/2)·dt, scale = σ·√dt
    /// (shared with ``GeometricBrownianBundle``, so both draw the same paths bit for bit).
    static func logReturn(drift: Double, volatility: Double, over dt: Double) -> (mean: Double, scale: Double) {
        ((drift - 0.5 * volatility * volatility) * dt, volatility * dt.squareRoot())
    }
}
