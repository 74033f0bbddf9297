import Foundation
import Testing
@testable import Pricing

/// The grid's vega and rho, and its volatility axis, against direct lattice valuation
/// (`BinomialLatticeModel.valuation`, vega and rho by central bumps) on the course's put.
struct ValuationGridSensitivityTests {
    typealias Base = ValuationGridTests

    /// Points off the grid's nodes: dates through the option's life, spots within ±1.5σ√t.
    static let samples: [(time: Double, spot: Double)] = [1, 7, 20, 33, 45, 55, 59].flatMap { day in
        let time = Double(day) / 365
        let width = 0.6056214 * time.squareRoot()
        return [-1.5, -0.55, 0.13, 0.8, 1.5].map { (time, 261.4899 * exp($0 * width)) }
    }

    /// σ₀ ± 5 × 0.05, what `--iv-spread 0.05` draws from, on 7 Chebyshev nodes.
    static let spanGrid = try! ValuationGrid(
        contract: Base.contract, market: Base.market, model: Base.model,
        times: [0, 1, 7, 20, 33, 45, 55, 59, 60, 60.5].map { $0 / 365 },
        volatilities: .span(lower: 0.6056214 - 0.25, upper: 0.6056214 + 0.25, nodes: 7)
    ) { time in
        let width = 5 * 0.86 * max(time, 1.0 / 365).squareRoot()
        return (261.4899 * exp(-width))...(261.4899 * exp(width))
    }

    /// Vega within 1.0 per 1.00 of volatility (0.01 per vol point, 2.5% of the at-the-money
    /// 41): both sides divide lattice prices 0.02 apart in σ by 0.02, and each 366-level price
    /// carries a zigzag of about 0.005 USD as the spot moves between nodes, i.e. up to 0.5 on
    /// either vega (measured worst: 0.52). Rho within 0.1 per 1.00 of rate (0.5% of the
    /// at-the-money −19): a rate bump moves no node, so rho is smooth and only the cubic
    /// interpolation in S separates the two (measured worst: 0.034).
    @Test func fixedGridCarriesTheVegaAndRhoOfDirectValuation() throws {
        for (time, spot) in Self.samples {
            var point = Base.market
            point.time = time
            point.spot = spot
            let direct = try Base.model.valuation(of: Base.contract, in: point)
            let grid = try Base.grid.valuation(of: Base.contract, in: point)
            #expect(abs(grid.vega - direct.vega) < 1.0, "day \(time * 365), S = \(spot): \(grid.vega) vs \(direct.vega)")
            #expect(abs(grid.rho - direct.rho) < 0.1, "day \(time * 365), S = \(spot): \(grid.rho) vs \(direct.rho)")
        }
    }

    /// At σ₀ the fixed grid's vega is the central difference of its σ₀ ± 0.01 nodes, and at a
    /// node every other Greek is the σ₀ grid's own: the volatility axis changes nothing else.
    @Test func fixedGridKeepsItsOtherGreeksAtTheMarketVolatility() throws {
        var point = Base.market
        point.time = 10.0 / 365
        point.spot = 250
        let value = try Base.grid.valuation(of: Base.contract, in: point)
        let own = try #require(Base.grid.storage.withUnsafeBufferPointer { Base.grid.nodes[10 * 3 + 1].interpolate(atLogSpot: log(250), reading: .all, in: $0) })
        #expect(value.price == own.price && value.delta == own.delta && value.gamma == own.gamma)
        #expect(value.theta == own.theta && value.rho == own.rho)
    }

    /// Over σ₀ ± 0.25 the premium stays within 0.2% of direct lattice pricing. The error is the
    /// 366-level lattice's own zigzag as the spot moves between nodes, which grows with σ:
    /// 0.1% of the premium at σ₀ (the fixed grid's bound), 0.14% at σ₀ + 0.25. The polynomial
    /// in σ adds less than 0.003 USD (7 and 9 nodes differ by no more at any date).
    @Test func volatilitySpanStaysWithinTwoTenthsOfAPercentOfThePremium() throws {
        let premium = try Base.model.price(of: Base.contract, in: Base.market)
        #expect(try Self.spanGrid.worstError(samplesPerDate: 24) < 0.002 * premium)
    }

    /// Between the volatility nodes, Δ within 0.005 and vega within 1.0 per 1.00 of volatility
    /// of direct valuation (the fixed grid's vega tolerance, for the same reason; measured
    /// worst: Δ 0.003, vega 0.61). Rho within 1.0 per 1.00 of rate (5% of the at-the-money
    /// −19): deep in the money a put is exercised (ρ = 0) below some σ and held above it, so ρ
    /// has a kink in σ there, which a polynomial through the nodes rounds off (measured worst
    /// 0.66, at S = 199 on day 33; elsewhere under 0.1).
    @Test func volatilitySpanMatchesDirectGreeksBetweenNodes() throws {
        for (time, spot) in Self.samples {
            for sigma in [0.37, 0.45, 0.5234, 0.61, 0.7, 0.83] {
                var point = Base.market
                point.time = time
                point.spot = spot
                point.volatility = sigma
                let direct = try Base.model.valuation(of: Base.contract, in: point)
                let grid = try Self.spanGrid.valuation(of: Base.contract, in: point)
                let label = "day \(time * 365), S = \(spot), σ = \(sigma)"
                #expect(abs(grid.delta - direct.delta) < 0.005, "\(label): Δ \(grid.delta) vs \(direct.delta)")
                #expect(abs(grid.vega - direct.vega) < 1.0, "\(label): vega \(grid.vega) vs \(direct.vega)")
                #expect(abs(grid.rho - direct.rho) < 1.0, "\(label): rho \(grid.rho) vs \(direct.rho)")
            }
        }
    }

    /// A volatility outside the span is priced directly, with vega and rho.
    @Test func volatilityOutsideTheSpanFallsBackToFullValuation() throws {
        var point = Base.market
        point.time = 7.0 / 365
        point.volatility = 0.9
        #expect(try Self.spanGrid.valuation(of: Base.contract, in: point) == Base.model.valuation(of: Base.contract, in: point))
    }

    /// The Lagrange basis reproduces a quadratic and its slope exactly.
    @Test func lagrangeBasisInterpolatesAQuadraticAndItsSlope() {
        let nodes = [0.3, 0.5, 0.9]
        let f = { (x: Double) in 2 * x * x - x + 0.25 }
        for x in [0.3, 0.41, 0.77, 0.9] {
            var value = 0.0, slope = 0.0
            for j in nodes.indices {
                let basis = lagrangeBasis(nodes[...], at: x, j)
                value += basis.value * f(nodes[j])
                slope += basis.slope * f(nodes[j])
            }
            #expect(abs(value - f(x)) < 1e-12)
            #expect(abs(slope - (4 * x - 1)) < 1e-12)
        }
    }
}
