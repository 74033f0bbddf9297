/// Price and Greeks of one option, per share, in the code's units.
///
/// Units: price in currency per share; Δ per 1 currency unit of spot; Γ per (currency unit)²;
/// Θ = ∂P/∂t per year (calendar time passing, so usually negative for a long option);
/// vega = ∂P/∂σ per 1.00 of volatility; rho = ∂P/∂r per 1.00 of rate. A reader sees Θ per
/// day (÷365), vega per vol point (÷100) and rho per 1% (÷100): see the `per…` accessors.
public struct Valuation: Sendable, Hashable, Codable {
    /// Premium, currency per share.
    public var price: Double
    /// ∂P/∂S.
    public var delta: Double
    /// ∂²P/∂S², per currency unit.
    public var gamma: Double
    /// ∂P/∂t, currency per share per year.
    public var theta: Double
    /// ∂P/∂σ, currency per share per 1.00 of volatility.
    public var vega: Double
    /// ∂P/∂r, currency per share per 1.00 of rate.
    public var rho: Double

    public init(price: Double, delta: Double, gamma: Double, theta: Double, vega: Double, rho: Double) {
        self.price = price
        self.delta = delta
        self.gamma = gamma
        self.theta = theta
        self.vega = vega
        self.rho = rho
    }

    /// Θ per calendar day (ACT/365).
    public var thetaPerDay: Double { theta / 365 }
    /// Vega per volatility point (0.01 of volatility).
    public var vegaPerPoint: Double { vega / 100 }
    /// Rho per 1% of rate.
    public var rhoPerPercent: Double { rho / 100 }

    /// True when every field is a finite number.
    public var isFinite: Bool {
        // Six tests, no array built: it runs on every date of every path of a study.
        price.isFinite && delta.isFinite && gamma.isFinite && theta.isFinite && vega.isFinite && rho.isFinite
    }
}
