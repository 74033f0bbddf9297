import Foundation
import LatticeKernel

extension PremiumAndDeltaGrid {
    /// ``reading(in:date:decidingExercise:)`` at each of `spots`, the same bits, the date found,
    /// the rates checked and the contract's style read once for them all: a study reads a date of
    /// a chunk of paths in one call (issue 26). On a fixed volatility (one spot table and its
    /// companion a date) the spots are interpolated side by side, lane by lane the operations of
    /// one (``ValuationGrid/Table/premiumAndDelta(atLogSpots:in:)``): four at a time in the C
    /// kernel's AVX registers where the processor has them, two at a time otherwise and for the
    /// rest. A spot off the grid is read as one call would read it.
    public func readings(
        in market: Market, date: Int, spots: [Double], decidingExercise: Bool, into readings: inout [HedgeReading]
    ) throws(PricingError) {
        try self.readings(
            in: market, date: date, spots: spots, decidingExercise: decidingExercise, into: &readings,
            wide: BinomialLattice.hasWideVectors
        )
    }

    /// The readings above; with `wide`, whole blocks of four spots on the grid in 256-bit AVX
    /// (`hedge_grid_read_wide`, the same operations per lane without fused multiply-adds, so the
    /// same bits: `PremiumAndDeltaReadingKernelTests`), the SIMD2 pairs doing a block with a spot
    /// off the grid and the tail of fewer than four.
    func readings(
        in market: Market, date: Int, spots: [Double], decidingExercise: Bool, into readings: inout [HedgeReading],
        wide: Bool
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

        guard let (node, weight) = grid.singleNode(date: index, volatility: volatility) else {
            for spot in spots {
                readings.append(try decided(at: spot, grid.interpolatePremiumAndDelta(date: index, spot: spot, volatility: volatility)))
            }
            return
        }
        // `exercises(date:spot:volatility:)` on a fixed axis: the node's boundary, else the premium's decision.
        let boundary = grid.exerciseBoundaries[index], side = grid.side
        /// The reading at `spot` on the grid of `price` and `delta`, the node's sum.
        func decided(at spot: Double, price: Double, delta: Double) -> HedgeReading {
            let exercises = deciding && (
                boundary?.exercises(side, spot: spot) ?? grid.contract.exerciseIsOptimal(spot: spot, premium: price)
            )
            return HedgeReading(value: PremiumAndDelta(price: price, delta: delta), exercises: exercises)
        }
        let count = spots.count
        let own = hedge_grid_table(node.own)
        let tables = node.companion.map { [own, hedge_grid_table($0)] } ?? [own]
        // ln S of each spot (libm's `log`, as one reading takes it), then the kernel's premiums and Δs.
        try withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * count) { scratch throws(PricingError) in
            let logSpots = scratch.baseAddress!, prices = logSpots + count, deltas = prices + count
            for k in 0..<count {
                logSpots[k] = log(spots[k])
            }
            try grid.storage.withUnsafeBufferPointer { storage throws(PricingError) in
                var first = 0
                while first < count {
                    if wide {
                        let done = hedge_grid_read_wide(
                            logSpots + first, count - first, storage.baseAddress, tables, tables.count, weight,
                            prices + first, deltas + first
                        )
                        for k in first..<(first + done) {
                            readings.append(decided(at: spots[k], price: prices[k], delta: deltas[k]))
                        }
                        first += done
                    }
                    // In pairs: a block of four with a spot off the grid and the tail, or every spot without AVX.
                    let end = wide ? min(first + 4, count) : count
                    while first + 1 < end {
                        let pair = SIMD2(spots[first], spots[first + 1])
                        if let value = node.premiumAndDelta(atLogSpots: SIMD2(logSpots[first], logSpots[first + 1]), in: storage) {
                            // `interpolatePremiumAndDelta`'s sum over one volatility node.
                            let price = 0.0 + weight * value.price, delta = 0.0 + weight * value.delta
                            for lane in 0..<2 {
                                readings.append(decided(at: pair[lane], price: price[lane], delta: delta[lane]))
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
                    if first < end {
                        let spot = spots[first]
                        readings.append(try decided(at: spot, grid.interpolatePremiumAndDelta(date: index, spot: spot, volatility: volatility)))
                        first += 1
                    }
                }
            }
        }
    }
}

extension hedge_grid_table {
    /// `table` as the C kernel reads it (Δ at −1 where it holds none).
    init(_ table: ValuationGrid.Table) {
        self.init(
            lower_log_spot: table.lowerLogSpot, log_step: table.logStep, count: table.count, price: table.price,
            delta: table.delta ?? -1
        )
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
