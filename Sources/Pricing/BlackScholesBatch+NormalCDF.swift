extension StandardNormal {
    /// N(x) from x and its density φ(x), for a caller that already has φ(x): one polynomial,
    /// no `exp`, no `erfc`, no division and no branch (the kernel of
    /// ``BlackScholesModel/valuations(of:spots:timesToExpiry:in:threads:)``).
    ///
    /// N(−t) = φ(t)·M(t) for t = |x|, with M the Mills ratio (1 − N(t))/φ(t); N(x) is that for
    /// x < 0 and 1 − N(−t) for x ≥ 0. M is within 2e-16 relative (``millsRatio(_:)``), so N(x)
    /// is as accurate as the `density` passed in: relative in the lower tail, better than 1e-16
    /// absolute in the upper half. With φ from ``density(_:)`` or ``inlineDensity(_:)`` it is
    /// within 1e-14 absolute of ``cdf(_:)`` everywhere, and within (5 + 3x²)·1e-16 relative in
    /// the lower tail: both forms lose relative digits as x² grows, this one by rounding x²
    /// before `exp`, the erfc form (the less accurate of the two there) by rounding x/√2.
    @inline(__always)
    static func cdf(_ x: Double, density: Double) -> Double {
        let lowerTail = density * millsRatio(abs(x))
        return x < 0 ? lowerTail : 1 - lowerTail
    }

    /// The Mills ratio M(t) = (1 − N(t))/φ(t) = √(π/2)·e^{t²/2}·erfc(t/√2) for 0 ≤ t < 38.5,
    /// within 2e-16 relative; M(38.5) beyond, and for NaN (where φ(t) < 1e-322 makes N(−t) 0).
    ///
    /// On [i/2, (i+1)/2), i = 0 … 76, a degree-12 polynomial in z = 4t − 2i − 1 ∈ [−1, 1): the
    /// Chebyshev interpolant of M computed at 40 digits, fitted and checked by
    /// `Benchmarks/tools/fit_mills_ratio.py` (mpmath's `chebyfit`). The interval only selects a
    /// row of coefficients (77 × 13 doubles, 8 KB: it stays in the L1 cache).
    @inline(__always)
    static func millsRatio(_ t: Double) -> Double {
        // `t < 38.5` is false for NaN, which takes the last row's value at its end.
        let clamped = t < millsRatioEnd ? t : millsRatioEnd
        let (row, z) = millsRatioRow(clamped)
        return millsRatioCoefficients.withUnsafeBufferPointer { table in
            estrin(table.baseAddress! + millsRatioRowLength * row, z)
        }
    }

    /// The row of the Mills-ratio table for 0 ≤ t ≤ 38.5 and z = 4t − 2·row − 1 ∈ [−1, 1].
    ///
    /// row = 2t − ½ rounded to nearest (ties to even) by adding and subtracting 1.5·2⁵², read
    /// from the low bits: no conversion to `Int`, whose range check is a branch in every call. It
    /// is ⌊2t⌋ except where 2t is a whole number that rounds down, when z = 1, the right end of
    /// the row below, where that row's polynomial holds as well. Rows 0 … 76.
    @inline(__always)
    static func millsRatioRow(_ t: Double) -> (row: Int, z: Double) {
        let shifted = (2 * t - 0.5) + roundingShifter
        let row = Int(truncatingIfNeeded: shifted.bitPattern & 0x7F)
        return (row, 4 * t - (2 * (shifted - roundingShifter) + 1))
    }

    /// 1.5·2⁵²: x + it − it rounds x to a whole number (|x| < 2⁵¹), held in the low bits.
    static let roundingShifter = 0x1.8p52

    /// c[12] + z·(c[11] + c[10]·z + … + c[0]·z¹¹) by Estrin's scheme: pairs, then pairs of
    /// pairs with z², z⁴ and z⁸. Its chain of dependent operations is 5 multiply-adds long
    /// instead of Horner's 12, so the two N(·) of a point and neighbouring points overlap in the
    /// processor; adding the constant last keeps it as accurate as Horner's rule here.
    @inline(__always)
    static func estrin(_ c: UnsafePointer<Double>, _ z: Double) -> Double {
        let z2 = z * z, z4 = z2 * z2, z8 = z4 * z4
        let q0 = (c[11] + c[10] * z) + (c[9] + c[8] * z) * z2
        let q1 = (c[7] + c[6] * z) + (c[5] + c[4] * z) * z2
        let q2 = (c[3] + c[2] * z) + (c[1] + c[0] * z) * z2
        return c[12] + z * ((q0 + q1 * z4) + q2 * z8)
    }

    /// φ(x) = e^{−x²/2}/√(2π) without calling `exp`, within 2 ulps of ``density(_:)`` where
    /// that is ≥ 1e-307 (|x| ≤ 37.6); 0 beyond, NaN for NaN.
    @inline(__always)
    static func inlineDensity(_ x: Double) -> Double {
        let y = -0.5 * x * x
        return y < -708 ? 0 : inverseSqrtTwoPi * inlineExp(y)
    }

    /// e^y for −708 ≤ y ≤ 709 without calling `exp`, within 2 ulps of it; NaN for NaN. Outside
    /// that range the result is meaningless (the caller clamps): the 2^k below wraps around.
    ///
    /// e^y as 2^k·e^r: k = y/ln 2 rounded to nearest (by adding and subtracting 1.5·2⁵², which
    /// needs no SSE4.1 `round`), r = y − k·ln 2 in two parts (Cody & Waite: ln 2's high part has
    /// 21 trailing zero bits, so k·ln2Hi is exact), |r| ≤ 0.347, and
    /// e^r = 1 + r + r²·(1/2! + r/3! + … + r¹¹/13!), whose truncation error is below 4e-18.
    /// Inline and branch-free, so a batch kernel's loop calls nothing.
    @inline(__always)
    static func inlineExp(_ y: Double) -> Double {
        let shifted = y * log2E + roundingShifter
        let k = shifted - roundingShifter
        let r = (y - k * ln2High) - k * ln2Low
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let a = (1.0 / 2 + r * (1.0 / 6)) + (1.0 / 24 + r * (1.0 / 120)) * r2
        let b = (1.0 / 720 + r * (1.0 / 5040)) + (1.0 / 40320 + r * (1.0 / 362_880)) * r2
        let c = (1.0 / 3_628_800 + r * (1.0 / 39_916_800)) + (1.0 / 479_001_600 + r * (1.0 / 6_227_020_800)) * r2
        let expR = 1 + (r + r2 * ((a + b * r4) + c * r8))
        // 2^k from the low bits of `shifted` (1.5·2⁵² + k): exponent field k + 1023.
        let scale = Double(bitPattern: (shifted.bitPattern &+ 1023) << 52)
        return expR * scale
    }

    /// 1/ln 2, and ln 2 in two parts whose high part has 21 trailing zero bits (Cody & Waite).
    static let log2E = 1.442_695_040_888_963_4
    static let ln2High = 6.931_471_803_691_238_164_90e-01
    static let ln2Low = 1.908_214_929_270_587_700_02e-10

    /// Where the table of ``millsRatioCoefficients`` ends: φ(38.5) < 1e-322.
    static let millsRatioEnd = 38.5
    /// Rows of ``millsRatioCoefficients``, one per interval of width ½.
    static let millsRatioRows = 77
    /// Coefficients per row: a degree-12 polynomial, highest degree first.
    static let millsRatioRowLength = 13
}
