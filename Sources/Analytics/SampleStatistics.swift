import Foundation

/// The mean and standard deviation of a Monte Carlo sample with their standard errors, in the
/// sample's units (USD for P&L), so that a report can say "bias" or "agrees with theory" in
/// standard errors.
public struct SampleStatistics: Sendable, Hashable, Codable {
    public var count: Int
    public var mean: Double
    /// Sample standard deviation s (n − 1 in the denominator).
    public var standardDeviation: Double
    /// Sample kurtosis κ = m₄/m₂² (3 for a normal law), from the central moments with n in the
    /// denominator; 3 when the sample has no spread.
    public var kurtosis: Double
    /// SE(mean) = s/√n.
    public var meanStandardError: Double
    /// SE(s) ≈ s·√((κ − 1)/(4n)): the delta method on the sample variance, whose variance is
    /// about σ⁴(κ − 1)/n (s·/√(2n) for a normal law; Kendall & Stuart, *The Advanced Theory of
    /// Statistics*, vol. 1, §10.5). Heavy tails widen it.
    public var standardDeviationStandardError: Double

    /// The statistics of `values` (at least one), summed in their order.
    public init(_ values: some Collection<Double>) {
        let n = Double(values.count)
        let moments = CentralMoments(values)
        let deviation = moments.standardDeviation
        count = values.count
        mean = moments.mean
        standardDeviation = deviation
        kurtosis = moments.kurtosis
        meanStandardError = deviation / n.squareRoot()
        standardDeviationStandardError = deviation * (max(kurtosis - 1, 0) / (4 * n)).squareRoot()
    }
}
