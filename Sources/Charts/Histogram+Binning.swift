import Foundation

/// Binning raw observations into round-edged bins.
extension Histogram {
    /// Most bins a histogram made from raw values gets; wider bins beyond that.
    public static let maximumBinCount = 1_000

    /// A histogram of `values` (data units) in bins of equal, round width whose edges are
    /// multiples of that width, so they read well against the axis ticks. Bins are half-open,
    /// `[a, b)`: a value on an edge counts in the bin to its right.
    ///
    /// Without `binWidth` the width follows NumPy's "auto" rule: the smaller of the
    /// Freedman–Diaconis width 2·IQR·n^(−1/3) (Freedman & Diaconis, 1981) and Sturges' range ÷
    /// (log₂ n + 1) (Sturges, 1926), then rounded to the nearest (by ratio) 1, 2, 2.5 or
    /// 5 × 10^k. Either way at
    /// most ``maximumBinCount`` bins. No values give one empty bin 0…1; equal values one bin
    /// around them.
    ///
    /// - Throws: ``ChartError`` naming the histogram when a value is NaN or infinite, or when
    ///   `binWidth` is not a finite positive number.
    public init(
        name: String,
        values: [Double],
        colour: ChartColour,
        binWidth: Double? = nil,
        opacity: Double = 1,
        normalisation: Normalisation = .count
    ) throws(ChartError) {
        let owner = "histogram '\(name)'"
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw ChartError(chartTitle: "", reason: .nonFiniteData(owner: owner, index: index, value: values[index]))
        }
        if let binWidth, !(binWidth.isFinite && binWidth > 0) {
            throw ChartError(chartTitle: "", reason: .invalidBinWidth(histogram: name, width: binWidth))
        }
        let sorted = values.sorted()
        guard let low = sorted.first, let high = sorted.last else {
            self.init(name: name, binEdges: [0, 1], counts: [0.0], colour: colour, opacity: opacity,
                      normalisation: normalisation)
            return
        }
        var width = binWidth ?? Self.autoWidth(sorted)
        if width <= 0 || !width.isFinite { width = Self.roundedUp(low != 0 ? abs(low) * 0.1 : 1) }
        if (high - low) / width >= Double(Self.maximumBinCount) {
            width = Self.roundedUp((high - low) / Double(Self.maximumBinCount - 1))
        }
        let first = high > low ? (low / width).rounded(.down) * width : low - width / 2
        let binCount = max(1, min(Self.maximumBinCount, Int(((high - first) / width).rounded(.down)) + 1))
        var counts = [Double](repeating: 0, count: binCount)
        for value in sorted {
            let index = Int(((value - first) / width).rounded(.down))
            counts[min(max(index, 0), binCount - 1)] += 1
        }
        let edges = (0...binCount).map { first + Double($0) * width }
        self.init(name: name, binEdges: edges, counts: counts, colour: colour, opacity: opacity,
                  normalisation: normalisation)
    }

    /// NumPy's "auto" width for sorted, finite values, before rounding; 0 when they are equal.
    static func autoWidth(_ sorted: [Double]) -> Double {
        let count = Double(sorted.count)
        let range = sorted[sorted.count - 1] - sorted[0]
        guard range > 0 else { return 0 }
        let sturges = range / (log2(count) + 1)
        let iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25)
        let freedmanDiaconis = 2 * iqr * pow(count, -1.0 / 3)
        return rounded(freedmanDiaconis > 0 ? min(freedmanDiaconis, sturges) : sturges)
    }

    /// The 1, 2, 2.5 or 5 × 10^k nearest `width` (> 0) by ratio.
    static func rounded(_ width: Double) -> Double {
        let power = pow(10, log10(width).rounded(.down))
        let candidates = [1, 2, 2.5, 5, 10].map { $0 * power }
        return candidates.min { abs(log($0 / width)) < abs(log($1 / width)) } ?? width
    }

    /// The `p`-quantile of sorted values by linear interpolation (Hyndman & Fan's type 7,
    /// NumPy's and R's default).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
    }

    /// The least 1, 2, 2.5 or 5 × 10^k that is ≥ `width` (> 0).
    static func roundedUp(_ width: Double) -> Double {
        let power = pow(10, log10(width).rounded(.down))
        for mantissa in [1, 2, 2.5, 5, 10] where mantissa * power >= width * (1 - 1e-12) {
            return mantissa * power
        }
        return 10 * power
    }
}
