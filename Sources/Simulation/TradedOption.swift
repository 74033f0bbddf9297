import Pricing

/// An option the hedger trades besides shares (`--hedge-with`): its terms and its own implied
/// volatility, valued along the path as a book's legs are.
public struct TradedOption: Sendable, Hashable, Codable {
    public var contract: OptionContract
    /// Per √year; nil: the market's.
    public var impliedVolatility: Double?

    public init(contract: OptionContract, impliedVolatility: Double? = nil) {
        self.contract = contract
        self.impliedVolatility = impliedVolatility
    }

    /// As a position of one long contract, to be valued like a leg.
    public var position: Position {
        Position(contract: contract, contracts: 1, side: .long, impliedVolatility: impliedVolatility)
    }
}

/// A hedge richer than shares alone, named as `summary.json` names it.
public enum OptionHedgeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Shares only, −Δ_book: the textbook hedge.
    case shares
    /// Δ- and Γ-neutral with the first traded option.
    case deltaGamma = "delta-gamma"
    /// Δ-, Γ- and ν-neutral with both traded options.
    case deltaGammaVega = "delta-gamma-vega"

    /// How many traded options the hedge uses.
    public var optionCount: Int {
        switch self {
        case .shares: 0
        case .deltaGamma: 1
        case .deltaGammaVega: 2
        }
    }

    /// The hedges a run with `count` traded options compares: shares, then each richer one.
    public static func compared(options count: Int) -> [OptionHedgeKind] {
        Array(allCases.prefix(count + 1))
    }
}
