import Foundation

/// Ticks for a logarithmic (base 10) axis.
///
/// The range is the data's, widened by the padding share of its span in log space (as
/// matplotlib pads a log axis). Candidate labelled ticks, densest first: every 1…9 × 10^k
/// (only for ranges under a decade), 1, 2 and 5 × 10^k, every power of ten, then every 2nd,
/// 5th, 10th… power. Minor ticks fill in the remaining integer mantissas, or the skipped
/// powers. A range too narrow for two round ticks gets linear round ticks instead.
enum LogTicks {
    /// The padded range of positive `values`, in data units; one value gets ±¼ decade.
    static func range(covering values: [Double], padding: Double) -> (lower: Double, upper: Double) {
        let logs = values.filter { $0 > 0 && $0.isFinite }.map(log10)
        var low = logs.min() ?? 0
        var high = logs.max() ?? 1
        if high - low < 1e-9 {
            (low, high) = (low - 0.25, high + 0.25)
        }
        let margin = (high - low) * min(max(padding, 0), 1)
        return (pow(10, max(low - margin, -300)), pow(10, min(high + margin, 300)))
    }

    /// Tick sets for `lower...upper` (> 0), densest first, each with 2...`maximumCount` ticks.
    static func candidates(
        lower: Double, upper: Double, format: TickFormat, minor: Bool, maximumCount: Int
    ) -> [TickSet] {
        let low = Int(log10(lower).rounded(.down))
        let high = Int(log10(upper).rounded(.up))
        let decades = log10(upper) - log10(lower)
        var sets: [(major: [Double], minor: [Double])] = []
        if decades < 1 {
            sets.append((values(low, high, mantissas: Array(1...9), lower, upper), []))
        }
        if decades <= Double(maximumCount) {
            sets.append((
                values(low, high, mantissas: [1, 2, 5], lower, upper),
                values(low, high, mantissas: [3, 4, 6, 7, 8, 9], lower, upper)
            ))
        }
        for stride in [1, 2, 3, 5, 10, 20, 50, 100] {
            let powers = (low...high).filter { $0 % stride == 0 }.map { decimal(1, $0) }
            let minorValues = stride == 1
                ? (decades <= 10 ? values(low, high, mantissas: Array(2...9), lower, upper) : [])
                : (low...high).filter { $0 % stride != 0 }.map { decimal(1, $0) }
            sets.append((powers.filter { $0 >= lower && $0 <= upper }, minorValues.filter { $0 >= lower && $0 <= upper }))
        }
        let usable = sets.filter { (2...max(2, maximumCount)).contains($0.major.count) }.map {
            TickSet(logarithmicFrom: lower, to: upper, ticks: $0.major, minorTicks: minor ? $0.minor : [], format: format)
        }
        if !usable.isEmpty { return usable }
        let linear = NiceScale(covering: [lower, upper], targetTickCount: min(maximumCount, 5), padding: 0)
        var fallback = TickSet(lower: lower, upper: upper, ticks: linear.ticks, step: linear.step, format: format)
        fallback.isLogarithmic = true
        return [fallback]
    }

    /// Every mantissa × 10^k for k in `low...high`, within `lower...upper`.
    private static func values(_ low: Int, _ high: Int, mantissas: [Int], _ lower: Double, _ upper: Double) -> [Double] {
        let all: [Double] = (low...high).flatMap { power in mantissas.map { decimal($0, power) } }
        let (from, to) = (lower * (1 - 1e-12), upper * (1 + 1e-12))
        return all.filter { $0 >= from && $0 <= to }
    }

    /// The double nearest `mantissa` × 10^`power`: dividing by an exact power of ten keeps
    /// 0.05 from becoming 0.05000000000000001.
    private static func decimal(_ mantissa: Int, _ power: Int) -> Double {
        power >= 0 ? Double(mantissa) * pow(10, Double(power)) : Double(mantissa) / pow(10, Double(-power))
    }
}
