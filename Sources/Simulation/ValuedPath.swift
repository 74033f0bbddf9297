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

    /// Values `contract` along `path` with `model`, keeping rate, dividend yield and
    /// volatility of `market` fixed.
    ///
    /// - Throws: ``SimulationError`` naming the step and its inputs when the model fails or
    ///   returns a non-finite value.
    public static func value(
        _ contract: OptionContract,
        along path: PricePath,
        market: Market,
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
}
