/// The mean and the central moments of a sample, computed so that no power of a deviation
/// overflows or underflows.
///
/// Deviations are divided by the largest one, s = max|xᵢ − x̄|, before they are raised to the
/// second, third and fourth power: a sample of P&Ls near 1e-99 has fourth powers near 1e-430,
/// which a Double rounds to 0 (a kurtosis of 0/0), and one near 1e100 has fourth powers that
/// overflow. The ratios below do not depend on s, so the scaled moments give them exactly.
struct CentralMoments {
    var count: Int
    var mean: Double
    /// s, the largest |xᵢ − x̄|; 0 when every value is the mean.
    var scale: Double
    /// Σ((xᵢ − x̄)/s)ᵏ/n for k = 2, 3, 4.
    var second: Double
    var third: Double
    var fourth: Double

    init(_ values: some Collection<Double>) {
        count = values.count
        let n = Double(max(values.count, 1))
        mean = values.reduce(0, +) / n
        let centre = mean
        scale = values.reduce(0) { max($0, abs($1 - centre)) }
        var second = 0.0, third = 0.0, fourth = 0.0
        if scale > 0, scale.isFinite {
            for value in values {
                let d = (value - centre) / scale
                let square = d * d
                second += square
                third += square * d
                fourth += square * square
            }
        }
        self.second = second / n
        self.third = third / n
        self.fourth = fourth / n
    }

    /// Sample standard deviation, n − 1 in the denominator; 0 for fewer than two values.
    var standardDeviation: Double {
        guard count > 1 else { return 0 }
        return scale * (second * Double(count) / Double(count - 1)).squareRoot()
    }

    /// m₃/sd³ with m₃ the third central moment (n in the denominator) and sd the sample
    /// standard deviation; 0 when the sample has no spread.
    var skewness: Double {
        let relative = standardDeviation / scale
        guard scale > 0, relative > 0 else { return 0 }
        return third / (relative * relative * relative)
    }

    /// κ = m₄/m₂² (3 for a normal law); 3 when the sample has no spread, the value that adds
    /// nothing to a standard error built on κ − 1 beyond the normal case's.
    var kurtosis: Double {
        guard second > 0 else { return 3 }
        return fourth / (second * second)
    }
}
