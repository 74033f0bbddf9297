import Pricing

/// How many of one or two traded options and how many shares make a book Δ- and Γ-neutral (one
/// option) or Δ-, Γ- and ν-neutral (two): Hull, *Options, Futures, and Other Derivatives*, the
/// gamma- and vega-neutral sections (DESIGN.md §2.7).
///
/// Quantities count options on one share each, as Hull's do (his "2,000 calls" are 20
/// contracts of 100). With one option O: q = −Γ_book/Γ_O, then n = −(Δ_book + q·Δ_O). With
/// two, q solves [Γ₁ Γ₂; ν₁ ν₂]·q = −(Γ_book, ν_book) by Cramer's rule, then
/// n = −(Δ_book + q₁Δ₁ + q₂Δ₂). Shares are last because their Γ and ν are 0.
public enum OptionHedgeRatios {
    /// The hedge: options held, per traded option in the order given, and shares.
    public struct Holdings: Sendable, Hashable {
        public var options: [Double]
        public var shares: Double
    }

    /// Why a hedge cannot be solved.
    public enum Failure: Error, Sendable, Hashable {
        /// The option's Γ is 0 (or not finite): it cannot offset any Γ.
        case noGamma(option: Int)
        /// The two options' (Γ, ν) are collinear: no mix of them sets both to zero.
        case collinear
    }

    /// A determinant below this fraction of |Γ₁ν₂| + |Γ₂ν₁| counts as zero: the two options'
    /// (Γ, ν) are parallel to within the rounding of their Greeks, and q would be noise.
    public static let collinearityTolerance = 1e-9

    /// How far from proportional two options' (Γ, ν) are: |Γ₁ν₂ − Γ₂ν₁| ÷ (|Γ₁ν₂| + |Γ₂ν₁|),
    /// 0 when proportional, 1 when one has no Γ and the other no vega; 0 when both products are 0.
    ///
    /// For Γs of one sign it is |r₁ − r₂| ÷ (r₁ + r₂) with r = ν ÷ Γ, which under Black–Scholes
    /// is S²·σ·τ (ν per 1.00 of volatility): two options of one expiry and one volatility have a
    /// separation of 0 whatever their strikes (a lattice's American Greeks move it a little off
    /// 0), 90 and 180 days have ⅓. Cramer's rule divides by the determinant, separation × the
    /// sum, so the quantities solved can grow as 1 ÷ separation against what one option alone
    /// holds (they do not where the book's (Γ, ν) lie along one option's).
    public static func separation(_ a: Valuation, _ b: Valuation) -> Double {
        let scale = abs(a.gamma * b.vega) + abs(b.gamma * a.vega)
        guard scale > 0, scale.isFinite else { return 0 }
        return abs(a.gamma * b.vega - b.gamma * a.vega) / scale
    }

    /// The separation below which two options are refused as a Δ-Γ-vega hedge at the start:
    /// below 0.05 their ν ÷ Γ differ by less than a tenth of their mean, and the solved
    /// quantities can reach the order of 1 ÷ 0.05 = 20 times what one option alone holds, a
    /// position in the small difference between two nearly equal risks rather than a hedge of
    /// the book (the course put with a 270 call and a 240 put, both of 90 days: separation 0.005, 41.6
    /// contracts of calls bought to hedge one contract).
    public static let minimumSeparation = 0.05

    /// The holdings that neutralize `book` (Greeks in share-equivalents) with `options` (Greeks
    /// per share), one or two of them.
    public static func solve(book: Valuation, options: [Valuation]) -> Result<Holdings, Failure> {
        precondition((1...2).contains(options.count), "one or two traded options")
        let quantities: [Double]
        if options.count == 1 {
            let gamma = options[0].gamma
            guard gamma != 0, gamma.isFinite else { return .failure(.noGamma(option: 0)) }
            quantities = [-book.gamma / gamma]
        } else {
            let (a, b) = (options[0], options[1])
            let determinant = a.gamma * b.vega - b.gamma * a.vega
            let scale = abs(a.gamma * b.vega) + abs(b.gamma * a.vega)
            guard determinant.isFinite, scale > 0, abs(determinant) > collinearityTolerance * scale else {
                return .failure(.collinear)
            }
            quantities = [
                (-book.gamma * b.vega + b.gamma * book.vega) / determinant,
                (-a.gamma * book.vega + book.gamma * a.vega) / determinant,
            ]
        }
        var delta = book.delta
        for (quantity, option) in zip(quantities, options) { delta += quantity * option.delta }
        return .success(Holdings(options: quantities, shares: -delta))
    }
}
