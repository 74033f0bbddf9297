import Foundation

extension ValuationGrid: PricingModel {
    public func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
        try valuation(of: contract, in: market).price
    }

    /// The interpolated valuation when the grid holds every Greek, `contract` is the grid's,
    /// `market.time` one of its dates, the rates the grid's, and the spot and volatility inside its ranges; otherwise
    /// the model's own full valuation (vega and rho by bumping, as everywhere).
    public func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
        guard contents == .valuation, contract == self.contract, let index = dateIndex(market.time), hasRates(of: market),
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
        guard contract == self.contract, let index = dateIndex(market.time), hasRates(of: market),
              let value = interpolatePremiumAndDelta(date: index, spot: market.spot, volatility: market.volatility)
        else {
            return try model.premiumAndDelta(of: contract, in: market)
        }
        return value
    }

    /// The lattice's exercise decision where the grid has the date's exercise boundary
    /// (``ExerciseBoundary``): the spot against the critical spot, not the interpolated
    /// premium against intrinsic; the premium's decision elsewhere.
    public func exercisesEarly(_ contract: OptionContract, in market: Market, premium: Double) -> Bool {
        guard contract.style == .american else { return false }
        guard contract == self.contract, let index = dateIndex(market.time), hasRates(of: market),
              let decided = exercises(date: index, spot: market.spot, volatility: market.volatility)
        else {
            return contract.exerciseIsOptimal(spot: market.spot, premium: premium)
        }
        return decided
    }

    /// ``valuation(of:in:)`` (the grid's ``PricingModel/valuationAtFixedRate(of:in:)``) and
    /// ``exercisesEarly(_:in:premium:)`` at its premium, the same bits, with the date found and
    /// the contract and rates checked once; on the grid, only the Greeks in `greeks` are
    /// interpolated (the others 0), each the same bits as in the full valuation.
    public func valuationAtFixedRateDecidingExercise(
        of contract: OptionContract, in market: Market, reading greeks: Valuation.Greeks
    ) throws(PricingError) -> (valuation: Valuation, exercises: Bool) {
        guard contents == .valuation, contract == self.contract, let index = dateIndex(market.time), hasRates(of: market),
              let value = interpolate(date: index, spot: market.spot, volatility: market.volatility, reading: greeks)
        else {
            let value = try valuationAtFixedRate(of: contract, in: market)
            return (value, exercisesEarly(contract, in: market, premium: value.price))
        }
        guard contract.style == .american else { return (value, false) }
        let decided = exercises(date: index, spot: market.spot, volatility: market.volatility)
        return (value, decided ?? contract.exerciseIsOptimal(spot: market.spot, premium: value.price))
    }

    /// The valuation at date `index`, `spot` and `volatility` from the grid, with the premium
    /// and the Greeks in `reading` (the rest 0); nil off it. Each quantity read is the same
    /// operations in the same order whatever else is read, so the same bits as in the full
    /// reading.
    ///
    /// A node whose value has weight 0 in the result (at a volatility node itself, its
    /// neighbours, which carry the vega) is read only for the vega; without it, only checked to
    /// cover the spot, so that every reading falls back to direct pricing at the same points.
    func interpolate(date index: Int, spot: Double, volatility: Double, reading: Valuation.Greeks = .all) -> Valuation? {
        guard let (logSpot, local, first) = nodesToRead(date: index, spot: spot, volatility: volatility) else { return nil }
        let readsVega = reading.contains(.vega)
        return storage.withUnsafeBufferPointer { storage -> Valuation? in
            var result = Valuation(price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0)
            for j in local {
                let (weight, slope) = basis(local, at: volatility, j)
                guard weight != 0 || slope != 0 else { continue }
                let node = nodes[first + j]
                if weight == 0, !readsVega {
                    guard node.covers(logSpot: logSpot) else { return nil }
                    continue
                }
                guard let value = node.interpolate(atLogSpot: logSpot, reading: weight != 0 ? reading : [], in: storage)
                else { return nil }
                result.price += weight * value.price
                result.delta += weight * value.delta
                result.gamma += weight * value.gamma
                result.theta += weight * value.theta
                result.rho += weight * value.rho
                if readsVega { result.vega += slope * value.price }
            }
            return result
        }
    }

    /// ``interpolate(date:spot:volatility:reading:)`` reading the premium and Δ, the same
    /// operations in the same order (so the same numbers, bit for bit) without the Greeks it does
    /// not read: the hot loop of a study's final-P&L batches (issue 26), where building and
    /// copying the five-Greek ``Valuation`` of each table and node cost a third of the reading.
    func interpolatePremiumAndDelta(date index: Int, spot: Double, volatility: Double) -> PremiumAndDelta? {
        guard let (logSpot, local, first) = nodesToRead(date: index, spot: spot, volatility: volatility) else { return nil }
        return nodes.withUnsafeBufferPointer { nodes in
            storage.withUnsafeBufferPointer { storage -> PremiumAndDelta? in
                var price = 0.0, delta = 0.0
                for j in local {
                    let (weight, slope) = basis(local, at: volatility, j)
                    guard weight != 0 || slope != 0 else { continue }
                    guard weight != 0 else {
                        // A vega node: only checked to cover the spot, as every reading does.
                        guard nodes[first + j].covers(logSpot: logSpot) else { return nil }
                        continue
                    }
                    guard let value = nodes[first + j].premiumAndDelta(atLogSpot: logSpot, in: storage) else { return nil }
                    price += weight * value.price
                    delta += weight * value.delta
                }
                return PremiumAndDelta(price: price, delta: delta)
            }
        }
    }

    /// What a reading at `spot` and `volatility` on date `index` reads: ln S, the volatility
    /// nodes around `volatility` (``localNodes(around:)``) and the date's first node; nil off the
    /// volatility axis.
    @inline(__always)
    private func nodesToRead(date index: Int, spot: Double, volatility: Double) -> (Double, Range<Int>, Int)? {
        switch volatilityAxis {
        case .fixed:
            guard volatility == market.volatility else { return nil }
        case .span:
            guard volatility >= volatilities[0], volatility <= volatilities[volatilities.count - 1] else { return nil }
        }
        return (log(spot), localNodes(around: volatility), index * volatilities.count)
    }

    /// ℓ_j(σ) and ℓ_j'(σ) of node `j` among the `local` nodes: computed once on a fixed axis.
    @inline(__always)
    private func basis(_ local: Range<Int>, at volatility: Double, _ j: Int) -> (value: Double, slope: Double) {
        fixedBasis.isEmpty ? lagrangeBasis(volatilities[local], at: volatility, j) : fixedBasis[j]
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
        let errors = try concurrentMap(times.count, threads: threads) { (index: Int) throws(PricingError) -> Double in
            try worstError(date: index, samples: samplesPerDate, volatilities: midpoints)
        }
        let worst = errors.max() ?? 0
        return worst
    }

    private func worstError(date index: Int, samples: Int, volatilities samplesOfSigma: [Double]) throws(PricingError) -> Double {
        let tables = nodes[(index * volatilities.count)..<((index + 1) * volatilities.count)].map(\.own)
        guard tables.allSatisfy({ $0.count > 4 }) else { return 0 }
        // The spots every node's grid covers.
        let lower = tables.map { $0.lowerLogSpot + 1.5 * $0.logStep }.max()!
        let upper = tables.map { $0.lowerLogSpot + (Double($0.count) - 2.5) * $0.logStep }.min()!
        guard upper > lower else { return 0 }
        var worst = 0.0
        for sample in 0..<samples {
            let fraction = (Double(sample) + 0.37) / Double(samples)
            var point = market
            point.spot = exp(lower + (upper - lower) * fraction)
            point.time = times[index]
            point.volatility = samplesOfSigma[sample % samplesOfSigma.count]
            let direct = try model.price(of: contract, in: point)
            if let interpolated = interpolate(date: index, spot: point.spot, volatility: point.volatility) {
                worst = max(worst, abs(interpolated.price - direct))
            }
        }
        return worst
    }
}
