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

    /// A lattice rooted `lead` levels early prices the option at every node of the date's level
    /// exactly as a fresh lattice rooted at that node's spot would.
    @Test func latticeNodesReproduceDirectPricing() throws {
        var point = Self.market
        point.time = 10.0 / 365
        let lead = 6
        let nodes = try Self.model.nodeValuations(of: Self.contract, in: point, lead: lead)
        let tau = Self.contract.expiry - point.time
        let step = Self.market.volatility * (tau / 366).squareRoot()
        for (j, node) in nodes.enumerated() {
            var direct = point
            direct.spot = Self.market.spot * exp(step * Double(2 * j - lead))
            let fresh = try Self.model.treeValuation(of: Self.contract, in: direct)
            #expect(abs(node.price - fresh.price) < 1e-10)
            #expect(abs(node.delta - fresh.delta) < 1e-10)
            #expect(abs(node.gamma - fresh.gamma) < 1e-8)
            #expect(abs(node.theta - fresh.theta) < 1e-6)
        }
    }

    @Test func offGridQuestionsFallBackToTheModel() throws {
        var point = Self.market
        point.time = 0.5 / 365   // not a grid date
        #expect(try Self.grid.valuation(of: Self.contract, in: point) == Self.model.valuation(of: Self.contract, in: point))
        point.time = Self.times[3]
        point.spot = 5   // far below the grid
        #expect(try Self.grid.valuation(of: Self.contract, in: point).price == 255)
        point.time = Self.contract.expiry
        point.spot = 250
        #expect(try Self.grid.valuation(of: Self.contract, in: point).price == 10)
    }

    /// The grid priced on one thread and on several (every core, and three workers) answers
    /// every question with the same bits, and measures the same worst error: each (date,
    /// volatility) slice is priced alone, whoever prices it. 14 dates × 7 volatility nodes on a
    /// 60-level lattice.
    @Test func gridDoesNotDependOnTheThreadCount() throws {
        let times = (0...12).map { Double($0) * 4 / 365 } + [50.5 / 365]
        func grid(threads: Int) throws -> ValuationGrid {
            try ValuationGrid(
                contract: Self.contract, market: Self.market, model: BinomialLatticeModel(steps: 60), times: times,
                volatilities: .span(lower: 0.5, upper: 0.7, nodes: 7), threads: threads
            ) { time in
                let width = 5 * 0.7 * max(time, 1.0 / 365).squareRoot()
                return (261.4899 * exp(-width))...(261.4899 * exp(width))
            }
        }
        func answers(_ grid: ValuationGrid) throws -> [Valuation] {
            var values = [Valuation]()
            for time in times {
                for spot in stride(from: 200.0, through: 330, by: 6.5) {
                    for sigma in [0.53, 0.6056214, 0.68] {
                        var point = Self.market
                        (point.time, point.spot, point.volatility) = (time, spot, sigma)
                        values.append(try grid.valuation(of: Self.contract, in: point))
                    }
                }
            }
            return values
        }
        let single = try grid(threads: 1)
        let expected = try answers(single)
        let error = try single.worstError(threads: 1)
        for threads in [ProcessInfo.processInfo.activeProcessorCount, 3] {
            let parallel = try grid(threads: threads)
            #expect(parallel.pointCount == single.pointCount)
            #expect(try answers(parallel) == expected, "\(threads) threads")
            #expect(try parallel.worstError(threads: threads) == error, "\(threads) threads")
        }
        #expect(throws: PricingError.self) { try grid(threads: 0) }
    }
}
