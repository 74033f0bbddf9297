import Foundation

extension ValuationGrid: PricingModel {
    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try valuation(of: contract, in: market).price
    }

    /// The interpolated valuation when `contract` is the grid's and `market.time` one of its
    /// dates and the spot inside its range; otherwise the model's own valuation.
    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        guard contract == self.contract, let index = dateIndex[market.time],
              market.volatility == self.market.volatility, market.rate == self.market.rate,
              market.dividendYield == self.market.dividendYield,
              let value = slices[index].interpolate(at: market.spot)
        else {
            return try model.treeValuation(of: contract, in: market)
        }
        return value
    }

    /// The largest |interpolated − direct| premium over `samplesPerDate` spots between grid
    /// points at every date, USD per share: the price of using the grid.
    public func worstError(samplesPerDate: Int = 8) throws(PricingError) -> Double {
        var worst = 0.0
        for slice in slices where slice.prices.count > 4 {
            for sample in 0..<samplesPerDate {
                // Spread over the inner grid, off the grid points.
                let position = 1.5 + (Double(slice.prices.count) - 4) * (Double(sample) + 0.37) / Double(samplesPerDate)
                let spot = exp(slice.lowerLogSpot + position * slice.logStep)
                var point = market
                point.spot = spot
                point.time = slice.time
                let direct = try model.price(of: contract, in: point)
                if let interpolated = slice.interpolate(at: spot) {
                    worst = max(worst, abs(interpolated.price - direct))
                }
            }
        }
        return worst
    }
}

extension ValuationGrid.Slice {
    /// The interpolated valuation at `spot`, averaged with the companion grids'; nil outside
    /// any of them.
    func interpolate(at spot: Double) -> Valuation? {
        guard var sum = interpolateOwn(at: spot) else { return nil }
        for companion in companions {
            guard let other = companion.interpolateOwn(at: spot) else { return nil }
            sum.price += other.price
            sum.delta += other.delta
            sum.gamma += other.gamma
            sum.theta += other.theta
        }
        let count = Double(companions.count + 1)
        return Valuation(price: sum.price / count, delta: sum.delta / count, gamma: sum.gamma / count, theta: sum.theta / count, vega: 0, rho: 0)
    }

    /// Cubic Lagrange interpolation through the four grid points around ln `spot`; nil outside
    /// the grid.
    private func interpolateOwn(at spot: Double) -> Valuation? {
        let position = (log(spot) - lowerLogSpot) / logStep
        let last = prices.count - 1
        guard last >= 3, position >= 0, position <= Double(last) else { return nil }
        let base = min(max(Int(position) - 1, 0), last - 3)
        let t = position - Double(base) - 1
        // Weights of the points at t = −1, 0, 1, 2.
        let w0 = -t * (t - 1) * (t - 2) / 6
        let w1 = (t + 1) * (t - 1) * (t - 2) / 2
        let w2 = -(t + 1) * t * (t - 2) / 2
        let w3 = (t + 1) * t * (t - 1) / 6
        func blend(_ values: [Double]) -> Double {
            w0 * values[base] + w1 * values[base + 1] + w2 * values[base + 2] + w3 * values[base + 3]
        }
        return Valuation(
            price: blend(prices), delta: blend(deltas), gamma: blend(gammas), theta: blend(thetas), vega: 0, rho: 0
        )
    }
}
