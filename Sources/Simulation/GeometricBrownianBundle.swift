import Foundation

/// Geometric Brownian motion paths advanced together, date by date, for Monte Carlo code that
/// keeps only what it needs at each date rather than whole paths.
///
/// Path k draws from its own generator exactly as
/// ``PricePath/geometricBrownianMotion(spot:drift:volatility:times:using:)`` draws for one path,
/// so its ln S is bit for bit that path's; a step over every path at once lets the processor
/// overlap their independent draws (the ziggurat's accepted case is inline here).
public struct GeometricBrownianBundle: Sendable {
    /// ln S of each path, S in currency per share.
    public private(set) var logSpots: [Double]
    private var generators: [SplitMix64]

    /// Paths that all start at `spot` (currency per share), path k drawing from
    /// `SplitMix64(seed: seeds[k])`.
    public init(spot: Double, seeds: [UInt64]) {
        logSpots = [Double](repeating: log(spot), count: seeds.count)
        generators = seeds.map { SplitMix64(seed: $0) }
    }

    /// Advances every path by `dt` years: ln S += (μ − σ²/2)·dt + σ·√dt·Z, one standard normal
    /// Z per path.
    ///
    /// - Parameters:
    ///   - drift: μ, continuously compounded, per year.
    ///   - volatility: σ, per √year.
    ///   - dt: years, > 0.
    public mutating func advance(drift: Double, volatility: Double, over dt: Double) {
        let (mean, scale) = PricePath.logReturn(drift: drift, volatility: volatility, over: dt)
        logSpots.withUnsafeMutableBufferPointer { logSpots in
            generators.withUnsafeMutableBufferPointer { generators in
                for k in logSpots.indices {
                    logSpots[k] += mean + scale * generators[k].nextStandardNormal()
                }
            }
        }
    }
}
