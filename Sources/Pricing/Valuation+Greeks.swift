extension Valuation {
    /// Which Greeks a reader of a ``Valuation`` uses, the premium always read: what a model
    /// may compute and leave out (``PricingModel/valuationAtFixedRateDecidingExercise(of:in:reading:)``).
    ///
    /// A ``ValuationGrid`` interpolates only these and leaves the others 0; a model that values
    /// everything at once gives them all. A study's main batch reads Δ, Γ and Θ of each
    /// path-date, not the vega and ρ that its steps multiply by a zero dσ and dr (issue 26: the
    /// grid's reading fell from 36 % to 23 % of that run's profile).
    public struct Greeks: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// ∂P/∂S.
        public static let delta = Greeks(rawValue: 1 << 0)
        /// ∂²P/∂S².
        public static let gamma = Greeks(rawValue: 1 << 1)
        /// ∂P/∂t.
        public static let theta = Greeks(rawValue: 1 << 2)
        /// ∂P/∂σ.
        public static let vega = Greeks(rawValue: 1 << 3)
        /// ∂P/∂r.
        public static let rho = Greeks(rawValue: 1 << 4)
        /// Every Greek: a full ``Valuation``.
        public static let all: Greeks = [.delta, .gamma, .theta, .vega, .rho]
    }
}
