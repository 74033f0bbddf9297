import Pricing

/// A price path with the option valued at every point: the input every hedge shares.
public struct ValuedPath: Sendable, Hashable, Codable {
    /// Times and share prices.
    public var path: PricePath
    /// The market at each point (spot, rate, dividend yield, implied volatility, time).
    public var markets: [Market]
    /// Premium and Greeks per share at each point, in ``Valuation``'s units.
    public var valuations: [Valuation]

    public init(path: PricePath, markets: [Market], valuations: [Valuation]) {
        self.path = path
        self.markets = markets
        self.valuations = valuations
    }

    /// Values `contract` along `path` with `model`, keeping rate and dividend yield of `market`
    /// fixed; the volatility is `volatilities[i]` at date i, or the market's at every date.
    /// The dates are independent and priced on up to `threads` threads (``concurrentMap``):
    /// the same valuations, and the same error, whatever the number.
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
        let markets = zip(path.times, path.spots).enumerated().map { index, point in
            var market = market
            market.time = point.0
            market.spot = point.1
            if let volatilities { market.volatility = volatilities[index] }
            return market
        }
        let valuations = try concurrentMap(markets.count, threads: threads) { (index: Int) throws(SimulationError) -> Valuation in
            let point = markets[index]
            let valuation: Valuation
            do throws(PricingError) {
                valuation = try model.valuation(of: contract, in: point)
            } catch {
                throw SimulationError(.pricingFailed(step: index, time: point.time, spot: point.spot, error))
            }
            guard valuation.isFinite else {
                throw SimulationError(.pricingFailed(
                    step: index, time: point.time, spot: point.spot, PricingError(.nonFiniteResult("\(valuation)"))
                ))
            }
            return valuation
        }
        return ValuedPath(path: path, markets: markets, valuations: valuations)
    }

    /// The path up to and including date `last`.
    public func truncated(through last: Int) -> ValuedPath {
        let count = min(last + 1, path.times.count)
        return ValuedPath(
            path: PricePath(times: Array(path.times.prefix(count)), spots: Array(path.spots.prefix(count))),
            markets: Array(markets.prefix(count)),
            valuations: Array(valuations.prefix(count))
        )
    }

    /// The first date after the start, before the last, at which the model values an American
    /// option at its intrinsic value (exercise is optimal), if any.
    public func firstOptimalExercise(of contract: OptionContract) -> Int? {
        guard contract.style == .american, valuations.count > 2 else { return nil }
        return (1..<(valuations.count - 1)).first { index in
            Self.exerciseIsOptimal(contract, spot: path.spots[index], premium: valuations[index].price)
        }
    }

    /// True when the model's `premium` at `spot` is the intrinsic value of `contract` (to 1e-12
    /// of it) and that is positive: exercising is optimal there.
    @inlinable
    public static func exerciseIsOptimal(_ contract: OptionContract, spot: Double, premium: Double) -> Bool {
        let intrinsic = contract.intrinsicValue(spot: spot)
        return intrinsic > 0 && premium <= intrinsic * (1 + 1e-12)
    }
}
