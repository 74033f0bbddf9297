import Foundation

/// Round tick values and an axis range that covers a set of data values.
///
/// Steps are "nice numbers" 1, 2, 2.5 or 5 × 10^k (Heckbert, "Nice numbers for graph labels",
/// Graphics Gems, 1990, with 2.5 added as in Talbot, Lin & Hanrahan's extension of Wilkinson's
/// algorithm, 2010). The axis range is the data range widened by `padding` on each side
/// (matplotlib's 5 % margins), so data never touches the frame; the ticks are the multiples of
/// the step inside that range. Among candidate steps the one whose tick count is closest to the
/// target wins, with a small penalty for the less simple mantissas (5, 2, then 2.5).
///
/// Degenerate inputs never produce NaN: no values gives 0…1; equal values v give v ± 10 % of
/// |v| (± 1 around zero, or
/// when the values differ by less than 1e-12 of their magnitude); non-finite values are
/// ignored; magnitudes are capped at 1e300.
public struct NiceScale: Sendable, Hashable {
    /// Lower end of the axis, in data units.
    public var lower: Double
    /// Upper end of the axis, in data units.
    public var upper: Double
    /// Distance between ticks, in data units: 1, 2, 2.5 or 5 × 10^k.
    public var step: Double
    /// Tick values in increasing order, multiples of `step` within `lower...upper`; at least two.
    public var ticks: [Double]

    /// The scale for `values` and `includes` (data units) with about `targetTickCount` ticks.
    ///
    /// - Parameters:
    ///   - values: Data values to cover.
    ///   - includes: Extra values the axis must reach (e.g. 0 for P&L).
    ///   - targetTickCount: Desired number of ticks, clamped to 2...20.
    ///   - padding: Fraction of the data span added beyond each end, clamped to 0...1.
    ///   - sticky: Values that end the range exactly, without padding, when they are the
    ///     lowest or highest of the data (matplotlib's sticky edges: bars rest on zero).
    public init(
        covering values: some Sequence<Double>,
        includes: [Double] = [],
        targetTickCount: Int = 6,
        padding: Double = 0.05,
        sticky: [Double] = []
    ) {
        let limit = 1e300
        let finite = (Array(values) + includes).filter(\.isFinite).map { min(max($0, -limit), limit) }
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        let magnitude = max(abs(low), abs(high))
        // Spans lost in rounding (or underflowing) would give a zero or NaN step.
        if high - low <= max(magnitude * 1e-12, 1e-200) {
            let half = magnitude < 1e-200 ? 1 : magnitude * 0.1
            (low, high) = (low - half, high + half)
        }
        let dataRange = (finite.min() ?? low)...(finite.max() ?? high)
        let margin = (high - low) * (padding.isFinite ? min(max(padding, 0), 1) : 0)
        low -= margin
        high += margin
        for edge in sticky where edge.isFinite {
            if edge == dataRange.lowerBound, edge < high { low = max(low, edge) }
            if edge == dataRange.upperBound, edge > low { high = min(high, edge) }
        }
        let target = min(max(targetTickCount, 2), 20)
        let step = Self.bestStep(low: low, high: high, target: target)
        self.lower = low
        self.upper = high
        self.step = step
        self.ticks = Self.ticks(low: low, high: high, step: step)
    }

    /// How much less simple each mantissa is than 1 (scores are in "ticks away from target").
    private static let mantissas: [(value: Double, penalty: Double)] = [
        (1, 0), (2, 0.25), (5, 0.25), (2.5, 0.5),
    ]

    private static func bestStep(low: Double, high: Double, target: Int) -> Double {
        let rough = (high - low) / Double(target)
        let exponent = Int((log10(rough)).rounded(.down))
        var best = (step: rough, score: Double.infinity)
        for power in (exponent - 1)...(exponent + 1) {
            for mantissa in mantissas {
                let step = mantissa.value * pow(10, Double(power))
                guard step > 0, step.isFinite else { continue }
                let count = tickCount(low: low, high: high, step: step)
                let shortfall = count < 2 ? 100.0 : 0
                let score = abs(Double(count - target)) + mantissa.penalty + shortfall
                if score < best.score { best = (step, score) }
            }
        }
        return best.step
    }

    private static func tickCount(low: Double, high: Double, step: Double) -> Int {
        let first = (low / step).rounded(.up)
        let last = (high / step).rounded(.down)
        return Int(min(max(last - first + 1, 0), 1_000))
    }

    private static func ticks(low: Double, high: Double, step: Double) -> [Double] {
        let first = (low / step).rounded(.up)
        let count = tickCount(low: low, high: high, step: step)
        let ticks = (0..<count).map { (first + Double($0)) * step }
        // Beyond 2^53 multiples of the step collapse; keep the ends so there are two labels.
        let distinct = ticks.enumerated().filter { $0.offset == 0 || $0.element > ticks[$0.offset - 1] }
        return distinct.count >= 2 ? distinct.map(\.element) : [low, high]
    }
}
