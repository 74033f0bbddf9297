extension Valuation {
    /// One quantity of a valuation as a reader sees it.
    public struct ReaderQuantity: Sendable, Hashable {
        /// Short name: price, delta, gamma, theta, vega, rho.
        public var name: String
        /// Greek letter or symbol: P, Δ, Γ, Θ, ν, ρ.
        public var symbol: String
        /// The value in ``unit``.
        public var value: Double
        /// The unit the value is in, per share.
        public var unit: String
    }

    /// Price and Greeks in the units a reader expects (DESIGN.md §2.5): Θ per calendar day,
    /// vega per vol point, rho per 1% of rate; the same list wherever a valuation is shown.
    public var readerQuantities: [ReaderQuantity] {
        [
            ReaderQuantity(name: "price", symbol: "P", value: price, unit: "USD per share"),
            ReaderQuantity(name: "delta", symbol: "Δ", value: delta, unit: "per USD of spot"),
            ReaderQuantity(name: "gamma", symbol: "Γ", value: gamma, unit: "per USD² of spot"),
            ReaderQuantity(name: "theta", symbol: "Θ", value: thetaPerDay, unit: "USD per share per calendar day"),
            ReaderQuantity(name: "vega", symbol: "ν", value: vegaPerPoint, unit: "USD per share per vol point"),
            ReaderQuantity(name: "rho", symbol: "ρ", value: rhoPerPercent, unit: "USD per share per 1% of rate"),
        ]
    }
}
