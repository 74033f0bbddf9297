import Foundation
import Testing
@testable import Pricing

struct ValuationGridTests {
    /// The course's put (DESIGN.md §2.6) on its 366-level lattice, gridded at daily dates over
    /// ±6σ√t. (With a coarser lattice the direct prices themselves zigzag by more than 0.1% as
    /// the spot moves between nodes, and the comparison would measure the lattice, not the grid.)
    static let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
    static let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)
    static let model = BinomialLatticeModel(steps: 366)
    static let times = (0...60).map { Double($0) / 365 } + [60.5 / 365]
    static let grid = try! ValuationGrid(contract: contract, market: market, model: model, times: times) { time in
        let width = 6 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
        return (261.4899 * exp(-width))...(261.4899 * exp(width))
    }

    /// Issue 5's bound: the interpolation must stay within 0.1% of the premium of direct pricing.
    @Test func interpolationStaysWithinATenthOfAPercentOfThePremium() throws {
        let premium = try Self.model.price(of: Self.contract, in: Self.market)
        #expect(try Self.grid.worstError(samplesPerDate: 12) < 0.001 * premium)
    }

    @Test func gridPointsReproduceDirectPricingExactly() throws {
        let slice = Self.grid.slices[5]
        var point = Self.market
        point.time = slice.time
        point.spot = exp(slice.lowerLogSpot + 7 * slice.logStep)
        let gridded = try Self.grid.valuation(of: Self.contract, in: point)
        let direct = try Self.model.treeValuation(of: Self.contract, in: point)
        #expect(abs(gridded.price - direct.price) < 1e-12)
        #expect(abs(gridded.delta - direct.delta) < 1e-12)
    }

    @Test func offGridQuestionsFallBackToTheModel() throws {
        var point = Self.market
        point.time = 0.5 / 365   // not a grid date
        #expect(try Self.grid.valuation(of: Self.contract, in: point) == Self.model.treeValuation(of: Self.contract, in: point))
        point.time = Self.times[3]
        point.spot = 5   // far below the grid
        #expect(try Self.grid.valuation(of: Self.contract, in: point).price == 255)
        point.time = Self.contract.expiry
        point.spot = 250
        #expect(try Self.grid.valuation(of: Self.contract, in: point).price == 10)
    }
}
