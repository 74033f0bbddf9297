import Foundation

extension ValuationGrid {
    /// The implied volatilities a ``ValuationGrid`` is priced at, and how it reads a valuation
    /// between them.
    ///
    /// At every date the grid holds one spot grid per volatility node σ_j. A valuation at
    /// (S, σ) interpolates at S the grids of the four nodes nearest σ (all of them when there
    /// are at most four), then passes the polynomial p(σ) = Σ_j ℓ_j(σ)·P_j through those
    /// nodes (Lagrange, a local cubic): P, Δ, Γ, Θ and ρ are p's values, and vega is
    /// p'(σ) = Σ_j ℓ_j'(σ)·P_j, per 1.00 of volatility. The premium and its vega thus come from
    /// one smooth function of σ, so that a premium change over a step is explained by ν·dσ up
    /// to the curvature ½·∂²P/∂σ²·dσ², as for a closed-form model.
    public enum VolatilityAxis: Sendable, Hashable {
        /// The market's volatility σ₀ only. The grid also prices the premium (nothing else) at
        /// σ₀ − h and σ₀ + h, h = ``BinomialLatticeModel/volatilityBump(at:)`` (2 % of σ₀, as
        /// the model bumps), so that p'(σ₀), the central difference
        /// (P₊ − P₋)/(σ₊ − σ₋) when the nodes are symmetric, is the vega that direct
        /// pricing's bump-and-reprice gives. Any other volatility is priced directly.
        case fixed
        /// `nodes` ≥ 3 Chebyshev points of the second kind over `lower` … `upper`
        /// (σ_j = c + w·cos(jπ/(n − 1)), c and w the range's centre and half-width, both ends
        /// included), each a full spot grid; the nodes crowd towards the ends, where a local
        /// cubic has no node beyond it (Trefethen, *Approximation Theory and Approximation
        /// Practice*, ch. 2). On the course's put over σ₀ ± 0.25 with 7 nodes the cubic in σ adds
        /// under 0.003 USD to the spot grid's own error (`ValuationGridSensitivityTests`); the
        /// grid's ``ValuationGrid/worstError(samplesPerDate:)`` measures the whole on every run,
        /// half-way between nodes. A volatility outside the range is priced directly.
        case span(lower: Double, upper: Double, nodes: Int)

        /// The nodes in increasing order, for a market volatility `sigma`.
        func nodes(around sigma: Double) -> [Double] {
            switch self {
            case .fixed:
                let h = BinomialLatticeModel.volatilityBump(at: sigma)
                return [sigma - h, sigma, sigma + h]
            case let .span(lower, upper, count):
                let n = max(count, 3)
                let centre = 0.5 * (lower + upper), half = 0.5 * (upper - lower)
                return (0..<n).map { j in
                    // j = n − 1 … 0 runs the cosine from −1 to 1; the ends are exact.
                    let k = n - 1 - j
                    if k == 0 { return upper }
                    if k == n - 1 { return lower }
                    return centre + half * cos(Double.pi * Double(k) / Double(n - 1))
                }
            }
        }

        /// Whether the nodes other than σ₀ hold every Greek (a span) or only the premium.
        var fullNodes: Bool {
            if case .span = self { return true }
            return false
        }
    }
}

/// The Lagrange basis through `nodes`, x₀ < x₁ < … : ℓ_j(x) = Π_{k≠j} (x − x_k)/(x_j − x_k) and
/// its derivative ℓ_j'(x), built factor by factor with the product rule (no division by
/// x − x_k, so both are exact at a node, where ℓ_j is 1 or 0). O(n) per j.
func lagrangeBasis(_ nodes: ArraySlice<Double>, at x: Double, _ j: Int) -> (value: Double, slope: Double) {
    let xj = nodes[j]
    var value = 1.0
    var slope = 0.0
    for k in nodes.indices where k != j {
        let denominator = xj - nodes[k]
        // d/dx of the running product (value·(x − x_k)/(x_j − x_k)).
        slope = (slope * (x - nodes[k]) + value) / denominator
        value *= (x - nodes[k]) / denominator
    }
    return (value, slope)
}
