import Foundation
import Pricing

/// Everything a single-path hedge simulation needs, resolved, in four parts: the book that is
/// hedged, the market at t = 0, how the share price moves (``PathDynamics``), and how the book
/// is hedged (``HedgingStrategy``). A Monte Carlo study of many paths is built on one scenario
/// (`MonteCarloStudy` in Analytics).
public struct HedgeScenario: Sendable, Hashable, Codable {
    /// The holdings being hedged: one option position in the lecture's case.
    public var book: Book
    /// The market at t = 0; its volatility is the implied volatility used for pricing (the
    /// reference leg's; other legs may carry their own, ``Position/impliedVolatility``).
    public var market: Market
    /// How the share price and the implied volatility move: the real-world measure.
    public var dynamics: PathDynamics
    /// How the book is hedged: the schedule, the rule, the costs, the instruments.
    public var hedge: HedgingStrategy

    public init(book: Book, market: Market, dynamics: PathDynamics, hedge: HedgingStrategy) {
        self.book = book
        self.market = market
        self.dynamics = dynamics
        self.hedge = hedge
    }

    /// The book's reference leg (its first), whose multiplier m the hedges are written with:
    /// the position itself in the lecture's case of one option.
    public var position: Position {
        get { book.reference }
        set { book.reference = newValue }
    }

    /// The implied volatility the option is valued at on each of the first `count` dates of a
    /// path, by the volatility model and the seed. The noise has its own stream, so turning it
    /// on leaves the price path as it was.
    public func impliedVolatilities(count: Int) -> [Double] {
        impliedVolatilities(count: count, seed: dynamics.seed)
    }

    /// ``impliedVolatilities(count:)`` of the path seeded `seed` (a study's path k).
    public func impliedVolatilities(count: Int, seed: UInt64) -> [Double] {
        var volatilityGenerator = SplitMix64(seed: seed ^ 0x5EED_0F_1F_0A_7115)
        return dynamics.volatilityModel.volatilities(initial: market.volatility, count: count, using: &volatilityGenerator)
    }

    /// The share prices at the rebalancing dates, by the path model and the seed.
    public func pricePath() -> PricePath {
        pricePath(at: hedge.schedule.times)
    }

    /// Checks every input, naming the first that is out of range: the book
    /// (``Book/validate()``), the path's dynamics and the hedge up to the book's earliest expiry
    /// (``PathDynamics/validate(expiringAt:)``, ``HedgingStrategy/validate(expiringAt:)``), then
    /// what reads several parts: the rule and the hedging volatility against the book, and a
    /// drawn path's model against the scenario (``PathProcess/validate(in:)``).
    public func validate() throws(SimulationError) {
        try book.validate()
        try dynamics.validate(expiringAt: book.earliestExpiry)
        try hedge.validate(expiringAt: book.earliestExpiry)
        try validateRebalancing()
        try validateHedgeVolatility()
        try dynamics.pathModel.process?.validate(in: self)
    }
}
