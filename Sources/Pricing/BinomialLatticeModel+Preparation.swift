extension BinomialLatticeModel {
    /// Chebyshev volatility nodes of a grid that spans a range of implied volatilities.
    ///
    /// Measured on the course's put (60.5 days, σ₀ = 0.6056, 366 levels) over σ₀ ± 5 × 0.05,
    /// against direct lattice prices half-way between nodes (`ValuationGridTests`): the
    /// polynomial in σ adds less than the spot interpolation's own error of about 0.02 USD
    /// with 7 nodes.
    public static let volatilityNodes = 7

    /// A ``ValuationGrid`` over the request's dates and spots; over its volatilities too
    /// (``ValuationGrid/VolatilityAxis/span(lower:upper:nodes:)``) when they move.
    public func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
        let grid = try ValuationGrid(
            contract: request.contract, market: request.market, model: self, times: request.times,
            volatilities: volatilityAxis(request), threads: request.threads, spotRange: request.spotRange
        )
        let threads = request.threads
        return PreparedPricingModel(model: grid, points: grid.pointCount) { () throws(PricingError) in
            try grid.worstError(threads: threads)
        }
    }

    /// A ``PremiumAndDeltaGrid`` over the request's dates, spots and volatilities, as ``prepared(for:)``.
    public func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
        let grid = try PremiumAndDeltaGrid(
            contract: request.contract, market: request.market, model: self, times: request.times,
            volatilities: volatilityAxis(request), threads: request.threads, spotRange: request.spotRange
        )
        let threads = request.threads
        return PreparedPremiumAndDelta(model: grid, points: grid.pointCount) { () throws(PricingError) in
            try grid.worstError(threads: threads)
        }
    }

    /// The grid's volatility axis: a span of ``volatilityNodes`` nodes when the request's
    /// volatilities move, the market's alone otherwise.
    private func volatilityAxis(_ request: PricingPreparation) -> ValuationGrid.VolatilityAxis {
        if let range = request.volatilityRange, range.lowerBound < range.upperBound {
            .span(lower: range.lowerBound, upper: range.upperBound, nodes: Self.volatilityNodes)
        } else {
            .fixed
        }
    }
}
