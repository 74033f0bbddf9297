import Foundation
import Testing
@testable import Simulation

struct ZigguratTests {
    /// v(r) = r·f(r) + √(π/2)·erfc(r/√2): layer 0's area, rectangle and tail.
    private static func layerArea(_ r: Double) -> Double {
        r * exp(-0.5 * r * r) + (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
    }

    /// Marsaglia & Tsang, "The Ziggurat Method for Generating Random Variables", J. Stat.
    /// Software 5(8), 2000: for 256 layers r = 3.6541528853610088, v = 0.00492867323399 (v to
    /// 12 significant digits, so it agrees to a few units of its last digit).
    @Test func tablesMatchThePublishedConstants() {
        #expect(Ziggurat.tailStart == 3.654_152_885_361_008_8)
        #expect(Ziggurat.widths[1] == Ziggurat.tailStart)
        #expect(abs(Self.layerArea(Ziggurat.tailStart) - 0.004_928_673_233_99) < 5e-14)
    }

    /// Every layer has the area v to rounding, and the top one closes at f(0) = 1: the tables
    /// are the ziggurat their generator says they are.
    @Test func everyLayerHasTheSameArea() {
        let area = Self.layerArea(Ziggurat.tailStart)
        let (widths, heights, ratios) = (Ziggurat.widths, Ziggurat.heights, Ziggurat.ratios)
        #expect(widths.count == Ziggurat.layerCount + 1 && heights.count == widths.count && ratios.count == Ziggurat.layerCount)
        #expect(abs(widths[0] * heights[1] - area) < 1e-15)
        for i in 1..<Ziggurat.layerCount {
            let layer = widths[i] * (heights[i + 1] - heights[i])
            #expect(abs(layer - area) < 1e-12 * area, "layer \(i): \(layer) vs \(area)")
            // Rounded once from 50 digits, so within a few ulps of the same in double precision:
            // f(x) of a rounded x moves by x² times x's rounding.
            let x = widths[i]
            #expect(abs(heights[i] - exp(-0.5 * x * x)) <= 2 * (1 + x * x) * heights[i].ulp)
            #expect(abs(ratios[i] - widths[i + 1] / widths[i]) <= 2 * ratios[i].ulp)
        }
        #expect(widths[Ziggurat.layerCount] == 0 && heights[Ziggurat.layerCount] == 1)
    }

    /// Kolmogorov–Smirnov against Φ over 400,000 draws: √n·D stays below 1.95 (the 0.1%
    /// critical value) for a correct sampler; an error of 0.3% in any layer's mass would not.
    @Test func drawsFollowTheStandardNormalDistribution() {
        var generator = SplitMix64(seed: 2026)
        let count = 400_000
        let draws = (0..<count).map { _ in generator.nextStandardNormal() }.sorted()
        var distance = 0.0
        for (i, x) in draws.enumerated() {
            let cdf = 0.5 * erfc(-x / 2.0.squareRoot())
            distance = max(distance, abs(cdf - Double(i) / Double(count)), abs(cdf - Double(i + 1) / Double(count)))
        }
        #expect(distance * Double(count).squareRoot() < 1.95, "KS distance \(distance)")
    }

    /// Mean 0, variance 1, skewness 0 and kurtosis 3, each within 5 standard errors (1/√n,
    /// √(2/n), √(6/n), √(24/n)) over 400,000 draws.
    @Test func drawsHaveTheNormalMoments() {
        var generator = SplitMix64(seed: 7)
        let count = 400_000
        var sums = [0.0, 0.0, 0.0, 0.0]
        for _ in 0..<count {
            let z = generator.nextStandardNormal()
            sums[0] += z
            sums[1] += z * z
            sums[2] += z * z * z
            sums[3] += z * z * z * z
        }
        let n = Double(count)
        let moments = sums.map { $0 / n }
        #expect(abs(moments[0]) < 5 / n.squareRoot())
        #expect(abs(moments[1] - 1) < 5 * (2 / n).squareRoot())
        #expect(abs(moments[2]) < 5 * (6 / n).squareRoot())
        #expect(abs(moments[3] - 3) < 5 * (24 / n).squareRoot())
    }

    /// The tail beyond r comes from its own branch: P(|Z| > r) = erfc(r/√2) = 2.58e-4, and
    /// beyond r + 1 the conditional share is P(|Z| > r + 1)/P(|Z| > r). 2,000,000 draws give
    /// about 516 tail draws; both counts within 5 binomial standard deviations.
    @Test func tailDrawsHaveTheRightFrequencyAndShape() {
        var generator = SplitMix64(seed: 11)
        let count = 2_000_000
        let r = Ziggurat.tailStart
        var beyond = 0, farBeyond = 0
        for _ in 0..<count {
            let z = abs(generator.nextStandardNormal())
            if z > r { beyond += 1 }
            if z > r + 1 { farBeyond += 1 }
        }
        let p = erfc(r / 2.0.squareRoot())
        let expected = p * Double(count)
        #expect(abs(Double(beyond) - expected) < 5 * expected.squareRoot(), "\(beyond) vs \(expected)")
        let share = erfc((r + 1) / 2.0.squareRoot()) / p
        let expectedFar = share * Double(beyond)
        #expect(abs(Double(farBeyond) - expectedFar) < 5 * expectedFar.squareRoot() + 1, "\(farBeyond) vs \(expectedFar)")
    }

    /// Each draw consumes the generator's outputs deterministically: the same seed gives the
    /// same sequence, and draws are symmetric (half negative, within 5 standard deviations).
    @Test func drawsAreReproducibleAndSymmetric() {
        var first = SplitMix64(seed: 99), second = SplitMix64(seed: 99)
        let a = (0..<10_000).map { _ in first.nextStandardNormal() }
        let b = (0..<10_000).map { _ in second.nextStandardNormal() }
        #expect(a == b)
        let negative = a.filter { $0 < 0 }.count
        #expect(abs(Double(negative) - 5_000) < 5 * 50)
    }
}
