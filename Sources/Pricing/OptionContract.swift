/// Whether the option gives the right to buy (call) or to sell (put).
public enum OptionType: String, Sendable, Hashable, Codable, CaseIterable {
    case call
    case put
}

/// When the option may be exercised.
public enum ExerciseStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// At expiry only.
    case european
    /// At any time up to expiry (US listed equity options, TSLA's among them).
    case american
}

/// The terms of an option contract: what it pays and when, nothing about the market.
///
/// Time is measured in years (ACT/365) from the valuation origin t = 0 of a run; a
/// ``Market`` says how much of it has passed. Nothing is cached here: pricing models read
/// these terms and return a ``Valuation``.
public struct OptionContract: Sendable, Hashable, Codable {
    /// Call or put.
    public var type: OptionType
    /// European or American exercise.
    public var style: ExerciseStyle
    /// Strike price, currency per share.
    public var strike: Double
    /// Expiry in years after the valuation origin t = 0 (ACT/365).
    public var expiry: Double
    /// Shares delivered per contract (100 for US listed equity options).
    public var sharesPerContract: Int

    public init(
        type: OptionType,
        style: ExerciseStyle,
        strike: Double,
        expiry: Double,
        sharesPerContract: Int = 100
    ) {
        self.type = type
        self.style = style
        self.strike = strike
        self.expiry = expiry
        self.sharesPerContract = sharesPerContract
    }

    /// The exercise value per share at `spot`: max(S − K, 0) for a call, max(K − S, 0) for a put.
    @inlinable
    public func intrinsicValue(spot: Double) -> Double {
        switch type {
        case .call: max(spot - strike, 0)
        case .put: max(strike - spot, 0)
        }
    }

    /// The same terms with the other exercise style.
    public func with(style: ExerciseStyle) -> OptionContract {
        var copy = self
        copy.style = style
        return copy
    }
}
