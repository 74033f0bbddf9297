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
}
