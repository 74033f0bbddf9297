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

    static let leanGrid = try! PremiumAndDeltaGrid(
        contract: Base.contract, market: Base.market, model: Base.model, times: Base.times
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

    /// Position of `time` in the grids' dates (−1 for a time not among them).
    static func date(of time: Double) -> Int {
        Base.times.firstIndex(of: time) ?? -1
    }

    /// The lean grid prices the same lattices at the market's volatility, without the vega
    /// nodes and the rate-bumped lattices: the same premium and Δ wherever the full grid
    /// interpolates, in under half the lattice valuations. (It is no ``PricingModel``: a full
    /// valuation cannot be asked of it.)
    @Test func leanGridGivesTheFullGridsPremiumAndDeltaForFewerLattices() throws {
        let full = try ValuationGrid(contract: Base.contract, market: Base.market, model: Base.model, times: Base.times) { time in
            let width = 5 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
            return (261.4899 * exp(-width))...(261.4899 * exp(width))
        }
        for point in Self.points where point.spot > 200 && point.spot < 330 {
            let lean = try Self.leanGrid.premiumAndDelta(in: point, date: Self.date(of: point.time))
            let reference = try full.premiumAndDelta(of: Base.contract, in: point)
            #expect(lean == reference, "t \(point.time) S \(point.spot)")
        }
        #expect(Self.leanGrid.pointCount * 2 < full.pointCount)
    }

    /// The date a caller gives is read without a search when it holds the point's time; any
    /// other position (another date, none, out of range) is looked up: the same numbers, bit
    /// for bit, and the same exercise decision.
    @Test func readsTheGivenDateAndLooksUpAnyOther() throws {
        for point in Self.points {
            let given = Self.date(of: point.time)
            let reference = try Self.leanGrid.premiumAndDelta(in: point, date: given)
            let decision = Self.leanGrid.exercisesEarly(in: point, premium: reference.price, date: given)
            for other in [-1, 0, given + 1, Base.times.count, Int.max] {
                let value = try Self.leanGrid.premiumAndDelta(in: point, date: other)
                #expect(value.price.bitPattern == reference.price.bitPattern, "t \(point.time) S \(point.spot) at \(other)")
                #expect(value.delta.bitPattern == reference.delta.bitPattern, "t \(point.time) S \(point.spot) at \(other)")
                #expect(Self.leanGrid.exercisesEarly(in: point, premium: reference.price, date: other) == decision)
            }
        }
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
                contract: Base.contract, market: Base.market, model: BinomialLatticeModel(steps: 20), times: times
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

/// A lattice's two preparations build their grids one way (`BinomialLatticeModel+Preparation`):
/// the premium-and-Δ preparation is the lean grid the public initialiser prices, and the full
/// one the full grid, each with its own points and worst error.
struct LatticePreparationTests {
    typealias Base = ValuationGridTests

    static let request = PricingPreparation(
        contract: Base.contract, market: Base.market, times: Base.times, threads: 2
    ) { time in
        let width = 5 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
        return (261.4899 * exp(-width))...(261.4899 * exp(width))
    }

    @Test func premiumAndDeltaPreparationIsTheLeanGridBitForBit() throws {
        let prepared = try Base.model.preparedPremiumAndDelta(for: Self.request)
        let lean = ValuationGridPremiumAndDeltaTests.leanGrid
        #expect(prepared.points == lean.pointCount)
        let worst = try #require(prepared.worstError)
        #expect(try worst().bitPattern == lean.worstError(threads: 2).bitPattern)
        for point in ValuationGridPremiumAndDeltaTests.points {
            let date = ValuationGridPremiumAndDeltaTests.date(of: point.time)
            let got = try prepared.model.premiumAndDelta(in: point, date: date)
            let expected = try lean.premiumAndDelta(in: point, date: date)
            #expect(got.price.bitPattern == expected.price.bitPattern, "t \(point.time) S \(point.spot)")
            #expect(got.delta.bitPattern == expected.delta.bitPattern, "t \(point.time) S \(point.spot)")
        }
    }

    @Test func fullPreparationIsTheFullGridBitForBit() throws {
        let prepared = try Base.model.prepared(for: Self.request)
        let full = try ValuationGrid(
            contract: Base.contract, market: Base.market, model: Base.model, times: Base.times, spotRange: Self.request.spotRange
        )
        #expect(prepared.points == full.pointCount)
        let worst = try #require(prepared.worstError)
        #expect(try worst().bitPattern == full.worstError(threads: 2).bitPattern)
        for point in ValuationGridPremiumAndDeltaTests.points {
            let got = try prepared.model.valuation(of: Base.contract, in: point)
            let expected = try full.valuation(of: Base.contract, in: point)
            #expect(got.price.bitPattern == expected.price.bitPattern, "t \(point.time) S \(point.spot)")
            #expect(got.delta.bitPattern == expected.delta.bitPattern, "t \(point.time) S \(point.spot)")
            #expect(got.gamma.bitPattern == expected.gamma.bitPattern, "t \(point.time) S \(point.spot)")
        }
    }
}
