import Foundation

/// A least-squares line through (ln N, ln std) over a frequency sweep: std ≈ c·N^slope, slope
/// −½ for Derman–Kamal's discrete-hedging error.
public struct PowerLawFit: Sendable, Hashable, Codable {
    /// The fitted exponent (ordinary least squares on the logarithms).
    public var slope: Double
    /// The intercept, ln c.
    public var intercept: Double
    /// The regression's residual-based standard error of the slope,
    /// √(Σe²/(n − 2) / Σ(xᵢ − x̄)²); nil with fewer than 3 points. The sweep's frequencies share
    /// their paths, so their sampling errors move together and mostly shift the line rather
    /// than tilt it: this measures how far the points stray from a power law.
    public var standardError: Double?
    /// The slope's standard error propagated from each point's relative standard error
    /// SE(sᵢ)/sᵢ (the SE of ln sᵢ), as if the points were independent:
    /// √(Σ wᵢ²(xᵢ − x̄)²·SE(ln sᵢ)²)/Σ(xᵢ − x̄)² with wᵢ = 1. An upper bound for shared paths.
    public var propagatedStandardError: Double
    /// Number of points fitted.
    public var points: Int

    /// The fit through `rebalances` (each ≥ 1) and `std` (each > 0), with each std's standard
    /// error `standardErrors`; nil with fewer than two distinct N or a std ≤ 0.
    public init?(rebalances: [Int], std: [Double], standardErrors: [Double]) {
        guard rebalances.count == std.count, std.count == standardErrors.count,
              Set(rebalances).count >= 2, std.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        let x = rebalances.map { log(Double($0)) }, y = std.map { log($0) }
        let n = Double(x.count)
        let xMean = x.reduce(0, +) / n, yMean = y.reduce(0, +) / n
        let sxx = x.reduce(0) { $0 + ($1 - xMean) * ($1 - xMean) }
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - xMean) * ($1.1 - yMean) }
        let slope = sxy / sxx, intercept = yMean - slope * xMean
        self.slope = slope
        self.intercept = intercept
        points = x.count
        if x.count >= 3 {
            let residuals = zip(x, y).reduce(0) { sum, point in
                let e = point.1 - intercept - slope * point.0
                return sum + e * e
            }
            standardError = (residuals / (n - 2) / sxx).squareRoot()
        } else {
            standardError = nil
        }
        let spread = zip(x, zip(std, standardErrors)).reduce(0) { sum, point in
            let relative = point.1.1 / point.1.0
            return sum + (point.0 - xMean) * (point.0 - xMean) * relative * relative
        }
        propagatedStandardError = spread.squareRoot() / sxx
    }

    /// Standard errors within which every point must lie of the line for the sweep to be said
    /// to fall along it: 3, as for a mean. The sweep's points share their paths, so their
    /// errors move together and a point's own standard error overstates its scatter about a
    /// line; a point beyond 3 of them is off the line, not noise.
    public static let lineTolerance = 3.0

    /// The point farthest from the line, in standard errors of its own ln std (SE(sᵢ)/sᵢ): its
    /// index and signed distance ln sᵢ − (intercept + slope·ln Nᵢ) over that error; nil when no
    /// point has a standard error.
    public func farthestPoint(rebalances: [Int], std: [Double], standardErrors: [Double]) -> (index: Int, standardErrors: Double)? {
        let distances = rebalances.indices.compactMap { i -> (Int, Double)? in
            let relative = standardErrors[i] / std[i]
            guard relative > 0, relative.isFinite else { return nil }
            return (i, (log(std[i]) - intercept - slope * log(Double(rebalances[i]))) / relative)
        }
        return distances.max { abs($0.1) < abs($1.1) }.map { (index: $0.0, standardErrors: $0.1) }
    }

    /// True when every point with a standard error lies within ``lineTolerance`` of them of the
    /// line (``farthestPoint(rebalances:std:standardErrors:)``): only then does a slope describe
    /// the sweep. True when no point has a standard error.
    public func fallsAlongLine(rebalances: [Int], std: [Double], standardErrors: [Double]) -> Bool {
        guard let farthest = farthestPoint(rebalances: rebalances, std: std, standardErrors: standardErrors) else { return true }
        return abs(farthest.standardErrors) <= Self.lineTolerance
    }
}
