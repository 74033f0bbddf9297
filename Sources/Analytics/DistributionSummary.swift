/// Summary statistics of a sample, in the sample's units (USD for P&L).
public struct DistributionSummary: Sendable, Hashable, Codable {
    public var count: Int
    public var mean: Double
    /// Sample standard deviation (n − 1 in the denominator).
    public var standardDeviation: Double
    /// Sample skewness, the third standardised moment (0 for a symmetric distribution).
    public var skewness: Double
    /// 5% quantile (linear interpolation between order statistics).
    public var quantile05: Double
    public var median: Double
    public var quantile95: Double
    /// 5% expected shortfall: the mean of the worst 5% of outcomes (a loss shows as negative).
    public var expectedShortfall05: Double
    /// Counts in equal-width bins between `histogramEdges` (one more edge than counts).
    public var histogramCounts: [Int]
    public var histogramEdges: [Double]

    /// Summarises `values` (at least one); the histogram has `bins` equal bins over their range.
    public init(_ values: [Double], bins: Int = 40) {
        let sorted = values.sorted()
        let n = Double(sorted.count)
        let moments = CentralMoments(sorted)
        count = sorted.count
        mean = moments.mean
        standardDeviation = moments.standardDeviation
        skewness = moments.skewness
        quantile05 = Self.quantile(sorted, 0.05)
        median = Self.quantile(sorted, 0.5)
        quantile95 = Self.quantile(sorted, 0.95)
        let tail = max(Int((0.05 * n).rounded(.up)), 1)
        expectedShortfall05 = sorted.prefix(tail).reduce(0, +) / Double(tail)
        let low = sorted.first ?? 0, high = sorted.last ?? 0
        // Bins narrower than a few ulps of the values would have edges that do not increase
        // (P&Ls of 1.4e6 that differ by 1e-10): such a sample has no spread a histogram can show.
        let resolvable = max(abs(low), abs(high)) * 1e-12
        let width = high - low > resolvable * Double(bins) ? (high - low) / Double(bins) : max(resolvable, 1)
        histogramEdges = (0...bins).map { low + Double($0) * width }
        var counts = [Int](repeating: 0, count: bins)
        for value in sorted {
            counts[min(Int((value - low) / width), bins - 1)] += 1
        }
        histogramCounts = counts
    }

    /// The q-quantile of sorted values, interpolating linearly between order statistics.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard sorted.count > 1 else { return sorted.first ?? 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position)
        let fraction = position - Double(lower)
        return lower + 1 < sorted.count ? sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]) : sorted[lower]
    }
}
