import Pricing
import Testing
@testable import Simulation

/// A book's value and Greeks are sums over its holdings weighted by their signed multipliers
/// (DESIGN.md §2.7), and the hedges of the lecture apply to it as to one option.
struct BookTests {
    /// The course lab's short strangle on NFLX, European so that the closed form prices it
    /// fast in a debug build: short call 315 at σ 0.4872, short put 255 at σ 0.5521.
    static func strangle(shares: Double = 0) -> HedgeScenario {
        let expiry = 52.0 / 365
        let call = Position(
            contract: OptionContract(type: .call, style: .european, strike: 315, expiry: expiry), contracts: 1, side: .short
        )
        let put = Position(
            contract: OptionContract(type: .put, style: .european, strike: 255, expiry: expiry), contracts: 1, side: .short,
            impliedVolatility: 0.5521
        )
        return HedgeScenario(
            book: Book(legs: [call, put], shares: shares),
            market: Market(spot: 289.26, rate: 0.0423, dividendYield: 0, volatility: 0.4872),
            dynamics: PathDynamics(drift: 0.0423, realizedVolatility: 0.5, seed: 7),
            hedge: HedgingStrategy(schedule: RebalancingSchedule(interval: 1.0 / 365, horizon: expiry))
        )
    }

    @Test func bookOfOneOptionIsThatOptionBitForBit() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        let path = scenario.pricePath()
        let alone = try ValuedPath.value(scenario.position.contract, along: path, market: scenario.market, model: BlackScholesModel())
        let asBook = try ValuedPath.value(scenario.book, along: path, market: scenario.market, model: BlackScholesModel())
        #expect(asBook == alone)
    }

    @Test func bookGreeksAreTheLegsWeightedBySignedMultipliers() throws {
        let scenario = Self.strangle(shares: 40)
        let market = scenario.market
        var putMarket = market
        putMarket.volatility = 0.5521
        let call = try BlackScholesModel().valuation(of: scenario.book.legs[0].contract, in: market)
        let put = try BlackScholesModel().valuation(of: scenario.book.legs[1].contract, in: putMarket)
        let valued = try ValuedPath.value(scenario.book, along: scenario.pricePath(), market: market, model: BlackScholesModel())
        #expect(valued.legValuations[0][0] == call)
        #expect(valued.legValuations[1][0] == put)
        let totals = scenario.book.totals(legs: [call, put], spot: market.spot)
        #expect(abs(totals.delta - (-100 * call.delta - 100 * put.delta + 40)) < 1e-12)
        #expect(abs(totals.gamma - (-100 * call.gamma - 100 * put.gamma)) < 1e-12)
        #expect(abs(totals.vega - (-100 * call.vega - 100 * put.vega)) < 1e-9)
        #expect(abs(totals.price - (-100 * call.price - 100 * put.price + 40 * market.spot)) < 1e-9)
        // The hedges read the book per unit of m = −100: m·P_book is its value, m·Δ_book its Δ.
        let perUnit = valued.valuations[0]
        #expect(abs(-100 * perUnit.price - totals.price) < 1e-9)
        #expect(abs(-100 * perUnit.delta - totals.delta) < 1e-12)
    }

    /// The textbook hedge holds −(Σ mᵢΔᵢ + n_s) shares, with each leg's Δ from the textbook
    /// formulas (``ClosedFormBlackScholes``, no code shared with `Pricing`).
    @Test func textbookHedgeHoldsMinusTheBooksDelta() throws {
        let simulation = try Self.strangle(shares: 25).simulate(model: BlackScholesModel(), threads: 1)
        let call = ClosedFormBlackScholes(isCall: true, strike: 315, rate: 0.0423, dividendYield: 0, volatility: 0.4872)
        let put = ClosedFormBlackScholes(isCall: false, strike: 255, rate: 0.0423, dividendYield: 0, volatility: 0.5521)
        let expiry = 52.0 / 365
        for (i, row) in simulation.textbook.enumerated().dropLast() {
            let tau = expiry - row.time
            let delta = -100 * call.values(spot: row.spot, tau: tau).delta - 100 * put.values(spot: row.spot, tau: tau).delta + 25
            #expect(abs(row.sharesHeld + delta) < 1e-8, "step \(i)")
        }
    }

    @Test func exactShareBalanceKeepsTheBooksLiquidationValue() throws {
        let simulation = try Self.strangle().simulate(model: BlackScholesModel(), threads: 1)
        let exact = try #require(simulation.ledger(.exact))
        let first = exact.rows[0].liquidationValue
        for row in exact.rows {
            #expect(abs(row.liquidationValue - first) < 1e-7 * abs(first), "step \(row.step)")
        }
    }

    @Test func simulationEndsAtTheEarliestExpiry() {
        var scenario = Self.strangle()
        scenario.book.legs[1].contract.expiry = 20.0 / 365
        #expect(throws: SimulationError.self) { try scenario.validate() }
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        #expect(throws: Never.self) { try scenario.validate() }
    }

    @Test func noisyVolatilityMovesEveryLegByTheSameAmount() throws {
        var scenario = Self.strangle()
        scenario.dynamics.volatilityModel = .noisy(spread: 0.02)
        let simulation = try scenario.simulate(model: BlackScholesModel(), threads: 1)
        let leg = scenario.book.legs[1]
        for (i, market) in simulation.valuedPath.markets.enumerated() {
            let expected = max(0.5521 + market.volatility - 0.4872, 0.01)
            #expect(leg.impliedVolatility(marketMovedFrom: 0.4872, to: market.volatility) == (i == 0 ? 0.5521 : expected))
        }
    }
}
