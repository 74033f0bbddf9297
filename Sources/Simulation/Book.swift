import Pricing

/// What the hedger holds and hedges: option legs and shares of the underlying (DESIGN.md §2.7).
///
/// Each holding is an instrument with a signed multiplier: a leg's is 100 × contracts × (±1),
/// a share's is 1 (its Δ is 1, its other Greeks 0). The book's value and Greeks are the sums
/// over holdings of multiplier × per-unit figure (QuantLib's instrument and quantity, summed by
/// an account), in USD and share-equivalents.
///
/// The hedges (``ShareBalanceHedge``, ``TextbookHedge``) are written, as the lecture writes
/// them, for a position of multiplier m and premium P per share. A book keeps that form: its
/// m is the first leg's (the *reference* leg), and its "premium" is its value per unit of m,
/// P_book = (Σᵢ mᵢ·Pᵢ + n_s·S)/m, so that m·P_book is the book's value and m·Δ_book its Δ in
/// shares. A book of one leg and no shares is that leg, bit for bit: P_book = P.
public struct Book: Sendable, Hashable, Codable {
    /// The option legs, the reference leg first; at least one.
    public var legs: [Position]
    /// Shares of the underlying held as part of the position, negative = short (a covered
    /// call's +100); not the hedge's shares.
    public var shares: Double

    public init(legs: [Position], shares: Double = 0) {
        precondition(!legs.isEmpty, "a book holds at least one option leg")
        self.legs = legs
        self.shares = shares
    }

    /// A book of one option position and no shares.
    public init(_ position: Position) {
        self.init(legs: [position])
    }

    /// The reference leg, whose multiplier is the book's m.
    public var reference: Position {
        get { legs[0] }
        set { legs[0] = newValue }
    }

    /// m, the reference leg's signed multiplier; the book's value is m·P_book.
    public var multiplier: Double { reference.multiplier }

    /// True when the book is one option leg and no shares: the lecture's case.
    public var isSingleOption: Bool { legs.count == 1 && shares == 0 }

    /// True when the book holds one option leg, with or without shares: a share has no Γ and
    /// the hedge offsets its Δ one for one, so the hedged book's P&L is the option's alone and
    /// the one-option theories (discrete hedging, volatility mismatch) describe it unchanged.
    public var hasOneOptionLeg: Bool { legs.count == 1 }

    /// Whether a leg's payoff jumps at its strike (a digital): its Γ grows without bound at the
    /// strike as expiry nears, so the discrete-hedging formula, which expands each step's error
    /// in a bounded Γ, and the sign of a holding's Γ do not describe it.
    public var payoffJumpsAtStrike: Bool {
        legs.contains { $0.contract.payoff.jumpAtStrike > 0 }
    }

    /// The earliest expiry of the legs, years: the book can be simulated up to it (after it
    /// the expired leg would be cash, which the hedges do not hold).
    public var earliestExpiry: Double {
        legs.map(\.contract.expiry).min()!
    }

    /// The book's valuation per unit of ``multiplier``: Σᵢ (mᵢ/m)·Vᵢ over the legs, plus
    /// (n_s/m)·(S, Δ = 1) for its shares; `legs` are the per-share valuations in leg order.
    /// For one leg and no shares it returns that leg's valuation unchanged.
    public func valuation(legs values: [Valuation], spot: Double) -> Valuation {
        precondition(values.count == legs.count, "one valuation per leg")
        let m = multiplier
        var total = values[0]
        for (leg, value) in zip(legs, values).dropFirst() {
            total.add(value, times: leg.multiplier / m)
        }
        if shares != 0 {
            total.price += shares / m * spot
            total.delta += shares / m
        }
        return total
    }

    /// The book's Greeks in share-equivalents (USD for the value): Σᵢ mᵢ·Vᵢ + n_s·(S, Δ = 1).
    public func totals(legs values: [Valuation], spot: Double) -> Valuation {
        precondition(values.count == legs.count, "one valuation per leg")
        var total = Valuation(price: shares * spot, delta: shares, gamma: 0, theta: 0, vega: 0, rho: 0)
        for (leg, value) in zip(legs, values) {
            total.add(value, times: leg.multiplier)
        }
        return total
    }
}

extension Valuation {
    /// `weight` × this valuation, figure by figure.
    func scaled(by weight: Double) -> Valuation {
        Valuation(
            price: weight * price, delta: weight * delta, gamma: weight * gamma,
            theta: weight * theta, vega: weight * vega, rho: weight * rho
        )
    }

    /// Adds `weight` × `other`, figure by figure.
    mutating func add(_ other: Valuation, times weight: Double) {
        price += weight * other.price
        delta += weight * other.delta
        gamma += weight * other.gamma
        theta += weight * other.theta
        vega += weight * other.vega
        rho += weight * other.rho
    }
}
