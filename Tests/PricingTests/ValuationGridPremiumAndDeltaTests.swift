import Foundation
import Testing
@testable import Pricing

/// The premium-and-Δ reading a hedge in shares uses: the same numbers as the full valuation,
/// bit for bit, from a grid that holds every Greek and from one prepared for the premium and Δ
/// alone.
struct ValuationGridPremiumAndDeltaTests {
    typealias Base = ValuationGridTests

    /// Dates on the grid, spots from far below to far above the strike (some off the grid,
    /// priced directly).
    static let points: [Market] = [0, 1, 13, 30, 47, 59, 60].flatMap { day in
        [80.0, 200, 255.5, 261.4899, 266, 330, 700].map { spot in
            var point = Base.market
            point.time = Double(day) / 365
            point.spot = spot
            return point
        }
    }

    static let leanGrid = try! ValuationGrid(
        contract: Base.contract, market: Base.market, model: Base.model, times: Base.times, contents: .premiumAndDelta
    ) { time in
        let width = 5 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
        return (261.4899 * exp(-width))...(261.4899 * exp(width))
    }

    @Test func premiumAndDeltaAreTheFullValuationsOnEveryKindOfGrid() throws {
        let grids: [(String, ValuationGrid)] = [
            ("fixed", Base.grid), ("span", ValuationGridSensitivityTests.spanGrid),
        ]
        for (name, grid) in grids {
            for point in Self.points {
                var moved = point
                if case .span = grid.volatilityAxis { moved.volatility = 0.52 }
                let full = try grid.valuation(of: Base.contract, in: moved)
                let lean = try grid.premiumAndDelta(of: Base.contract, in: moved)
                #expect(lean.price.bitPattern == full.price.bitPattern, "\(name) t \(point.time) S \(point.spot)")
                #expect(lean.delta.bitPattern == full.delta.bitPattern, "\(name) t \(point.time) S \(point.spot)")
            }
        }
    }

    /// The lean grid prices the same lattices at the market's volatility, without the vega
    /// nodes and the rate-bumped lattices: the same premium and Δ wherever the full grid
    /// interpolates, in under half the lattice valuations; a full valuation asked of it is
    /// priced directly.
    @Test func leanGridGivesTheFullGridsPremiumAndDeltaForFewerLattices() throws {
        let full = try ValuationGrid(contract: Base.contract, market: Base.market, model: Base.model, times: Base.times) { time in
            let width = 5 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
            return (261.4899 * exp(-width))...(261.4899 * exp(width))
        }
        for point in Self.points where point.spot > 200 && point.spot < 330 {
            let lean = try Self.leanGrid.premiumAndDelta(of: Base.contract, in: point)
            let reference = try full.premiumAndDelta(of: Base.contract, in: point)
            #expect(lean == reference, "t \(point.time) S \(point.spot)")
        }
        #expect(Self.leanGrid.pointCount * 2 < full.pointCount)
        var point = Base.market
        point.time = 13.0 / 365
        let direct = try Base.model.valuation(of: Base.contract, in: point)
        #expect(try Self.leanGrid.valuation(of: Base.contract, in: point) == direct)
    }

    /// A date is found by its exact time whatever order the grid was given its dates in; a time
    /// between dates is not on the grid.
    @Test func findsDatesByExactTimeInAnyOrder() throws {
        let times = [0.1, 0.0, 0.05, 0.1, 0.02]
        let grid = try ValuationGrid(
            contract: Base.contract, market: Base.market, model: BinomialLatticeModel(steps: 50), times: times
        ) { _ in 200...320 }
        #expect(grid.dateIndex(0.1) == 0)
        #expect(grid.dateIndex(0.0) == 1)
        #expect(grid.dateIndex(0.02) == 4)
        #expect(grid.dateIndex(0.03) == nil)
        #expect(grid.dateIndex(0.2) == nil)
    }

    /// Evenly spaced dates are found where their time puts them (issue 26), and the answer is
    /// the search's: the first of equal dates, nil for a time between dates or off the ends.
    @Test func findsEvenlySpacedDatesAsTheSearchDoes() throws {
        let daily = (0...60).map { Double($0) / 365 }
        let repeated = [0.0, 0.02, 0.04, 0.04, 0.06, 0.08]
        for times in [daily, repeated, daily.reversed()] {
            let grid = try ValuationGrid(
                contract: Base.contract, market: Base.market, model: BinomialLatticeModel(steps: 20), times: times,
                contents: .premiumAndDelta
            ) { _ in 200...320 }
            for time in times {
                #expect(grid.dateIndex(time) == times.firstIndex(of: time))
            }
            for time in [-0.01, 0.5 / 365, 0.05, 0.16, .nan, .infinity] {
                #expect(grid.dateIndex(time) == nil)
            }
        }
    }
}
