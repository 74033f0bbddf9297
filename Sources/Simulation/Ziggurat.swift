import Foundation

/// The ziggurat method for standard normal draws (Marsaglia & Tsang, "The Ziggurat Method for
/// Generating Random Variables", *Journal of Statistical Software* 5(8), 2000), with 256 layers.
///
/// The area under f(x) = e^{−x²/2} on x ≥ 0 is covered by 256 horizontal layers of equal area
/// v: layer 0 is the rectangle [0, r] × [0, f(r)] plus the tail beyond r; layer i ≥ 1 is the
/// rectangle [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)], with x₁ = r, f(xᵢ₊₁) = f(xᵢ) + v/xᵢ and x₂₅₆ = 0.
/// A draw picks a layer and a point in it; the point lies under the curve without computing f
/// about 98.8% of the time.
///
/// The tables (``widths``, ``ratios``, ``heights``, ``tailStart``) are computed at 50 digits by
/// `Benchmarks/tools/ziggurat_tables.py`, r solved so that the top layer closes exactly
/// (f(x₂₅₅) + v/x₂₅₅ = 1): r = 3.6541528853610088 and v = 0.00492867323399 as Marsaglia &
/// Tsang publish them. They are literal arrays, which Swift initialises statically: no lazy
/// global stands on the path of every draw.
@usableFromInline
enum Ziggurat {
    /// Layers: a power of two, so a layer is 8 bits of a draw.
    static let layerCount = 256
}

extension RandomNumberGenerator {
    /// A standard normal draw by the ziggurat method (``Ziggurat``), from one 64-bit output
    /// almost always: bits 0–7 choose the layer, bit 8 the sign and bits 11–63 the uniform, so
    /// the three are independent (the correlation between layer and uniform of the original
    /// 32-bit version, Doornik 2005, cannot arise). Rejected points (1.2%) draw again; the tail
    /// beyond r uses Marsaglia's exact method (1964).
    ///
    /// The accepted case is inline, so a loop drawing for many paths overlaps their draws; the
    /// rest is one call away.
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        let bits = next()
        let layer = Int(truncatingIfNeeded: bits & 0xFF)
        let uniform = Double(bits >> 11) * 0x1p-53
        if uniform < Ziggurat.ratios[layer] {
            // Bit 8 moved to the sign bit: a branch on a random sign would be mispredicted
            // every other draw.
            let magnitude = uniform * Ziggurat.widths[layer]
            return Double(bitPattern: magnitude.bitPattern ^ ((bits & 0x100) << 55))
        }
        return nextStandardNormal(rejecting: bits)
    }

    /// The draw after `bits` fell outside its layer's sure rectangle: the tail, the wedge
    /// test, or a fresh draw.
    @usableFromInline @inline(never)
    mutating func nextStandardNormal(rejecting first: UInt64) -> Double {
        var bits = first
        while true {
            let layer = Int(truncatingIfNeeded: bits & 0xFF)
            let sign: Double = bits & 0x100 == 0 ? 1 : -1
            let uniform = Double(bits >> 11) * 0x1p-53
            if uniform < Ziggurat.ratios[layer] {
                return sign * (uniform * Ziggurat.widths[layer])
            }
            if layer == 0 {
                return sign * nextNormalTail(beyond: Ziggurat.tailStart)
            }
            let x = uniform * Ziggurat.widths[layer]
            let height = Ziggurat.heights[layer] + nextOpenUnitInterval() * (Ziggurat.heights[layer + 1] - Ziggurat.heights[layer])
            if height < exp(-0.5 * x * x) {
                return sign * x
            }
            bits = next()
        }
    }

    /// A draw of |Z| conditioned on |Z| > r (Marsaglia 1964): x = −ln(u₁)/r, y = −ln(u₂),
    /// accepted when 2y > x², gives r + x.
    @usableFromInline
    mutating func nextNormalTail(beyond r: Double) -> Double {
        while true {
            let x = -log(nextOpenUnitInterval()) / r
            let y = -log(nextOpenUnitInterval())
            if 2 * y > x * x { return r + x }
        }
    }
}
