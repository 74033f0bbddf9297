import Pricing

/// A price path with the position valued at every point: the input every hedge shares.
public struct ValuedPath: Sendable, Hashable, Codable {
    /// Times and share prices.
    public var path: PricePath
    /// The market at each point (spot, rate, dividend yield, the reference leg's implied
    /// volatility, time).
    public var markets: [Market]
    /// Premium and Greeks per share at each point, in ``Valuation``'s units: the option's, or a
    /// book's per unit of its multiplier m (``Book/valuation(legs:spot:)``). Rho is the model's
    /// at the first point; at later points it is what ``PricingModel/valuationAtFixedRate(of:in:)``
    /// gives, 0 on a lattice (see ``value(_:along:market:volatilities:model:threads:)``).
    public var valuations: [Valuation]
    /// Each leg's premium and Greeks per share at each point, outer index the leg (in the
    /// book's order); for a single option, `[valuations]`.
    public var legValuations: [[Valuation]]

    public init(path: PricePath, markets: [Market], valuations: [Valuation], legValuations: [[Valuation]]? = nil) {
        self.path = path
        self.markets = markets
        self.valuations = valuations
        self.legValuations = legValuations ?? [valuations]
    }

    /// Values every leg of `book` along `path` with `model` (``value(_:along:market:volatilities:model:threads:)``)
    /// and sums them into the book's valuation per unit of its multiplier.
    ///
    /// Leg i is valued at its own implied volatility σᵢ moved by the same amount as the
    /// market's (``Position/impliedVolatility(marketMovedFrom:to:)``).
    public static func value(
        _ book: Book,
        along path: PricePath,
        market: Market,
        volatilities: [Double]? = nil,
        model: some PricingModel,
        threads: Int = 1
    ) throws(SimulationError) -> ValuedPath {
        var legs = [ValuedPath]()
        legs.reserveCapacity(book.legs.count)
        for leg in book.legs {
            let (legMarket, legVolatilities) = inputs(of: leg, market: market, volatilities: volatilities)
            legs.append(try value(
                leg.contract, along: path, market: legMarket, volatilities: legVolatilities, model: model, threads: threads
            ))
        }
        return combined(book, legs: legs)
    }

    /// Values `book`, whose one option leg is an American `contract` (``Book/reference``), along
    /// `path` up to and including the first date at which `model` exercises it, and says which
    /// date that is: what ``value(_:along:market:volatilities:model:threads:)``, then
    /// ``firstOptimalExercise(of:model:)`` and ``truncated(through:)`` give, bit for bit, without
    /// pricing the dates after the exercise that nothing reads (about a fifth of a Monte Carlo
    /// study's main batch on the course's put). With `threads` > 1, or a book of several legs or
    /// a European option, it values every date (concurrently) and then looks for the exercise.
    ///
    /// With `greeks` less than ``Valuation/Greeks/all``, the dates between the first and the last
    /// may carry only the premium and those Greeks (the others 0,
    /// ``PricingModel/valuationAtFixedRateDecidingExercise(of:in:reading:)``): for a caller that
    /// reads no other.
    ///
    /// - Throws: ``SimulationError`` naming the earliest step, up to the exercise date, at which
    ///   the model fails or returns a non-finite value.
    public static func valueToExercise(
        _ book: Book,
        along path: PricePath,
        market: Market,
        volatilities: [Double]? = nil,
        model: some PricingModel,
        threads: Int = 1,
        reading greeks: Valuation.Greeks = .all
    ) throws(SimulationError) -> (valued: ValuedPath, exerciseStep: Int?) {
        let contract = book.reference.contract
        guard threads == 1, book.legs.count == 1, contract.style == .american, path.times.count > 1 else {
            let valued = try value(book, along: path, market: market, volatilities: volatilities, model: model, threads: threads)
            guard let step = valued.firstOptimalExercise(of: contract, model: model) else { return (valued, nil) }
            return (valued.truncated(through: step), step)
        }
        let (legMarket, legVolatilities) = inputs(of: book.legs[0], market: market, volatilities: volatilities)
        var markets = [Market](), valuations = [Valuation]()
        markets.reserveCapacity(path.times.count)
        valuations.reserveCapacity(path.times.count)
        var exerciseStep: Int?
        let last = path.times.count - 1
        for index in path.times.indices {
            let point = self.market(legMarket, at: index, of: path, volatilities: legVolatilities)
            let valuation: Valuation, exercises: Bool
            if index > 0, index < last {
                // The dates between: valuation and decision in one call (a grid finds the date once).
                (valuation, exercises) = try checked(step: index, in: point) { () throws(PricingError) in
                    try model.valuationAtFixedRateDecidingExercise(of: contract, in: point, reading: greeks)
                }
            } else {
                valuation = try value(contract, at: index, in: point, model: model)
                exercises = index < last && model.exercisesEarly(contract, in: point, premium: valuation.price)
            }
            markets.append(point)
            valuations.append(valuation)
            if exercises {
                exerciseStep = index
                break
            }
        }
        let leg = ValuedPath(path: path, markets: markets, valuations: valuations)
        guard let exerciseStep else { return (combined(book, legs: [leg]), nil) }
        return (combined(book, legs: [leg.truncated(through: exerciseStep)]), exerciseStep)
    }

    /// The market and the volatilities `leg` is valued at: the book's, moved to the leg's own
    /// implied volatility σᵢ by as much as the market's moves
    /// (``Position/impliedVolatility(marketMovedFrom:to:)``) when it has one.
    private static func inputs(
        of leg: Position, market: Market, volatilities: [Double]?
    ) -> (market: Market, volatilities: [Double]?) {
        guard let own = leg.impliedVolatility, own != market.volatility else { return (market, volatilities) }
        var legMarket = market
        legMarket.volatility = own
        return (legMarket, volatilities?.map { leg.impliedVolatility(marketMovedFrom: market.volatility, to: $0) })
    }

    /// The book's valued path from its legs' (valued along the same dates): the one leg's when the
    /// book is a single option, else the book's valuation per unit of its multiplier at each date.
    private static func combined(_ book: Book, legs: [ValuedPath]) -> ValuedPath {
        guard !book.isSingleOption else { return legs[0] }
        let path = legs[0].path
        let valuations = path.spots.indices.map { i in book.valuation(legs: legs.map { $0.valuations[i] }, spot: path.spots[i]) }
        return ValuedPath(path: path, markets: legs[0].markets, valuations: valuations, legValuations: legs.map(\.valuations))
    }

    /// Values `contract` along `path` with `model`, keeping rate and dividend yield of `market`
    /// fixed; the volatility is `volatilities[i]` at date i, or the market's at every date.
    /// The dates are independent and priced on up to `threads` threads (``concurrentMap``):
    /// the same valuations, and the same error, whatever the number.
    ///
    /// The first date gets the model's full ``PricingModel/valuation(of:in:)``, whose ρ the
    /// report shows; every later one ``PricingModel/valuationAtFixedRate(of:in:)``, the same
    /// premium, Δ, Γ, Θ and vega bit for bit. The rate is the same at every date, so a step's
    /// ρ·dr is 0 whatever ρ is: on a lattice, rho's two rate-bumped trees of 4N levels are
    /// 16 of a valuation's 19 lattices' work at N = 366, and an every-minute run to expiry
    /// spent 84 % of its time on a figure no step reads.
    ///
    /// - Throws: ``SimulationError`` naming the step and its inputs when the model fails or
    ///   returns a non-finite value (the earliest such step).
    public static func value(
        _ contract: OptionContract,
        along path: PricePath,
        market: Market,
        volatilities: [Double]? = nil,
        model: some PricingModel,
        threads: Int = 1
    ) throws(SimulationError) -> ValuedPath {
        let markets = path.times.indices.map { self.market(market, at: $0, of: path, volatilities: volatilities) }
        let valuations = try concurrentMap(markets.count, threads: threads) { (index: Int) throws(SimulationError) -> Valuation in
            try value(contract, at: index, in: markets[index], model: model)
        }
        return ValuedPath(path: path, markets: markets, valuations: valuations)
    }

    /// `market` at date `index` of `path`: its time and spot, and `volatilities[index]` when given.
    private static func market(_ market: Market, at index: Int, of path: PricePath, volatilities: [Double]?) -> Market {
        var market = market
        market.time = path.times[index]
        market.spot = path.spots[index]
        if let volatilities { market.volatility = volatilities[index] }
        return market
    }

    /// The valuation of `contract` at date `index`, in `point`: the model's full one at the first
    /// date, at a fixed rate after (see ``value(_:along:market:volatilities:model:threads:)``).
    ///
    /// - Throws: ``SimulationError`` naming the step when the model fails or the value is not finite.
    private static func value(
        _ contract: OptionContract, at index: Int, in point: Market, model: some PricingModel
    ) throws(SimulationError) -> Valuation {
        try checked(step: index, in: point) { () throws(PricingError) in
            (
                valuation: index == 0
                    ? try model.valuation(of: contract, in: point)
                    : try model.valuationAtFixedRate(of: contract, in: point),
                exercises: false
            )
        }.valuation
    }

    /// What `price` gives at step `index`, in `point`, its failure or a non-finite valuation
    /// thrown as a ``SimulationError`` naming the step.
    @inline(__always)
    private static func checked(
        step index: Int, in point: Market, _ price: () throws(PricingError) -> (valuation: Valuation, exercises: Bool)
    ) throws(SimulationError) -> (valuation: Valuation, exercises: Bool) {
        let result: (valuation: Valuation, exercises: Bool)
        do throws(PricingError) {
            result = try price()
        } catch {
            throw SimulationError(.pricingFailed(step: index, time: point.time, spot: point.spot, error))
        }
        guard result.valuation.isFinite else {
            throw SimulationError(.pricingFailed(
                step: index, time: point.time, spot: point.spot, PricingError(.nonFiniteResult("\(result.valuation)"))
            ))
        }
        return result
    }

    /// The path up to and including date `last`.
    public func truncated(through last: Int) -> ValuedPath {
        let count = min(last + 1, path.times.count)
        return ValuedPath(
            path: PricePath(times: Array(path.times.prefix(count)), spots: Array(path.spots.prefix(count))),
            markets: Array(markets.prefix(count)),
            valuations: Array(valuations.prefix(count)),
            legValuations: legValuations.map { Array($0.prefix(count)) }
        )
    }

    /// The first date before the last at which `model` exercises an American option, the first
    /// leg's `contract`, if any (``PricingModel/exercisesEarly(_:in:premium:)``: its premium at
    /// intrinsic on a lattice priced at the spot, the spot past the lattice's exercise boundary on
    /// a ``ValuationGrid``). The start counts: an option worth its intrinsic value when bought is
    /// exercised at once, not a day later at the cost of a day's interest on the strike.
    public func firstOptimalExercise(of contract: OptionContract, model: some PricingModel) -> Int? {
        let values = legValuations[0]
        guard contract.style == .american, values.count > 1 else { return nil }
        return (0..<(values.count - 1)).first { index in
            model.exercisesEarly(contract, in: markets[index], premium: values[index].price)
        }
    }

    /// True when the model's `premium` at `spot` is the intrinsic value of `contract` (to 1e-12
    /// of it) and that is positive: exercising is optimal there.
    @inlinable
    public static func exerciseIsOptimal(_ contract: OptionContract, spot: Double, premium: Double) -> Bool {
        contract.exerciseIsOptimal(spot: spot, premium: premium)
    }
}
