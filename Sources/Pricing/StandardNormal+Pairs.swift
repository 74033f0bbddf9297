extension StandardNormal {
    /// ``inlineExp(_:)`` on two lanes at once: the same operations in the same order, so each
    /// lane is bit for bit the scalar result; SSE2 does both in one instruction each.
    @inline(__always)
    static func inlineExp(_ y: SIMD2<Double>) -> SIMD2<Double> {
        let shifter = SIMD2<Double>(repeating: 0x1.8p52)
        let shifted = y * log2E + shifter
        let k = shifted - shifter
        let r = (y - k * ln2High) - k * ln2Low
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        // 1/n!, n = 2 … 13, as Doubles (the scalar form's literals, rounded the same way).
        let f2: Double = 1.0 / 2, f3: Double = 1.0 / 6, f4: Double = 1.0 / 24, f5: Double = 1.0 / 120
        let f6: Double = 1.0 / 720, f7: Double = 1.0 / 5040, f8: Double = 1.0 / 40320, f9: Double = 1.0 / 362_880
        let f10: Double = 1.0 / 3_628_800, f11: Double = 1.0 / 39_916_800
        let f12: Double = 1.0 / 479_001_600, f13: Double = 1.0 / 6_227_020_800
        let a: SIMD2<Double> = (f2 + r * f3) + (f4 + r * f5) * r2
        let b: SIMD2<Double> = (f6 + r * f7) + (f8 + r * f9) * r2
        let c: SIMD2<Double> = (f10 + r * f11) + (f12 + r * f13) * r2
        let expR: SIMD2<Double> = 1 + (r + r2 * ((a + b * r4) + c * r8))
        let exponent = (unsafeBitCast(shifted, to: SIMD2<UInt64>.self) &+ 1023) &<< 52
        return expR * unsafeBitCast(exponent, to: SIMD2<Double>.self)
    }

    /// ``inlineDensity(_:)`` on two lanes, bit for bit.
    @inline(__always)
    static func inlineDensity(_ x: SIMD2<Double>) -> SIMD2<Double> {
        let y = -0.5 * x * x
        return blend(inverseSqrtTwoPi * inlineExp(y), SIMD2(repeating: 0), where: y .< -708)
    }

    /// `value` with the lanes of `mask` replaced by `replacement`, by masking bits.
    ///
    /// `replacing(with:where:)` says the same, but the optimiser turns it into a branch per
    /// lane and moves the computation of `value` behind it, one lane at a time: the pair is
    /// lost. Masks leave nothing to branch on.
    @inline(__always)
    static func blend(_ value: SIMD2<Double>, _ replacement: SIMD2<Double>, where mask: SIMDMask<SIMD2<Int64>>) -> SIMD2<Double> {
        let bits = SIMD2<UInt64>(repeating: 0).replacing(with: ~0, where: mask)
        let kept = unsafeBitCast(value, to: SIMD2<UInt64>.self) & ~bits
        return unsafeBitCast(kept | (unsafeBitCast(replacement, to: SIMD2<UInt64>.self) & bits), to: SIMD2<Double>.self)
    }

    /// ``cdf(_:density:)`` on two lanes, bit for bit: each lane reads its own row of the
    /// Mills-ratio table.
    @inline(__always)
    static func cdf(_ x: SIMD2<Double>, density: SIMD2<Double>) -> SIMD2<Double> {
        let signBit = SIMD2<UInt64>(repeating: 1 << 63)
        let bits = unsafeBitCast(x, to: SIMD2<UInt64>.self)
        let t = unsafeBitCast(bits & ~signBit, to: SIMD2<Double>.self)
        // NaN fails `<` and takes the last row's end, as in the scalar form.
        let clamped = blend(SIMD2(repeating: millsRatioEnd), t, where: t .< millsRatioEnd)
        let row0 = Int(clamped[0] * 2), row1 = Int(clamped[1] * 2)
        let z = 4 * clamped - SIMD2(Double(2 * row0 + 1), Double(2 * row1 + 1))
        let ratio = millsRatioCoefficients.withUnsafeBufferPointer { table in
            estrin(
                table.baseAddress! + millsRatioRowLength * min(row0, millsRatioRows - 1),
                table.baseAddress! + millsRatioRowLength * min(row1, millsRatioRows - 1),
                z
            )
        }
        let lowerTail = density * ratio
        // ``choose(bySignOf:negative:positive:)`` on both lanes.
        let mask = unsafeBitCast(unsafeBitCast(x, to: SIMD2<Int64>.self) &>> 63, to: SIMD2<UInt64>.self)
        let chosen = (unsafeBitCast(lowerTail, to: SIMD2<UInt64>.self) & mask)
            | (unsafeBitCast(1 - lowerTail, to: SIMD2<UInt64>.self) & ~mask)
        return unsafeBitCast(chosen, to: SIMD2<Double>.self)
    }

    /// ``estrin(_:_:)`` with lane 0's coefficients at `c0` and lane 1's at `c1`.
    @inline(__always)
    static func estrin(_ c0: UnsafePointer<Double>, _ c1: UnsafePointer<Double>, _ z: SIMD2<Double>) -> SIMD2<Double> {
        func c(_ i: Int) -> SIMD2<Double> { SIMD2(c0[i], c1[i]) }
        let z2 = z * z, z4 = z2 * z2, z8 = z4 * z4
        let q0 = (c(11) + c(10) * z) + (c(9) + c(8) * z) * z2
        let q1 = (c(7) + c(6) * z) + (c(5) + c(4) * z) * z2
        let q2 = (c(3) + c(2) * z) + (c(1) + c(0) * z) * z2
        return c(12) + z * ((q0 + q1 * z4) + q2 * z8)
    }
}
