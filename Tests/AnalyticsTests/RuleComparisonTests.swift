import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

struct RuleComparisonTests {
    /// QuantLib's one-month at-the-money call (DESIGN.md §3), written, hedged daily at 20 bps.
    static var scenario: HedgeScenario {
        var scenario = ValidationCase.quantLib.scenario
        scenario.hedge.estimators = []
        scenario.hedge.costs = TransactionCosts(basisPoints: 20)
        return scenario
    }

    /// The calendar row is the study's own textbook hedge on the same paths, to the bit; a band
    /// of zero width is the calendar; and the studied rules come back in the order given.
    @Test func calendarRowIsTheStudysOwnHedge() throws {
        let study = MonteCarloStudy(scenario: Self.scenario, model: BlackScholesModel(), paths: 200, threads: 2)
        let outcomes = try study.compareRules([.calendar, .band(shares: 0)])
        let own = try study.run(Self.scenario).finalPnL
        let statistics = SampleStatistics(own)
        #expect(outcomes.map(\.rule) == [.calendar, .band(shares: 0)])
        #expect(abs(outcomes[0].mean - statistics.mean) <= 1e-9 * abs(statistics.mean))
        #expect(abs(outcomes[0].std - statistics.standardDeviation) <= 1e-9 * statistics.standardDeviation)
        #expect(outcomes[1] == RuleOutcome(
            rule: .band(shares: 0), hedgingVolatility: nil, mean: outcomes[0].mean, meanStandardError: outcomes[0].meanStandardError,
            std: outcomes[0].std, stdStandardError: outcomes[0].stdStandardError, trades: outcomes[0].trades,
            costs: outcomes[0].costs, costsStandardError: outcomes[0].costsStandardError
        ))
    }

    /// What the rules are for: a band trades less and pays less than the calendar, and leaves a
    /// wider spread of the final P&L; Whalley–Wilmott's band pays less than the calendar too.
    @Test func bandsTradeLessAndPayLessForMoreSpread() throws {
        let study = MonteCarloStudy(scenario: Self.scenario, model: BlackScholesModel(), paths: 200, threads: 2)
        let outcomes = try study.compareRules([.calendar, .band(shares: 10), .whalleyWilmott(riskAversion: 0.01), .leland])
        let calendar = outcomes[0], band = outcomes[1], whalley = outcomes[2], leland = outcomes[3]
        #expect(band.trades < calendar.trades)
        #expect(band.costs < calendar.costs)
        #expect(band.std > calendar.std)
        #expect(whalley.costs < calendar.costs)
        // A written call is hedged at a higher volatility, whose flatter Δ trades fewer shares.
        #expect(try #require(leland.hedgingVolatility) > Self.scenario.market.volatility)
        #expect(leland.costs < calendar.costs)
        // The calendar trades at nearly every date: not where Δ stands still (a path deep out of
        // or in the money at expiry has nothing left to trade).
        let dates = Double(Self.scenario.hedge.schedule.times.count)
        #expect(calendar.trades <= dates && calendar.trades > dates - 1)
    }

    /// `monteCarlo.rules` keeps its stable keys: rule, band (null unless a band), mean, std,
    /// trades, costs.
    @Test func outcomesEncodeTheContractsKeys() throws {
        let outcome = RuleOutcome(
            rule: .band(shares: 5), hedgingVolatility: nil, mean: -1, meanStandardError: 0.1, std: 2, stdStandardError: 0.2,
            trades: 3, costs: 4, costsStandardError: 0.4
        )
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(outcome)) as? [String: Any])
        #expect(json["rule"] as? String == "band")
        #expect(json["band"] as? Double == 5)
        #expect(json["riskAversion"] is NSNull)
        for key in ["mean", "std", "trades", "costs"] {
            #expect(json[key] is Double, "\(key)")
        }
        #expect(try JSONDecoder().decode(RuleOutcome.self, from: JSONEncoder().encode(outcome)) == outcome)
    }
}
