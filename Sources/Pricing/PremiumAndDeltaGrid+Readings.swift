import Foundation

extension PremiumAndDeltaGrid {
    /// ``reading(in:date:decidingExercise:)`` at each of `spots`, the same bits, the date found,
    /// the rates checked and the contract's style read once for them all: a study reads a date of
    /// a chunk of paths in one call (issue 26). On a fixed volatility (one spot table and its
    /// companion a date) two spots are interpolated side by side, lane by lane the operations of
    /// one (``ValuationGrid/Table/premiumAndDelta(atLogSpots:in:)``), so that the divisions and
    /// products of two independent readings share instructions. A spot off the grid is read as
    /// one call would read it.
    public func readings(
        in market: Market, date: Int, spots: [Double], decidingExercise: Bool, into readings: inout [HedgeReading]
    ) throws(PricingError) {
        readings.removeAll(keepingCapacity: true)
        readings.reserveCapacity(spots.count)
        var point = market
        guard let index = grid.dateIndex(market.time, at: date), grid.hasRates(of: market) else {
            for spot in spots {
                point.spot = spot
                readings.append(try reading(in: point, date: date, decidingExercise: decidingExercise))
            }
            return
        }
        let deciding = decidingExercise && grid.contract.style == .american
        let volatility = market.volatility
        let grid = self.grid

        /// The reading at `spot` given its interpolated value (nil: off the grid, read directly).
        func decided(at spot: Double, _ value: PremiumAndDelta?) throws(PricingError) -> HedgeReading {
            guard let value else {
                point.spot = spot
                return try self.reading(in: point, date: date, decidingExercise: decidingExercise)
            }
            let exercises = deciding && (
                grid.exercises(date: index, spot: spot, volatility: volatility)
                    ?? grid.contract.exerciseIsOptimal(spot: spot, premium: value.price)
            )
            return HedgeReading(value: value, exercises: exercises)
        }

        var first = 0
        if let (node, weight) = grid.singleNode(date: index, volatility: volatility) {
            // `exercises(date:spot:volatility:)` on a fixed axis: the node's boundary, else the premium's decision.
            let boundary = grid.exerciseBoundaries[index], side = grid.side
            try grid.storage.withUnsafeBufferPointer { storage throws(PricingError) in
                while first + 1 < spots.count {
                    let pair = SIMD2(spots[first], spots[first + 1])
                    if let value = node.premiumAndDelta(atLogSpots: SIMD2(log(pair.x), log(pair.y)), in: storage) {
                        // `interpolatePremiumAndDelta`'s sum over one volatility node.
                        let price = 0.0 + weight * value.price, delta = 0.0 + weight * value.delta
                        for lane in 0..<2 {
                            let spot = pair[lane]
                            let exercises = deciding && (
                                boundary?.exercises(side, spot: spot) ?? grid.contract.exerciseIsOptimal(spot: spot, premium: price[lane])
                            )
                            readings.append(HedgeReading(value: PremiumAndDelta(price: price[lane], delta: delta[lane]), exercises: exercises))
                        }
                    } else {
                        for spot in [pair.x, pair.y] {
                            readings.append(try decided(
                                at: spot, grid.interpolatePremiumAndDelta(date: index, spot: spot, volatility: volatility)
                            ))
                        }
                    }
                    first += 2
                }
            }
        }
        for spot in spots[first...] {
            readings.append(try decided(at: spot, grid.interpolatePremiumAndDelta(date: index, spot: spot, volatility: volatility)))
        }
    }
}

extension ValuationGrid {
    /// Date `index`'s one volatility node and its weight where a reading at `volatility` reads
    /// one node alone (a fixed axis of one node, which ``PremiumAndDeltaGrid`` holds); nil
    /// otherwise.
    func singleNode(date index: Int, volatility: Double) -> (node: Node, weight: Double)? {
        guard case .fixed = volatilityAxis, volatility == market.volatility, volatilities.count == 1,
              fixedBasis[0].value != 0
        else { return nil }
        return (nodes[index], fixedBasis[0].value)
    }
}

extension ValuationGrid.Node {
    /// ``premiumAndDelta(atLogSpot:in:)`` at two log spots, lane by lane the same operations;
    /// nil when either is outside a table.
    @inline(__always)
    func premiumAndDelta(
        atLogSpots logSpots: SIMD2<Double>, in storage: UnsafeBufferPointer<Double>
    ) -> (price: SIMD2<Double>, delta: SIMD2<Double>)? {
        guard let own = own.premiumAndDelta(atLogSpots: logSpots, in: storage) else { return nil }
        guard let companion else { return own }
        guard let other = companion.premiumAndDelta(atLogSpots: logSpots, in: storage) else { return nil }
        return ((own.price + other.price) * 0.5, (own.delta + other.delta) * 0.5)
    }
}

extension ValuationGrid.Table {
    /// ``premiumAndDelta(atLogSpot:in:)`` at two log spots, lane by lane the same operations
    /// (``cubic(atLogSpot:)``'s position, base point and weights, ``Cubic/blend(_:in:)``'s
    /// sum); nil when either is outside the table.
    @inline(__always)
    func premiumAndDelta(
        atLogSpots logSpot: SIMD2<Double>, in storage: UnsafeBufferPointer<Double>
    ) -> (price: SIMD2<Double>, delta: SIMD2<Double>)? {
        let position = (logSpot - lowerLogSpot) / logStep
        let last = count - 1
        guard last >= 3, all(position .>= 0), all(position .<= Double(last)) else { return nil }
        let base = (min(max(Int(position.x) - 1, 0), last - 3), min(max(Int(position.y) - 1, 0), last - 3))
        let t = position - SIMD2(Double(base.0), Double(base.1)) - 1
        let w0 = -t * (t - 1) * (t - 2) / 6, w1 = (t + 1) * (t - 1) * (t - 2) / 2
        let w2 = -(t + 1) * t * (t - 2) / 2, w3 = (t + 1) * t * (t - 1) / 6
        func blend(_ offset: Int?) -> SIMD2<Double> {
            guard let offset else { return .zero }
            let x = offset + base.0, y = offset + base.1
            return w0 * SIMD2(storage[x], storage[y]) + w1 * SIMD2(storage[x + 1], storage[y + 1])
                + w2 * SIMD2(storage[x + 2], storage[y + 2]) + w3 * SIMD2(storage[x + 3], storage[y + 3])
        }
        return (blend(price), blend(delta))
    }
}
