import Foundation

/// The tables of the ziggurat method for standard normal draws (Marsaglia & Tsang, "The
/// Ziggurat Method for Generating Random Variables", *Journal of Statistical Software* 5(8),
/// 2000), with 256 layers.
///
/// The area under f(x) = e^{−x²/2} on x ≥ 0 is covered by 256 horizontal layers of equal area
/// v: layer 0 is the rectangle [0, r] × [0, f(r)] plus the tail beyond r; layer i ≥ 1 is the
/// rectangle [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)], with x₁ = r, f(xᵢ₊₁) = f(xᵢ) + v/xᵢ and x₂₅₆ = 0.
/// A draw picks a layer and a point in it; the point lies under the curve without computing f
/// about 98.8% of the time.
///
/// r and v are solved here, to the last bits, so that the top layer closes exactly
/// (f(x₂₅₅) + v/x₂₅₅ = 1) rather than copied: the published r = 3.6541528853610088 and
/// v = 0.00492867323399 (Marsaglia & Tsang, table for 256 layers) agree to their digits.
@usableFromInline
struct Ziggurat: Sendable {
    /// Layers: a power of two, so a layer is 8 bits of a draw.
    static let layerCount = 256

    /// x₀ = v/f(r) (the width that gives layer 0 the area v), x₁ = r, …, x₂₅₅, x₂₅₆ = 0.
    @usableFromInline let widths: [Double]
    /// xᵢ₊₁/xᵢ: a uniform u ∈ [0, 1) with u < ratio[i] puts u·xᵢ under the curve for sure.
    @usableFromInline let ratios: [Double]
    /// f(xᵢ), i = 0 … 256 (f(x₀) is not used).
    @usableFromInline let heights: [Double]
    /// r, where the tail begins.
    @usableFromInline let tailStart: Double

    @usableFromInline static let standardNormal = Ziggurat()

    private init() {
        let r = Self.solveTailStart()
        let widths = Self.layerWidths(tailStart: r)!
        self.widths = widths
        ratios = (0..<Self.layerCount).map { widths[$0 + 1] / widths[$0] }
        heights = widths.map { exp(-0.5 * $0 * $0) }
        tailStart = r
    }

    /// v(r): the area of layer 0, r·f(r) plus the tail ∫ᵣ^∞ f = √(π/2)·erfc(r/√2).
    static func layerArea(tailStart r: Double) -> Double {
        r * exp(-0.5 * r * r) + (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
    }

    /// x₀ … x₂₅₆ = 0 for a trial r, or nil when the layers reach the top of the curve before
    /// the 256th (r too small: v too large).
    static func layerWidths(tailStart r: Double) -> [Double]? {
        let area = layerArea(tailStart: r)
        var widths = [Double](repeating: 0, count: layerCount + 1)
        widths[0] = area / exp(-0.5 * r * r)
        widths[1] = r
        for i in 1..<(layerCount - 1) {
            let height = exp(-0.5 * widths[i] * widths[i]) + area / widths[i]
            guard height < 1 else { return nil }
            widths[i + 1] = (-2 * log(height)).squareRoot()
        }
        return widths
    }

    /// The r for which the 255th layer's top is exactly f(0) = 1: bisection on r ∈ [3, 4],
    /// where "too small" means the layers overshoot the top, to adjacent doubles.
    static func solveTailStart() -> Double {
        func overshoots(_ r: Double) -> Bool {
            guard let widths = layerWidths(tailStart: r) else { return true }
            let top = widths[layerCount - 1]
            return exp(-0.5 * top * top) + layerArea(tailStart: r) / top >= 1
        }
        var low = 3.0, high = 4.0
        while high.nextDown > low {
            let middle = 0.5 * (low + high)
            if middle <= low || middle >= high { break }
            if overshoots(middle) { low = middle } else { high = middle }
        }
        return high
    }
}

extension RandomNumberGenerator {
    /// A standard normal draw by the ziggurat method (``Ziggurat``), from one 64-bit output
    /// almost always: bits 0–7 choose the layer, bit 8 the sign and bits 11–63 the uniform, so
    /// the three are independent (the correlation between layer and uniform of the original
    /// 32-bit version, Doornik 2005, cannot arise). Rejected points (1.2%) draw again; the tail
    /// beyond r uses Marsaglia's exact method (1964).
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        let table = Ziggurat.standardNormal
        while true {
            let bits = next()
            let layer = Int(truncatingIfNeeded: bits & 0xFF)
            let sign: Double = bits & 0x100 == 0 ? 1 : -1
            let uniform = Double(bits >> 11) * 0x1p-53
            if uniform < table.ratios[layer] {
                return sign * uniform * table.widths[layer]
            }
            if layer == 0 {
                return sign * nextNormalTail(beyond: table.tailStart)
            }
            let x = uniform * table.widths[layer]
            let height = table.heights[layer] + nextOpenUnitInterval() * (table.heights[layer + 1] - table.heights[layer])
            if height < exp(-0.5 * x * x) {
                return sign * x
            }
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
