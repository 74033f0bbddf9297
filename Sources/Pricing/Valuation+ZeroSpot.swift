import Foundation

extension Valuation {
    /// Spots below this fraction of the strike are valued by ``nearZeroSpot(_:_:)``.
    ///
    /// There ln(S/K) < −460, so d₁ < −460/(σ√τ) ≤ −8.4 even at the largest σ√τ a user may give
    /// (σ = 10, τ = 30 years): N(d₁) < 3·10⁻¹⁷, and the limits below are the model's value to
    /// double precision. A lattice cannot price such spots itself: its nodes S·u^{±k} underflow
    /// into subnormal numbers, whose differences (Δ, Γ) lose every digit.
    static let negligibleSpotRatio = 1e-200

    /// Whether `market`'s spot is 0 or negligible against `contract`'s strike.
    static func spotIsNegligible(_ contract: OptionContract, _ market: Market) -> Bool {
        market.spot < negligibleSpotRatio * contract.strike
    }

    /// Value and Greeks per share when the share price is 0 or negligible against the strike:
    /// the limits as S → 0⁺, keeping the terms linear in S.
    ///
    /// A share whose price reaches 0 stays there (geometric Brownian motion and a
    /// multiplicative walk are absorbed at 0; a walk's down moves can underflow a Double to 0).
    /// A call is then worth nothing, with every Greek 0. A European put is a sure K less the
    /// share: P = K·e^{−rτ} − S·e^{−qτ}, Δ = −e^{−qτ} (the limit of −e^{−qτ}·N(−d₁)), Γ = 0,
    /// Θ = ∂P/∂t = r·K·e^{−rτ} − q·S·e^{−qτ}, vega 0, ρ = −τ·K·e^{−rτ}. An American put with r > 0
    /// is exercised at once (K − S > K·e^{−rτ} − S·e^{−qτ} for S this small): P = K − S, Δ = −1,
    /// the other Greeks 0; with r ≤ 0 waiting is worth at least as much and it has the European
    /// put's values. τ in years, Θ per year, vega per 1.00 of volatility, ρ per 1.00 of rate.
    static func nearZeroSpot(_ contract: OptionContract, _ market: Market) -> Valuation {
        let tau = market.timeToExpiry(of: contract)
        let s = market.spot, k = contract.strike
        guard contract.type == .put else { return Valuation(price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0) }
        if tau <= 0 || (contract.style == .american && market.rate > 0) {
            return Valuation(price: k - s, delta: -1, gamma: 0, theta: 0, vega: 0, rho: 0)
        }
        let discounted = k * exp(-market.rate * tau)
        let dividendDiscount = exp(-market.dividendYield * tau)
        return Valuation(
            price: discounted - s * dividendDiscount,
            delta: -dividendDiscount,
            gamma: 0,
            theta: market.rate * discounted - market.dividendYield * s * dividendDiscount,
            vega: 0,
            rho: -tau * discounted
        )
    }
}
