import Foundation
import Pricing
import Testing
@testable import Simulation

struct RebalancingRuleTests {
    /// By hand, on the course's contract (DESIGN.md §2.6: Γ 0.0063234, S 261.4899, one long
    /// contract so m·Γ = 0.63234) at 20 bps (c = 0.002), γ = 1 per USD and the discount factor
    /// over 60.5 days at r = 4.31 %, e^{−0.0431·60.5/365} = 0.9928815: (3·0.9928815·0.002·261.4899
    /// ·0.63234²/2)^{1/3} = 0.6778365 shares (Whalley & Wilmott 1997, eq. for the no-transaction
    /// band with the whole position's Γ and absolute risk aversion γ).
    @Test func whalleyWilmottHalfWidthMatchesAHandComputation() {
        let discount = exp(-0.0431 * 60.5 / 365)
        let width = WhalleyWilmottRule.halfWidth(
            positionGamma: 0.63234, spot: 261.4899, costRate: 0.002, riskAversion: 1, discount: discount
        )
        #expect(abs(width - 0.6778365) < 5e-7)
        // Eight times the risk aversion halves the band (γ enters under a cube root).
        let narrower = WhalleyWilmottRule.halfWidth(
            positionGamma: 0.63234, spot: 261.4899, costRate: 0.002, riskAversion: 8, discount: discount
        )
        #expect(abs(narrower - width / 2) < 1e-12)
        #expect(WhalleyWilmottRule.halfWidth(positionGamma: 0.63234, spot: 261.4899, costRate: 0, riskAversion: 1) == 0)
        // The old convention, a per share of the option over |m| = 100 shares and no discount,
        // is γ = a/|m|: a = 1 gave 100·(3·0.002·0.0063234²·261.4899/2)^{1/3} = 3.153740 shares.
        let old = WhalleyWilmottRule.halfWidth(positionGamma: 0.63234, spot: 261.4899, costRate: 0.002, riskAversion: 0.01)
        #expect(abs(old - 3.153740) < 5e-6)
    }

    /// By hand, σ = 0.6056214, δt = 1/365, k = 0.004 (20 bps each way): Le = √(2/π)·0.004/(σ·√δt)
    /// = 0.1006805; the writer's σ̂ = σ·√(1 + Le) = 0.6353775 (Leland 1985), the holder's
    /// σ·√(1 − Le) = 0.5743257 (Hoggard, Whalley & Wilmott 1994).
    @Test func lelandVolatilityMatchesAHandComputation() throws {
        let number = LelandRule.lelandNumber(volatility: 0.6056214, interval: 1.0 / 365, roundTripCost: 0.004)
        #expect(abs(number - 0.1006805) < 5e-7)
        let writer = try #require(LelandRule.lelandVolatility(0.6056214, interval: 1.0 / 365, roundTripCost: 0.004, longGamma: false))
        let holder = try #require(LelandRule.lelandVolatility(0.6056214, interval: 1.0 / 365, roundTripCost: 0.004, longGamma: true))
        #expect(abs(writer - 0.6353775) < 5e-7)
        #expect(abs(holder - 0.5743257) < 5e-7)
    }

    @Test func lelandVolatilityDoesNotExistForAHolderWhoseCostsExceedTheVariance() {
        // Le = √(2/π)·0.2/(0.2·√(1/365)) ≈ 15: trading daily at 10% each way.
        #expect(LelandRule.lelandVolatility(0.2, interval: 1.0 / 365, roundTripCost: 0.2, longGamma: true) == nil)
        #expect(LelandRule.lelandVolatility(0.2, interval: 1.0 / 365, roundTripCost: 0.2, longGamma: false) != nil)
    }

    /// The calendar and Leland's rule take the protocol's one decision: −m·Δ (at the rule's own
    /// volatility for Leland's, which its target already carries) whatever is held.
    @Test func rulesThatTradeAtEveryDateHoldTheTarget() {
        let costs = TransactionCosts(basisPoints: 20)
        for rule in [RebalancingRule.calendar, .leland] {
            for held in [0.0, 40, 44.9, -12.5] {
                #expect(rule.base.holding(held: held, target: 44.9, gamma: 0.0063, spot: 261, multiplier: 100, costs: costs, discount: 0.99)
                    == 44.9, "\(rule.name) held \(held)")
            }
        }
    }

    /// The refusals of a band and of a risk aversion say the value as before
    /// (`SimulationError.require`).
    @Test func refusalsOfABandAndARiskAversionNameTheValue() {
        var scenario = HedgeScenario.course
        scenario.hedge.costs = TransactionCosts(basisPoints: 20)
        let refusals: [(RebalancingRule, String)] = [
            (.band(shares: -1), "band must be a finite number of shares ≥ 0, got -1.0"),
            (.band(shares: .infinity), "band must be a finite number of shares ≥ 0, got inf"),
            (.whalleyWilmott(riskAversion: 0), "risk aversion must be a finite number > 0 per USD, got 0.0"),
            (.whalleyWilmott(riskAversion: .nan), "risk aversion must be a finite number > 0 per USD, got nan"),
        ]
        for (rule, message) in refusals {
            #expect {
                try rule.base.validate(in: scenario)
            } throws: { error in
                "\(error)" == message
            }
        }
    }

    @Test func bandHoldsInsideAndTradesBackToTargetOutside() {
        let rule = BandRule(shares: 5)
        #expect(rule.holding(held: 40, target: 44.9, gamma: 0, spot: 100, multiplier: 100, costs: .none, discount: 1) == 40)
        #expect(rule.holding(held: 40, target: 45.1, gamma: 0, spot: 100, multiplier: 100, costs: .none, discount: 1) == 45.1)
        #expect(rule.holding(held: 40, target: 34.9, gamma: 0, spot: 100, multiplier: 100, costs: .none, discount: 1) == 34.9)
    }

    @Test func whalleyWilmottTradesToTheNearerEdgeOfItsBand() {
        let costs = TransactionCosts(basisPoints: 20)
        let rule = WhalleyWilmottRule(riskAversion: 0.01)
        let width = WhalleyWilmottRule.halfWidth(
            positionGamma: 100 * 0.0063234, spot: 261.4899, costRate: 0.002, riskAversion: 0.01, discount: 0.99
        )
        func holding(_ held: Double) -> Double {
            rule.holding(
                held: held, target: -43.3, gamma: 0.0063234, spot: 261.4899, multiplier: 100, costs: costs, discount: 0.99
            )
        }
        #expect(holding(-43.3 + width / 2) == -43.3 + width / 2)
        #expect(abs(holding(0) - (-43.3 + width)) < 1e-12)
        #expect(abs(holding(-60) - (-43.3 - width)) < 1e-12)
    }

    /// On Hull's path (Table 19.2), a band wider than every move of −m·Δ after the set-up never
    /// trades again: the set-up buys the target, and every later date holds.
    @Test func bandNeverTradesWhileTheHoldingStaysInside() throws {
        let calendar = try TextbookHedgeTests.hullLedger()
        let first = calendar[0].sharesHeld
        let widest = calendar.map { abs($0.sharesHeld - first) }.max()!
        let rows = try TextbookHedgeTests.hullLedger(rule: .band(shares: widest + 1))
        #expect(rows[0].sharesBought == first)
        #expect(rows.dropFirst().allSatisfy { $0.sharesBought == 0 && $0.transactionCost == 0 && $0.sharesHeld == first })
        // Just inside the widest move, it trades at least once.
        let tighter = try TextbookHedgeTests.hullLedger(rule: .band(shares: widest - 1))
        #expect(tighter.dropFirst().contains { $0.sharesBought != 0 })
    }

    /// The calendar rule is the textbook's ledger: n = −m·Δ at every date; and a band of zero
    /// width trades at every date Δ moves, so its ledger is the calendar's to the bit.
    @Test func calendarIsTheTextbookLedger() throws {
        let costs = TransactionCosts(basisPoints: 20)
        let calendar = try TextbookHedgeTests.hullLedger(costs: costs, rule: .calendar)
        for row in calendar {
            #expect(row.sharesHeld == 100_000 * row.delta)
        }
        #expect(try TextbookHedgeTests.hullLedger(costs: costs, rule: .band(shares: 0)) == calendar)
        #expect(try TextbookHedgeTests.hullLedger(costs: costs) == calendar)
    }

    /// Leland's rule holds −m·Δ at Leland's volatility (priced afresh here) and marks the option
    /// at the implied one.
    @Test func lelandHedgesWithTheDeltaAtLelandsVolatility() throws {
        let contract = OptionContract(type: .call, style: .european, strike: 50, expiry: 20.0 / 52)
        let market = Market(spot: 49, rate: 0.05, volatility: 0.20)
        let scenario = HedgeScenario(
            book: Book(Position(contract: contract, contracts: 1000, side: .short)), market: market,
            dynamics: PathDynamics(drift: 0.05, realizedVolatility: 0.2, seed: 7),
            hedge: HedgingStrategy(
                schedule: RebalancingSchedule(interval: 1.0 / 52, horizon: 20.0 / 52), rebalancing: .leland, estimators: [],
                costs: TransactionCosts(basisPoints: 20)
            )
        )
        let simulation = try scenario.simulate(model: BlackScholesModel(), threads: 1)
        let adjusted = try #require(scenario.lelandVolatility(0.20))
        #expect(adjusted > 0.20, "a written option is hedged at a higher volatility")
        for (row, point) in zip(simulation.textbook, simulation.valuedPath.markets) {
            var at = point
            at.volatility = adjusted
            let delta = try BlackScholesModel().valuation(of: contract, in: at).delta
            #expect(abs(row.sharesHeld - 100_000 * delta) < 1e-9)
            #expect(row.premium == (try BlackScholesModel().valuation(of: contract, in: point).price))
        }
    }

    @Test func rulesThatNeedCostsOrABandRefuseWithoutThem() {
        var scenario = HedgeScenario.course
        scenario.hedge.rebalancing = .whalleyWilmott(riskAversion: 1)
        #expect(throws: SimulationError.self) { try scenario.validate() }
        scenario.hedge.rebalancing = .leland
        #expect(throws: SimulationError.self) { try scenario.validate() }
        scenario.hedge.costs = TransactionCosts(basisPoints: 20)
        #expect(throws: Never.self) { try scenario.validate() }
        scenario.hedge.rebalancing = .whalleyWilmott(riskAversion: 0)
        #expect(throws: SimulationError.self) { try scenario.validate() }
        scenario.hedge.rebalancing = .band(shares: -1)
        #expect(throws: SimulationError.self) { try scenario.validate() }
    }
}
