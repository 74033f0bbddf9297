import Foundation
import Pricing
@testable import Simulation
import Testing

/// The textbook hedge at another volatility than the implied one (`--hedge-vol`): at implied it
/// is today's hedge bit for bit; at σ it trades −m·Δ(σ), checked against an independent closed
/// form, while the option stays marked at the implied volatility.
struct HedgeVolatilityTests {
    /// The course's put as a European option over 20 days, realizing 0.8 against 0.6056 implied.
    static var scenario: HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.position.contract = OptionContract(type: .put, style: .european, strike: 260, expiry: 30.0 / 365)
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.dynamics.realizedVolatility = 0.8
        return scenario
    }

    @Test func impliedIsTodaysHedgeBitForBit() throws {
        var scenario = Self.scenario
        scenario.position.contract.style = .american
        scenario.hedge.costs = TransactionCosts(basisPoints: 15, feePerTrade: 0.5)
        let model = BinomialLatticeModel(steps: 60)
        for rule in [RebalancingRule.calendar, .band(shares: 3)] {
            scenario.hedge.rebalancing = rule
            scenario.hedge.volatility = .implied
            let simulation = try scenario.simulate(model: model, threads: 1)
            // Today's hedge: the ledger of the valuations' own Δ, no hedge Δ passed.
            let today = TextbookHedge.run(
                on: simulation.valuedPath, multiplier: scenario.position.multiplier, costs: scenario.hedge.costs, rule: rule
            )
            #expect(simulation.textbook == today)
            #expect(try scenario.hedgeVolatilityDeltas(along: simulation.valuedPath, model: model) == nil)
        }
    }

    @Test(arguments: [HedgeVolatility.realized, .fixed(0.45)])
    func aHedgeAtAnotherVolatilityTradesItsDeltaAndMarksAtImplied(_ choice: HedgeVolatility) throws {
        var scenario = Self.scenario
        scenario.hedge.volatility = choice
        let sigma = try #require(scenario.hedgingVolatility())
        #expect(sigma == (choice == .realized ? 0.8 : 0.45))
        let simulation = try scenario.simulate(model: BlackScholesModel(), threads: 1)
        let contract = scenario.position.contract, market = scenario.market
        let atHedge = ClosedFormBlackScholes(
            isCall: false, strike: contract.strike, rate: market.rate, dividendYield: 0, volatility: sigma
        )
        let atImplied = ClosedFormBlackScholes(
            isCall: false, strike: contract.strike, rate: market.rate, dividendYield: 0, volatility: market.volatility
        )
        let m = scenario.position.multiplier
        for row in simulation.textbook {
            let tau = contract.expiry - row.time
            #expect(abs(row.sharesHeld - -m * atHedge.values(spot: row.spot, tau: tau).delta) < 1e-9, "step \(row.step)")
            #expect(abs(row.premium - atImplied.values(spot: row.spot, tau: tau).price) < 1e-9, "step \(row.step)")
        }
    }

    /// In a price-file run "realized" is the file's realized volatility over the run.
    @Test func realizedOnAnObservedPathIsTheFilesVolatility() throws {
        var scenario = Self.scenario
        let times = (0...20).map { Double($0) / 365 }
        let spots = times.indices.map { 260 * exp(0.03 * sin(Double($0) * 1.7)) }
        scenario.dynamics.pathModel = .observed(PricePath(times: times, spots: spots))
        scenario.hedge.schedule = RebalancingSchedule(interval: 1.0 / 365, horizon: 20.0 / 365)
        scenario.hedge.volatility = .realized
        let returns = (1..<spots.count).map { log(spots[$0] / spots[$0 - 1]) }
        let mean = returns.reduce(0, +) / Double(returns.count)
        let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(returns.count - 1)
        let expected = (variance * 365).squareRoot()
        let sigma = try #require(scenario.hedgingVolatility())
        #expect(abs(sigma - expected) < 1e-12 * expected)
        #expect(sigma != scenario.dynamics.realizedVolatility)
    }

    @Test func refusesABookLelandAndNonPositiveVolatilities() {
        var book = Self.scenario
        book.book.shares = 10
        book.hedge.volatility = .realized
        #expect(throws: SimulationError.self) { try book.validate() }
        var leland = Self.scenario
        leland.hedge.costs = TransactionCosts(basisPoints: 10, feePerTrade: 0)
        leland.hedge.rebalancing = .leland
        leland.hedge.volatility = .fixed(0.5)
        #expect(throws: SimulationError.self) { try leland.validate() }
        var zero = Self.scenario
        zero.hedge.volatility = .fixed(0)
        #expect(throws: SimulationError.self) { try zero.validate() }
        var still = Self.scenario
        still.dynamics.realizedVolatility = 0
        still.hedge.volatility = .realized
        #expect(throws: SimulationError.self) { try still.validate() }
    }
}
