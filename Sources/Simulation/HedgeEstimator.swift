import Pricing

/// How the share-balance hedge estimates the premium change dP over one interval, from the
/// valuation at the interval's start (DESIGN.md §2.1).
public enum HedgeEstimator: String, Sendable, Hashable, Codable, CaseIterable {
    /// dP̂ = Δ·dS.
    case delta
    /// dP̂ = Δ·dS + ½Γ·dS².
    case deltaGamma = "delta-gamma"
    /// dP̂ = Δ·dS + ½Γ·dS² + Θ·dt + ν·dσ + ρ·dr, the full Taylor expansion.
    case greeks
    /// dP̂ = P(t + dt) − P(t), the model repricing itself: perfect information, zero residual.
    case exact

    /// The Greeks of the interval's start that ``premiumChange(from:to:spotChange:timeChange:volatilityChange:rateChange:)``
    /// reads (the premiums aside).
    public var greeksRead: Valuation.Greeks {
        switch self {
        case .delta: [.delta]
        case .deltaGamma: [.delta, .gamma]
        case .greeks: .all
        case .exact: []
        }
    }

    /// The estimate of dP for a move from `start` to `end`.
    ///
    /// - Parameters:
    ///   - start: valuation at the interval's start (its Greeks are used).
    ///   - end: valuation at the interval's end (used by `exact` only).
    ///   - spotChange: dS, currency per share.
    ///   - timeChange: dt, years.
    ///   - volatilityChange: dσ, per 1.00 of volatility.
    ///   - rateChange: dr, per 1.00 of rate.
    @inlinable
    public func premiumChange(
        from start: Valuation,
        to end: Valuation,
        spotChange: Double,
        timeChange: Double,
        volatilityChange: Double = 0,
        rateChange: Double = 0
    ) -> Double {
        switch self {
        case .delta:
            start.delta * spotChange
        case .deltaGamma:
            start.delta * spotChange + 0.5 * start.gamma * spotChange * spotChange
        case .greeks:
            start.delta * spotChange + 0.5 * start.gamma * spotChange * spotChange
                + start.theta * timeChange + start.vega * volatilityChange + start.rho * rateChange
        case .exact:
            end.price - start.price
        }
    }
}
