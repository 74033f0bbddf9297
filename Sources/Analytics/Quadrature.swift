import Foundation

/// The numerical integrals of the hedging theory (``HedgingTheory``).
enum Quadrature {
    /// Gauss–Legendre nodes and weights on [−1, 1] with `count` points: exact for polynomials of
    /// degree < 2·count. Newton's iteration on the Legendre recurrence from Chebyshev-like
    /// guesses (Press et al., *Numerical Recipes*, 3rd ed., §4.6.1, `gauleg`), to 1e-14.
    static func gaussLegendre(_ count: Int) -> [(node: Double, weight: Double)] {
        precondition(count >= 1, "Gauss–Legendre needs at least one node, got \(count)")
        var result = [(node: Double, weight: Double)](repeating: (0, 0), count: count)
        let n = Double(count)
        for i in 0..<(count + 1) / 2 {
            var z = cos(Double.pi * (Double(i) + 0.75) / (n + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p1 = 1.0, p2 = 0.0
                for j in 1...count {
                    let p3 = p2
                    p2 = p1
                    p1 = ((2 * Double(j) - 1) * z * p2 - (Double(j) - 1) * p3) / Double(j)
                }
                derivative = n * (z * p1 - p2) / (z * z - 1)
                let previous = z
                z = previous - p1 / derivative
                if abs(z - previous) < 1e-15 { break }
            }
            let weight = 2 / ((1 - z * z) * derivative * derivative)
            result[i] = (-z, weight)
            result[count - 1 - i] = (z, weight)
        }
        return result
    }

    /// ∫ₐᵇ f(x) dx by `count`-point Gauss–Legendre.
    static func integrate(
        from a: Double, to b: Double, nodes: [(node: Double, weight: Double)],
        _ f: (Double) throws -> Double
    ) rethrows -> Double {
        let half = (b - a) / 2, middle = (a + b) / 2
        var sum = 0.0
        for (node, weight) in nodes { sum += weight * (try f(middle + half * node)) }
        return sum * half
    }

    /// E[g(X)], X ~ N(`mean`, `sd`²), when g·density is concentrated around `centre` with
    /// width `width` (for a peaked g, the product of the density and g's own bell; the
    /// density itself otherwise): the trapezoid rule over `centre` ± `span`·`width` with
    /// `points` points. On a smooth, rapidly decaying integrand the trapezoid rule converges
    /// exponentially with the number of points per width (Trefethen & Weideman, "The
    /// exponentially convergent trapezoidal rule", SIAM Review 56, 2014). With `sd` = 0,
    /// g(`mean`).
    static func normalExpectation(
        mean: Double, sd: Double, centre: Double, width: Double, span: Double, points: Int,
        _ g: (Double) throws -> Double
    ) rethrows -> Double {
        guard sd > 0, width > 0 else { return try g(mean) }
        let step = 2 * span * width / Double(points - 1)
        let start = centre - span * width
        let normaliser = 1 / (sd * (2 * Double.pi).squareRoot())
        var sum = 0.0
        for k in 0..<points {
            let x = start + Double(k) * step
            let z = (x - mean) / sd
            let density = normaliser * exp(-0.5 * z * z)
            guard density > 0 else { continue }
            let value = try g(x)
            sum += (k == 0 || k == points - 1 ? 0.5 : 1) * density * value
        }
        return sum * step
    }

    /// Centre and width of the product of two normal bells N(m₁, s₁²)·N(m₂, s₂²) (up to a
    /// constant): precision-weighted centre, width s₁s₂/√(s₁² + s₂²).
    static func productBell(_ m1: Double, _ s1: Double, _ m2: Double, _ s2: Double) -> (centre: Double, width: Double) {
        let v1 = s1 * s1, v2 = s2 * s2
        guard v1 + v2 > 0 else { return (m1, 0) }
        return ((m1 * v2 + m2 * v1) / (v1 + v2), (v1 * v2 / (v1 + v2)).squareRoot())
    }
}
