import Foundation
import Simulation

/// The difference of one statistic between two samples drawn on the same paths (common random
/// numbers: path k of each sample from the same seed), with its paired standard error: the
/// spread of the per-path differences, not of either sample, so whatever the two samples share
/// cancels (Glasserman, *Monte Carlo Methods in Financial Engineering*, 2003, §4.2).
public struct PairedDifference: Sendable, Hashable, Codable {
    /// statistic(b) − statistic(a), in the statistic's units.
    public var value: Double
    /// Standard error of ``value`` from the per-path pairs; nil where none is defined.
    public var pairedStandardError: Double?
    /// How ``pairedStandardError`` was computed: `paired-mean` (sd of bₖ − aₖ over √n),
    /// `paired-delta-method` (the std's influence function per path),
    /// `paired-bootstrap` (a seeded bootstrap resampling path indices together), `unpaired`
    /// (√(SEa² + SEb²), where per-path values are not kept) or `exact` (a figure of one
    /// deterministic path, no sampling error).
    public var method: String
    /// The sample correlation of the two samples' per-path terms the standard error is made of
    /// (the values for a mean, the std's influence terms for a std); nil for other methods. The
    /// paired variance is SEa² + SEb² − 2ρ·SEa·SEb, so by Cauchy–Schwarz the paired standard
    /// error is never below |SEa − SEb|, and it falls below the smaller own one only when ρ
    /// exceeds max(SEa, SEb)/(2·min(SEa, SEb)), which no correlation can when one own error is
    /// twice the other or more.
    public var correlation: Double?

    public init(value: Double, pairedStandardError: Double?, method: String, correlation: Double? = nil) {
        self.value = value
        self.pairedStandardError = pairedStandardError
        self.method = method
        self.correlation = correlation
    }

    /// True when the difference is larger than 2 paired standard errors and is not zero to
    /// 1e-9 of `scale`, the larger of the two figures' sizes (an exact difference: when it is not
    /// zero so). A sampled difference whose paired error is 0 (the per-path terms differ by the
    /// same amount on every path) is material only when that amount is not rounding.
    public func isMaterial(scale: Double) -> Bool {
        guard let error = pairedStandardError else { return false }
        let rounding = 1e-9 * max(scale, 1)
        if method == "exact" { return abs(value) > rounding }
        return abs(value) > max(2 * error, rounding)
    }
}

/// Paired statistics of two per-path samples of the same length (USD for P&L).
public enum PairedStatistics {
    /// Mean of b − a, with SE sd(bₖ − aₖ)/√n.
    public static func mean(_ a: [Double], _ b: [Double]) -> PairedDifference {
        let d = zip(b, a).map { $0 - $1 }
        let moments = CentralMoments(d)
        return PairedDifference(
            value: mean(b) - mean(a), pairedStandardError: moments.standardDeviation / Double(max(d.count, 1)).squareRoot(),
            method: "paired-mean", correlation: correlation(a, b)
        )
    }

    /// Std(b) − std(a) (n − 1 in the denominator), with SE by the delta method over the pairs:
    /// the std's influence function uₖ = ((xₖ − x̄)² − s²)/(2s) for each sample, and
    /// SE = sd(u(b)ₖ − u(a)ₖ)/√n. Alone, sd(uₖ)/√n is s·√((κ − 1)/(4n)), the report's own SE
    /// of a std (``SampleStatistics``).
    public static func standardDeviation(_ a: [Double], _ b: [Double]) -> PairedDifference {
        let ua = influenceOfStd(a), ub = influenceOfStd(b)
        let d = zip(ub, ua).map { $0 - $1 }
        return PairedDifference(
            value: CentralMoments(b).standardDeviation - CentralMoments(a).standardDeviation,
            pairedStandardError: CentralMoments(d).standardDeviation / Double(max(d.count, 1)).squareRoot(),
            method: "paired-delta-method", correlation: correlation(ua, ub)
        )
    }

    /// SE of one sample's std by the same influence function, s·√((κ − 1)/(4n)).
    public static func standardErrorOfStd(_ a: [Double]) -> Double {
        CentralMoments(influenceOfStd(a)).standardDeviation / Double(max(a.count, 1)).squareRoot()
    }

    /// The 5 % quantile and the 5 % expected shortfall as ``DistributionSummary`` defines them,
    /// each difference with the SE of a paired bootstrap: `resamples` draws of n path indices
    /// with replacement from `SplitMix64(seed:)`, the same indices for both samples, and the SE
    /// is the std of the resampled differences (Efron & Tibshirani 1993, ch. 6). Also each
    /// sample's own bootstrap SE, from the same draws.
    public static func tail(
        _ a: [Double], _ b: [Double], resamples: Int = 200, seed: UInt64 = 0x5EED
    ) -> (quantile: PairedDifference, shortfall: PairedDifference, ownA: (Double, Double), ownB: (Double, Double)) {
        let n = a.count
        var random = SplitMix64(seed: seed)
        var qa = [Double](), qb = [Double](), ea = [Double](), eb = [Double]()
        var ra = [Double](repeating: 0, count: n), rb = [Double](repeating: 0, count: n)
        for _ in 0..<resamples {
            for i in 0..<n {
                let k = Int(random.next() % UInt64(n))
                ra[i] = a[k]
                rb[i] = b[k]
            }
            let (q1, e1) = quantileAndShortfall(ra), (q2, e2) = quantileAndShortfall(rb)
            qa.append(q1); qb.append(q2); ea.append(e1); eb.append(e2)
        }
        let (fa, sa) = quantileAndShortfall(a), (fb, sb) = quantileAndShortfall(b)
        func sd(_ x: [Double]) -> Double { CentralMoments(x).standardDeviation }
        return (
            PairedDifference(value: fb - fa, pairedStandardError: sd(zip(qb, qa).map { $0 - $1 }), method: "paired-bootstrap"),
            PairedDifference(value: sb - sa, pairedStandardError: sd(zip(eb, ea).map { $0 - $1 }), method: "paired-bootstrap"),
            (sd(qa), sd(ea)), (sd(qb), sd(eb))
        )
    }

    /// The 5 % quantile and 5 % expected shortfall of `values`, as ``DistributionSummary``.
    public static func quantileAndShortfall(_ values: [Double]) -> (quantile: Double, shortfall: Double) {
        let sorted = values.sorted()
        let tail = max(Int((0.05 * Double(sorted.count)).rounded(.up)), 1)
        return (DistributionSummary.quantile(sorted, 0.05), sorted.prefix(tail).reduce(0, +) / Double(tail))
    }

    private static func mean(_ x: [Double]) -> Double { CentralMoments(x).mean }

    /// Pearson's sample correlation of the pairs (aₖ, bₖ); nil when either sample is constant.
    public static func correlation(_ a: [Double], _ b: [Double]) -> Double? {
        let ma = mean(a), mb = mean(b)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (x - ma) * (y - mb)
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
        }
        guard saa > 0, sbb > 0 else { return nil }
        return sab / (saa * sbb).squareRoot()
    }

    private static func influenceOfStd(_ x: [Double]) -> [Double] {
        let moments = CentralMoments(x)
        let s = moments.standardDeviation, m = moments.mean
        guard s > 0 else { return x.map { _ in 0 } }
        return x.map { (($0 - m) * ($0 - m) - s * s) / (2 * s) }
    }
}
