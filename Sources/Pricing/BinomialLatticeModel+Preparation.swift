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
        let grid = try grid(for: request, contents: .valuation)
        return Self.prepared(grid, reading: grid, threads: request.threads)
    }

    /// A ``PremiumAndDeltaGrid`` over the request's dates, spots and volatilities, as ``prepared(for:)``.
    public func preparedPremiumAndDelta(for request: PricingPreparation) throws(PricingError) -> PreparedPremiumAndDelta {
        let grid = try grid(for: request, contents: .premiumAndDelta)
        return Self.prepared(PremiumAndDeltaGrid(reading: grid), reading: grid, threads: request.threads)
    }

    /// The grid holding `contents` over the request's dates, spots and volatilities.
    private func grid(for request: PricingPreparation, contents: ValuationGrid.Contents) throws(PricingError) -> ValuationGrid {
        try ValuationGrid(
            contract: request.contract, market: request.market, model: self, times: request.times,
            volatilities: volatilityAxis(request), contents: contents, threads: request.threads, spotRange: request.spotRange
        )
    }

    /// `model`, which reads `grid`: the grid's points, and its worst error measured on `threads` workers.
    private static func prepared<Model>(_ model: Model, reading grid: ValuationGrid, threads: Int) -> Prepared<Model> {
        Prepared(model: model, points: grid.pointCount) { () throws(PricingError) in
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
