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
    ///
    /// - Throws: ``SimulationError`` naming the step and its inputs when the model fails or
    ///   returns a non-finite value.
    public static func value(
        _ contract: OptionContract,
        along path: PricePath,
        market: Market,
        volatilities: [Double]? = nil,
        model: some PricingModel
    ) throws(SimulationError) -> ValuedPath {
        var markets = [Market]()
        var valuations = [Valuation]()
        markets.reserveCapacity(path.times.count)
        valuations.reserveCapacity(path.times.count)
        for (index, (time, spot)) in zip(path.times, path.spots).enumerated() {
            var point = market
            point.spot = spot
            point.time = time
            if let volatilities { point.volatility = volatilities[index] }
            let valuation: Valuation
            do {
                valuation = try model.valuation(of: contract, in: point)
            } catch {
                throw SimulationError(.pricingFailed(step: index, time: time, spot: spot, error))
            }
            guard valuation.isFinite else {
                throw SimulationError(.pricingFailed(
                    step: index, time: time, spot: spot, PricingError(.nonFiniteResult("\(valuation)"))
                ))
            }
            markets.append(point)
            valuations.append(valuation)
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
            let intrinsic = contract.intrinsicValue(spot: path.spots[index])
            return intrinsic > 0 && valuations[index].price <= intrinsic * (1 + 1e-12)
        }
    }
}
