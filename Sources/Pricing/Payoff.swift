/// What an option pays per share when it is exercised at spot S: the payoff, kept apart from
/// when it may be exercised (``ExerciseStyle``) and from how it is priced (a ``PricingModel``),
/// as QuantLib splits an instrument into payoff, exercise and engine.
///
/// A payoff is a small value type; a new one is one file conforming to this protocol, plus its
/// line in ``Payoffs/registered``. A model states which payoffs it prices
/// (``PricingModel/supports(_:exercise:)``): the closed form reads ``BlackScholesClosedForm``,
/// the lattices read ``VanillaPayoff`` only.
public protocol Payoff: Sendable, Hashable, CustomStringConvertible {
    /// The names `--type` accepts for this kind of payoff, one per side (`call`, `put`).
    static var names: [String] { get }

    /// The payoff called `name` (one of ``names``) with `terms`; nil for another name.
    init?(name: String, terms: PayoffTerms)

    /// The name users write after `--type` and `summary.json` reports (`put`, `digital-call`).
    var name: String { get }

    /// Which side of the strike pays: a call's (S > K) or a put's (S < K).
    var side: OptionType { get }

    /// The same payoff on `side` of the strike.
    func on(side: OptionType) -> Self

    /// The payoff per share at `spot` for `strike`, currency per share.
    func value(spot: Double, strike: Double) -> Double

    /// The payoff's slope ∂payoff/∂S at `spot`, the Δ at expiry. Where the payoff bends or jumps
    /// (at the strike) it is the average of the one-sided slopes, as a lattice's node reads it.
    func slope(spot: Double, strike: Double) -> Double

    /// The cash per share the payoff pays in the money, when it pays a fixed amount; nil for a
    /// payoff that grows with the spot.
    var payout: Double? { get }

    /// How much the payoff jumps across the strike, currency per share: 0 for a continuous
    /// payoff (the default), the payout for a digital. Where it is not 0, Γ near the strike
    /// grows without bound as expiry nears: pin risk.
    var jumpAtStrike: Double { get }

    /// This payoff's Black–Scholes closed form, nil when it has none: a witness, so the model
    /// finds it without a dynamic cast on every valuation.
    var blackScholesClosedForm: (any BlackScholesClosedForm)? { get }
}

extension Payoff {
    /// The name in prose: `put`, `digital call`.
    public var description: String { name.replacingOccurrences(of: "-", with: " ") }

    public var payout: Double? { nil }

    public var jumpAtStrike: Double { 0 }

    public var blackScholesClosedForm: (any BlackScholesClosedForm)? { nil }

    /// Whether the payoff pays a positive amount at `spot`: S above the strike on a call's side,
    /// below it on a put's.
    public func isInTheMoney(spot: Double, strike: Double) -> Bool {
        side == .call ? spot > strike : spot < strike
    }

    /// The same terms: equal as values of the same type. Opens `other` and compares the two
    /// types' metadata, so no dynamic cast runs (a valuation grid compares contracts on every
    /// date of every path).
    func isSame(as other: any Payoff) -> Bool {
        isSame(other)
    }

    private func isSame<Other: Payoff>(_ other: Other) -> Bool {
        guard Other.self == Self.self else { return false }
        return unsafeBitCast(other, to: Self.self) == self
    }
}

/// The terms a payoff may read besides the strike, as the user gave them.
public struct PayoffTerms: Sendable, Hashable {
    /// Cash per share paid in the money by a payoff that pays a fixed amount, USD per share.
    public var payout: Double

    /// The default terms: a payout of 1 per share.
    public static let standard = PayoffTerms(payout: 1)

    public init(payout: Double) {
        self.payout = payout
    }
}

/// Every payoff the tool knows, one line per kind: `--type`'s allowed values, the help text and
/// decoding read this list, so a new payoff is registered here and nowhere else.
public enum Payoffs {
    /// The payoff types, in the order `--type`'s help lists their names.
    public static let registered: [any Payoff.Type] = [
        VanillaPayoff.self,
        DigitalPayoff.self,
    ]

    /// Every name `--type` accepts.
    public static var names: [String] { registered.flatMap { $0.names } }

    /// The payoff called `name` with `terms`; nil when no registered payoff has that name.
    public static func payoff(named name: String, terms: PayoffTerms = .standard) -> (any Payoff)? {
        for kind in registered {
            if let payoff = kind.init(name: name, terms: terms) { return payoff }
        }
        return nil
    }
}
