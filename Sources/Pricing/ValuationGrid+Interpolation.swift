import Foundation

extension ValuationGrid: PricingModel {
    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try valuation(of: contract, in: market).price
    }

    /// The interpolated valuation when the grid holds every Greek, `contract` is the grid's,
    /// `market.time` one of its dates, the rates the grid's, and the spot and volatility inside its ranges; otherwise
    /// the model's own full valuation (vega and rho by bumping, as everywhere).
    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        guard contents == .valuation, contract == self.contract, let index = dateIndex(market.time),
              market.rate == self.market.rate, market.dividendYield == self.market.dividendYield,
              let value = interpolate(date: index, spot: market.spot, volatility: market.volatility)
        else {
            return try model.valuation(of: contract, in: market)
        }
        return value
    }

    /// The interpolated premium and Δ where ``valuation(of:in:)`` interpolates (the same
    /// numbers, bit for bit, reading two tables instead of five and no vega node's); the
    /// model's own otherwise.
    public func premiumAndDelta(of contract: OptionContract, in market: Market) throws(PricingError) -> PremiumAndDelta {
        guard contract == self.contract, let index = dateIndex(market.time),
              market.rate == self.market.rate, market.dividendYield == self.market.dividendYield,
              let value = interpolate(date: index, spot: market.spot, volatility: market.volatility, reading: .premiumAndDelta)
        else {
            return try model.premiumAndDelta(of: contract, in: market)
        }
        return PremiumAndDelta(price: value.price, delta: value.delta)
    }

    /// The valuation at date `index`, `spot` and `volatility` from the grid, with what
    /// `reading` asks for (the rest 0); nil off it.
    ///
    /// A node whose value has weight 0 in the result (at a volatility node itself, its
    /// neighbours, which carry the vega) is read only for the vega; without it, only checked to
    /// cover the spot, so that every reading falls back to direct pricing at the same points.
    func interpolate(date index: Int, spot: Double, volatility: Double, reading: Reading = .all) -> Valuation? {
        switch volatilityAxis {
        case .fixed:
            guard volatility == market.volatility else { return nil }
        case .span:
            guard volatility >= volatilities[0], volatility <= volatilities[volatilities.count - 1] else { return nil }
        }
        let logSpot = log(spot)
        var result = Valuation(price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0)
        let nodes = slices[index]
        let local = localNodes(around: volatility)
        for j in local {
            let (weight, slope) = fixedBasis.isEmpty ? lagrangeBasis(volatilities[local], at: volatility, j) : fixedBasis[j]
            guard weight != 0 || slope != 0 else { continue }
            if weight == 0, reading != .all {
                guard nodes[j].covers(logSpot: logSpot) else { return nil }
                continue
            }
            guard let value = nodes[j].interpolate(atLogSpot: logSpot, reading: weight != 0 ? reading : .premium) else {
                return nil
            }
            result.price += weight * value.price
            result.delta += weight * value.delta
            result.gamma += weight * value.gamma
            result.theta += weight * value.theta
            result.rho += weight * value.rho
            result.vega += slope * value.price
        }
        return result
    }

    /// The four volatility nodes nearest `volatility`, two on either side where there are (all
    /// of them when there are at most four): a local cubic in σ, so that a valuation reads four
    /// spot grids, not every node's.
    private func localNodes(around volatility: Double) -> Range<Int> {
        let count = volatilities.count
        guard count > 4 else { return 0..<count }
        let above = volatilities.firstIndex { $0 > volatility } ?? count
        let first = min(max(above - 2, 0), count - 4)
        return first..<(first + 4)
    }

    /// The largest |interpolated − direct| premium, USD per share, over `samplesPerDate`
    /// points between grid points at every date: spots spread over the inner grid, off its
    /// points, and on a span the volatilities half-way between adjacent nodes in turn (where a
    /// polynomial through the nodes strays furthest), each against one direct lattice price.
    /// Dates are shared between `threads` workers (every core by default); the result does not
    /// depend on their number.
    public func worstError(
        samplesPerDate: Int = 8, threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(PricingError) -> Double {
        try Self.requireWorkers(threads)
        let midpoints: [Double] = switch volatilityAxis {
        case .fixed: [market.volatility]
        case .span: zip(volatilities, volatilities.dropFirst()).map { 0.5 * ($0 + $1) }
        }
        let errors = try concurrentMap(slices.count, threads: threads) { (index: Int) throws(PricingError) -> Double in
            try worstError(date: index, samples: samplesPerDate, volatilities: midpoints)
        }
        let worst = errors.max() ?? 0
        return worst
    }

    private func worstError(date index: Int, samples: Int, volatilities samplesOfSigma: [Double]) throws(PricingError) -> Double {
        let nodes = slices[index]
        guard nodes.allSatisfy({ $0.prices.count > 4 }) else { return 0 }
        // The spots every node's grid covers.
        let lower = nodes.map { $0.lowerLogSpot + 1.5 * $0.logStep }.max()!
        let upper = nodes.map { $0.lowerLogSpot + (Double($0.prices.count) - 2.5) * $0.logStep }.min()!
        guard upper > lower else { return 0 }
        var worst = 0.0
        for sample in 0..<samples {
            let fraction = (Double(sample) + 0.37) / Double(samples)
            var point = market
            point.spot = exp(lower + (upper - lower) * fraction)
            point.time = nodes[0].time
            point.volatility = samplesOfSigma[sample % samplesOfSigma.count]
            let direct = try model.price(of: contract, in: point)
            if let interpolated = interpolate(date: index, spot: point.spot, volatility: point.volatility) {
                worst = max(worst, abs(interpolated.price - direct))
            }
        }
        return worst
    }
}

extension ValuationGrid {
    /// What an interpolation reads from a grid's tables.
    enum Reading: Sendable {
        /// The premium only (a vega node).
        case premium
        /// Premium and Δ (a hedge in shares).
        case premiumAndDelta
        /// Premium, Δ, Γ, Θ and ρ (vega comes from the volatility axis).
        case all
    }
}

extension ValuationGrid.Slice {
    /// The interpolated premium and Greeks at ln S = `logSpot` (vega 0), as far as `reading`
    /// asks, averaged with the companion grids' (rho, which they do not carry, excepted); nil
    /// outside any of them. On a node that holds the premium only, only the premium.
    func interpolate(atLogSpot logSpot: Double, reading: ValuationGrid.Reading) -> Valuation? {
        guard var sum = interpolateOwn(atLogSpot: logSpot, reading: reading) else { return nil }
        for companion in companions {
            guard let other = companion.interpolateOwn(atLogSpot: logSpot, reading: reading) else { return nil }
            sum.price += other.price
            sum.delta += other.delta
            sum.gamma += other.gamma
            sum.theta += other.theta
        }
        let scale = 1 / Double(companions.count + 1)
        // Rho is the own grid's: the companions do not carry it.
        return Valuation(
            price: sum.price * scale, delta: sum.delta * scale, gamma: sum.gamma * scale, theta: sum.theta * scale,
            vega: 0, rho: sum.rho
        )
    }

    /// True when this grid and its companions all cover ln S = `logSpot`.
    func covers(logSpot: Double) -> Bool {
        ownCovers(logSpot: logSpot) && companions.allSatisfy { $0.ownCovers(logSpot: logSpot) }
    }

    private func ownCovers(logSpot: Double) -> Bool {
        let position = (logSpot - lowerLogSpot) / logStep
        return prices.count >= 4 && position >= 0 && position <= Double(prices.count - 1)
    }

    /// Cubic Lagrange interpolation through the four grid points around `logSpot`, of the
    /// tables `reading` asks for; nil outside the grid.
    private func interpolateOwn(atLogSpot logSpot: Double, reading: ValuationGrid.Reading) -> Valuation? {
        let position = (logSpot - lowerLogSpot) / logStep
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
            guard values.count > base + 3 else { return 0 }
            return w0 * values[base] + w1 * values[base + 1] + w2 * values[base + 2] + w3 * values[base + 3]
        }
        var value = Valuation(price: blend(prices), delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0)
        switch reading {
        case .premium:
            break
        case .premiumAndDelta:
            value.delta = blend(deltas)
        case .all:
            value.delta = blend(deltas)
            value.gamma = blend(gammas)
            value.theta = blend(thetas)
            value.rho = blend(rhos)
        }
        return value
    }
}
