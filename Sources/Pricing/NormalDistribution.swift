import Foundation

/// The standard normal distribution.
enum StandardNormal {
    /// 1/√(2π).
    static let inverseSqrtTwoPi = 0.398_942_280_401_432_677_94

    /// Density φ(x) = e^{−x²/2}/√(2π).
    @inlinable
    static func density(_ x: Double) -> Double {
        inverseSqrtTwoPi * exp(-0.5 * x * x)
    }

    /// Cumulative distribution N(x) = ½·erfc(−x/√2), accurate to machine precision in both
    /// tails (the form 1 − N(−x) would lose digits for large negative x).
    @inlinable
    static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x * 0.707_106_781_186_547_524_40)
    }
}
