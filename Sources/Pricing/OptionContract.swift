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
    /// What it pays per share at exercise (``VanillaPayoff``, or another registered ``Payoff``).
    public var payoff: any Payoff
    /// European or American exercise.
    public var style: ExerciseStyle
    /// Strike price, currency per share.
    public var strike: Double
    /// Expiry in years after the valuation origin t = 0 (ACT/365).
    public var expiry: Double
    /// Shares delivered per contract (100 for US listed equity options).
    public var sharesPerContract: Int

    public init(
        payoff: any Payoff,
        style: ExerciseStyle,
        strike: Double,
        expiry: Double,
        sharesPerContract: Int = 100
    ) {
        self.payoff = payoff
        self.style = style
        self.strike = strike
        self.expiry = expiry
        self.sharesPerContract = sharesPerContract
    }

    /// A vanilla call or put.
    public init(
        type: OptionType,
        style: ExerciseStyle,
        strike: Double,
        expiry: Double,
        sharesPerContract: Int = 100
    ) {
        self.init(payoff: VanillaPayoff(type), style: style, strike: strike, expiry: expiry, sharesPerContract: sharesPerContract)
    }

    /// The side of the strike that pays (call: above, put: below); setting it keeps the kind of
    /// payoff and moves it to the other side.
    public var type: OptionType {
        get { payoff.side }
        set { payoff = payoff.on(side: newValue) }
    }

    /// The exercise value per share at `spot`: the payoff, e.g. max(S − K, 0) for a call.
    @inlinable
    public func intrinsicValue(spot: Double) -> Double {
        payoff.value(spot: spot, strike: strike)
    }

    /// The same terms with the other exercise style.
    public func with(style: ExerciseStyle) -> OptionContract {
        var copy = self
        copy.style = style
        return copy
    }

    public static func == (lhs: OptionContract, rhs: OptionContract) -> Bool {
        lhs.strike == rhs.strike && lhs.expiry == rhs.expiry && lhs.style == rhs.style
            && lhs.sharesPerContract == rhs.sharesPerContract && lhs.payoff.isSame(as: rhs.payoff)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(payoff)
        hasher.combine(style)
        hasher.combine(strike)
        hasher.combine(expiry)
        hasher.combine(sharesPerContract)
    }

    private enum CodingKeys: String, CodingKey {
        case type, payout, style, strike, expiry, sharesPerContract
    }

    /// Decodes the payoff by its registered name (``Payoffs``) and its terms.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .type)
        let payout = try container.decodeIfPresent(Double.self, forKey: .payout)
        guard let payoff = Payoffs.payoff(named: name, terms: payout.map(PayoffTerms.init) ?? .standard) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "no payoff is called '\(name)'; one of \(Payoffs.names.joined(separator: ", "))"
            )
        }
        self.init(
            payoff: payoff,
            style: try container.decode(ExerciseStyle.self, forKey: .style),
            strike: try container.decode(Double.self, forKey: .strike),
            expiry: try container.decode(Double.self, forKey: .expiry),
            sharesPerContract: try container.decode(Int.self, forKey: .sharesPerContract)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(payoff.name, forKey: .type)
        try container.encodeIfPresent(payoff.payout, forKey: .payout)
        try container.encode(style, forKey: .style)
        try container.encode(strike, forKey: .strike)
        try container.encode(expiry, forKey: .expiry)
        try container.encode(sharesPerContract, forKey: .sharesPerContract)
    }
}
