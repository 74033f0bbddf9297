import Pricing

/// Whether the student owns the options or has written them.
public enum PositionSide: String, Sendable, Hashable, Codable, CaseIterable {
    case long
    case short

    /// +1 for long, −1 for short.
    public var sign: Double { self == .long ? 1 : -1 }
}

/// An option position: a number of contracts of one option, held long or short.
public struct Position: Sendable, Hashable, Codable {
    /// The option's terms.
    public var contract: OptionContract
    /// Number of contracts, ≥ 1.
    public var contracts: Int
    /// Long or short.
    public var side: PositionSide
    /// The option's own implied volatility, per √year, when it is a leg of a book priced at
    /// another volatility than the market's; nil: the market's (``Market/volatility``).
    public var impliedVolatility: Double?

    public init(contract: OptionContract, contracts: Int, side: PositionSide, impliedVolatility: Double? = nil) {
        self.contract = contract
        self.contracts = contracts
        self.side = side
        self.impliedVolatility = impliedVolatility
    }

    /// The option's implied volatility when the market's has moved from `initial` to `current`
    /// (a noisy or observed implied volatility, ``VolatilityModel``): its own moved by the same
    /// amount, σ + current − initial, floored at 1% as the noisy draws are; exactly its own when
    /// the market's has not moved, and the market's, `current`, when it has none of its own.
    public func impliedVolatility(marketMovedFrom initial: Double, to current: Double) -> Double {
        guard let own = impliedVolatility else { return current }
        return current == initial ? own : max(own + current - initial, 0.01)
    }

    /// m = shares per contract × contracts × (+1 long, −1 short): the position's value is
    /// m·P for a premium P per share (DESIGN.md §2).
    public var multiplier: Double {
        side.sign * Double(contracts * contract.sharesPerContract)
    }
}
