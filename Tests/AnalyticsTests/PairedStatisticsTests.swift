@testable import Analytics
import Simulation
import Testing

/// Paired differences of two samples on the same paths (common random numbers): the standard
/// error comes from the per-path differences, so what the samples share cancels.
struct PairedStatisticsTests {
    /// Two correlated normal samples: b = a + small noise, and an independent c.
    private func samples(_ n: Int = 4000) -> (a: [Double], b: [Double], c: [Double]) {
        var random = SplitMix64(seed: 7)
        var a = [Double](), b = [Double](), c = [Double]()
        for _ in 0..<n {
            let x = random.nextStandardNormal()
            a.append(100 * x)
            b.append(110 * x + 10 * random.nextStandardNormal())
            c.append(100 * random.nextStandardNormal())
        }
        return (a, b, c)
    }

    @Test func pairingSharedPathsShrinksTheStandardErrorOfEveryDifference() {
        let (a, b, c) = samples()
        let own = PairedStatistics.standardErrorOfStd(b)
        let shared = PairedStatistics.standardDeviation(a, b), apart = PairedStatistics.standardDeviation(a, c)
        #expect(shared.pairedStandardError! < own / 3)
        #expect(apart.pairedStandardError! > own)
        #expect(PairedStatistics.mean(a, b).pairedStandardError! < PairedStatistics.mean(a, c).pairedStandardError! / 3)
        let tail = PairedStatistics.tail(a, b)
        #expect(tail.quantile.pairedStandardError! < tail.ownB.0)
    }

    @Test func identicalSamplesDifferByExactlyZero() {
        let (a, _, _) = samples(500)
        #expect(PairedStatistics.standardDeviation(a, a).pairedStandardError == 0)
        #expect(PairedStatistics.mean(a, a).value == 0)
        #expect(PairedStatistics.tail(a, a).shortfall.pairedStandardError == 0)
    }

    /// The delta method's SE of one std is the report's s·√((κ − 1)/(4n)) (``SampleStatistics``).
    @Test func theStdsOwnErrorIsTheReportsFormula() {
        let (_, b, _) = samples()
        let report = SampleStatistics(b).standardDeviationStandardError
        #expect(abs(PairedStatistics.standardErrorOfStd(b) / report - 1) < 0.01)
    }

    @Test func theBootstrapIsTheSameOnEveryRun() {
        let (a, b, _) = samples(300)
        #expect(PairedStatistics.tail(a, b).quantile == PairedStatistics.tail(a, b).quantile)
    }

    /// Two fat-tailed samples on the same paths, like the final P&L of a daily and a weekly hedge
    /// of one market: b = scale·(ρ·a's shock + √(1 − ρ²)·its own), each shock a normal times a
    /// random volatility (kurtosis about 5).
    private func hedgeLike(_ n: Int, correlation rho: Double, scale: Double, seed: UInt64) -> (a: [Double], b: [Double]) {
        var random = SplitMix64(seed: seed)
        var a = [Double](), b = [Double]()
        for _ in 0..<n {
            let x = random.nextStandardNormal() * (0.5 + abs(random.nextStandardNormal()))
            let y = random.nextStandardNormal() * (0.5 + abs(random.nextStandardNormal()))
            a.append(270 * x)
            b.append(scale * 270 * (rho * x + (1 - rho * rho).squareRoot() * y))
        }
        return (a, b)
    }

    /// The paired bootstrap of std(b) − std(a): `resamples` draws of n path indices, the same for
    /// both samples, and the std of the resampled differences (Efron & Tibshirani 1993, ch. 6).
    private func bootstrapErrorOfStdDifference(_ a: [Double], _ b: [Double], resamples: Int, seed: UInt64) -> Double {
        var random = SplitMix64(seed: seed)
        var differences = [Double]()
        var ra = a, rb = b
        for _ in 0..<resamples {
            for i in a.indices {
                let k = Int(random.next() % UInt64(a.count))
                ra[i] = a[k]
                rb[i] = b[k]
            }
            differences.append(CentralMoments(rb).standardDeviation - CentralMoments(ra).standardDeviation)
        }
        return CentralMoments(differences).standardDeviation
    }

    /// The delta method's standard error of a std difference (the influence terms' paired
    /// spread) is what a seeded paired bootstrap of 1,000 resamples gives on the same paths, to
    /// 10 % (the bootstrap's own spread at 1,000 resamples is about 2 %), whether the samples
    /// correlate weakly, like a daily and a weekly hedge (issue 28's 0.4), or strongly, like two
    /// cost levels.
    @Test(arguments: [(0.4, 2.6), (0.95, 1.1)])
    func theDeltaMethodErrorOfAStdDifferenceIsThePairedBootstraps(correlation: Double, scale: Double) {
        let (a, b) = hedgeLike(2000, correlation: correlation, scale: scale, seed: 28)
        let deltaMethod = PairedStatistics.standardDeviation(a, b).pairedStandardError!
        let bootstrap = bootstrapErrorOfStdDifference(a, b, resamples: 1000, seed: 0x5EED)
        #expect(abs(deltaMethod / bootstrap - 1) < 0.1, "delta method \(deltaMethod), bootstrap \(bootstrap)")
    }

    /// The paired variance is SEa² + SEb² − 2ρ·SEa·SEb with ρ the correlation of the per-path
    /// terms, so (Cauchy–Schwarz) the paired error is never below |SEa − SEb|: when one own error
    /// is 2.6 times the other, as a weekly hedge's std error is a daily one's, the paired error
    /// stays above the smaller own error at any correlation, even 0.99.
    @Test(arguments: [0.0, 0.4, 0.8, 0.99])
    func aPairedErrorIsNeverBelowTheGapBetweenTheOwnErrors(correlation: Double) throws {
        let (a, b) = hedgeLike(2000, correlation: correlation, scale: 2.6, seed: 6)
        for difference in [PairedStatistics.standardDeviation(a, b), PairedStatistics.mean(a, b)] {
            let paired = try #require(difference.pairedStandardError), rho = try #require(difference.correlation)
            let (ownA, ownB) = difference.method == "paired-mean"
                ? (SampleStatistics(a).meanStandardError, SampleStatistics(b).meanStandardError)
                : (PairedStatistics.standardErrorOfStd(a), PairedStatistics.standardErrorOfStd(b))
            #expect(abs(paired * paired - (ownA * ownA + ownB * ownB - 2 * rho * ownA * ownB)) <= 1e-9 * paired * paired)
            #expect(paired >= abs(ownA - ownB))
            #expect(paired > min(ownA, ownB), "\(difference.method) at ρ \(rho): \(paired) against \(ownA), \(ownB)")
        }
    }
}
