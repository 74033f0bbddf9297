import Foundation
import LatticeKernel
import Testing
@testable import Pricing

/// The premium-and-Δ grid's batched readings in the C kernel's AVX registers
/// (`hedge_grid_read_wide`) against the SIMD2 pairs they replace where the processor has AVX and
/// against one ``PremiumAndDeltaGrid/reading(in:date:decidingExercise:)`` per spot: the same
/// bits, so that a study's numbers stay what they were (issue 26).
struct PremiumAndDeltaReadingKernelTests {
    static let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 20.5 / 365)
    static let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)
    static let times = (0...20).map { Double($0) / 365 } + [20.5 / 365]

    /// A grid of one lattice a date with its companion half a node over (CRR), and one of
    /// Richardson-extrapolated lattices at each point, which has no companion.
    static let grids: [(name: String, grid: PremiumAndDeltaGrid)] = [LatticeMethod.crr, .richardson].map { method in
        let grid = try! PremiumAndDeltaGrid(
            contract: contract, market: market, model: BinomialLatticeModel(steps: 60, method: method), times: times
        ) { time in
            let width = 5 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
            return (261.4899 * exp(-width))...(261.4899 * exp(width))
        }
        return (method.rawValue, grid)
    }

    @Test func theGridsHaveAndLackACompanion() {
        #expect(Self.grids.map { $0.grid.grid.nodes[5].companion != nil } == [true, false])
    }

    /// Spots near the strike (on the grid), far from it (off, read directly), zero and the
    /// grid's extremes, in every count from 0 to 9 and shuffled so that an off-grid spot falls
    /// in every lane of a block of four; dates at the start, in between, the last before expiry
    /// and expiry (no table: all read directly); with and without the exercise decision.
    @Test func wideReadingsAreThePairsAndTheSingleReadingsBitForBit() throws {
        var generator = LatticeKernelTests.Xorshift(state: 26)
        let onGrid = (0..<40).map { _ in 261.4899 * exp(Double.random(in: -0.4...0.4, using: &generator)) }
        let offGrid = [0, 1, 20, 2_000, 1e6]
        var compared = 0
        for (name, grid) in Self.grids {
            for date in [0, 1, 9, 20, 21] {
                var point = Self.market
                point.time = Self.times[date]
                for count in 0...9 {
                    for offLane in [nil] + Array(0..<min(count, 5)) {
                        var spots = Array(onGrid.shuffled(using: &generator).prefix(count))
                        if let offLane { spots[offLane] = offGrid.randomElement(using: &generator)! }
                        for deciding in [false, true] {
                            var wide = [HedgeReading](), pairs = [HedgeReading]()
                            try grid.readings(in: point, date: date, spots: spots, decidingExercise: deciding, into: &pairs, wide: false)
                            if BinomialLattice.hasWideVectors {
                                try grid.readings(in: point, date: date, spots: spots, decidingExercise: deciding, into: &wide, wide: true)
                            } else {
                                wide = pairs
                            }
                            #expect(wide.count == count && pairs.count == count)
                            for (k, spot) in spots.enumerated() {
                                point.spot = spot
                                let single = try grid.reading(in: point, date: date, decidingExercise: deciding)
                                let label = "\(name) date \(date) spots \(spots) lane \(k) deciding \(deciding)"
                                for reading in [wide[k], pairs[k]] {
                                    #expect(reading.value.price.bitPattern == single.value.price.bitPattern, "\(label)")
                                    #expect(reading.value.delta.bitPattern == single.value.delta.bitPattern, "\(label)")
                                    #expect(reading.exercises == single.exercises, "\(label)")
                                }
                                compared += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(compared == 2 * 5 * 2 * (0...9).reduce(0) { $0 + $1 * (1 + min($1, 5)) })
    }

    /// The kernel itself at its table's edges: spots exactly at the first and last points, a
    /// hair inside and outside them, and NaN, block by block against the Swift pairs; a block
    /// with a spot off the table stops the kernel there.
    @Test(.enabled(if: BinomialLattice.hasWideVectors, "the processor has no AVX"))
    func kernelStopsAtTheFirstBlockOffTheTableAndMatchesThePairsAtItsEdges() throws {
        let grid = Self.grids[1].grid.grid
        let (node, weight) = try #require(grid.singleNode(date: 9, volatility: Self.market.volatility))
        let table = node.own
        let first = table.lowerLogSpot, last = table.lowerLogSpot + Double(table.count - 1) * table.logStep
        let inside = [first, first.nextUp, last.nextDown, first + 0.37 * table.logStep, last - 1.5 * table.logStep, 0.5 * (first + last)]
        var logSpots = inside + inside.reversed() + [first.nextDown, last.nextUp, .nan, last]
        var prices = [Double](repeating: 0, count: logSpots.count), deltas = prices
        let tables = [hedge_grid_table(table)]
        let done = grid.storage.withUnsafeBufferPointer { storage in
            hedge_grid_read_wide(&logSpots, logSpots.count, storage.baseAddress, tables, 1, weight, &prices, &deltas)
        }
        #expect(done == 12)
        try grid.storage.withUnsafeBufferPointer { storage in
            for k in stride(from: 0, to: done, by: 2) {
                let value = try #require(node.premiumAndDelta(atLogSpots: SIMD2(logSpots[k], logSpots[k + 1]), in: storage))
                let price = 0.0 + weight * value.price, delta = 0.0 + weight * value.delta
                #expect([prices[k], prices[k + 1]].map(\.bitPattern) == [price.x, price.y].map(\.bitPattern), "\(k)")
                #expect([deltas[k], deltas[k + 1]].map(\.bitPattern) == [delta.x, delta.y].map(\.bitPattern), "\(k)")
            }
        }
    }
}
