import Foundation
import Pricing
import Testing
@testable import Simulation

/// The textbook hedge computes e^{r·dt} and e^{q·dt} once per distinct interval and e^{−r(T−t)}
/// only for a rule that reads it: each date's interest and dividends are still those of its own
/// interval, bit for bit, and only Whalley–Wilmott's band moves with the expiry.
struct TextbookHedgeAccrualTests {
    /// Uneven dates (a weekend gap, repeats of one interval, a short last one) with a dividend yield.
    static func valued() throws -> ValuedPath {
        let times = [0, 1, 2, 3, 6, 7, 8, 9.5].map { $0 / 365 }
        let spots = [261.49, 258.0, 263.2, 259.9, 250.1, 255.7, 262.4, 260.0]
        let contract = OptionContract(type: .put, style: .european, strike: 260, expiry: 20.0 / 365)
        let market = Market(spot: spots[0], rate: 0.0431, dividendYield: 0.02, volatility: 0.6)
        return try ValuedPath.value(contract, along: PricePath(times: times, spots: spots), market: market, model: BlackScholesModel())
    }

    @Test func eachDateAccruesItsOwnInterval() throws {
        let valued = try Self.valued()
        let rows = TextbookHedge.run(on: valued, multiplier: 100)
        let times = valued.path.times, spots = valued.path.spots
        for i in 1..<rows.count {
            let dt = times[i] - times[i - 1]
            #expect(rows[i - 1].cashInterest.bitPattern == (rows[i - 1].cash * (exp(0.0431 * dt) - 1)).bitPattern, "date \(i)")
            #expect(
                rows[i - 1].dividends.bitPattern == (rows[i - 1].sharesHeld * spots[i - 1] * (exp(0.02 * dt) - 1)).bitPattern,
                "date \(i)"
            )
        }
    }

    @Test func onlyWhalleyWilmottsBandReadsTheDiscount() throws {
        let valued = try Self.valued()
        let costs = TransactionCosts(basisPoints: 50)
        func ledger(_ rule: RebalancingRule, expiry: Double?) -> [TextbookHedgeRow] {
            TextbookHedge.run(on: valued, multiplier: 100, costs: costs, rule: rule, expiry: expiry)
        }
        for rule in [RebalancingRule.calendar, .band(shares: 5)] {
            #expect(ledger(rule, expiry: 20.0 / 365) == ledger(rule, expiry: nil))
        }
        #expect(!type(of: RebalancingRule.calendar.base).readsDiscount)
        let band = RebalancingRule.whalleyWilmott(riskAversion: 0.01)
        #expect(type(of: band.base).readsDiscount)
        #expect(ledger(band, expiry: 20.0 / 365) != ledger(band, expiry: nil))
    }

    /// The final P&L alone (``TextbookHedge/finalProfitAndLoss(on:multiplier:costs:rule:hedgeDeltas:expiry:)``)
    /// is the ledger's last P&L, bit for bit, on every kind of rule, with costs, dividends and
    /// target deltas of the hedger's own; 0 on an empty path.
    @Test func theFinalProfitAloneIsTheLedgersLastBits() throws {
        let valued = try Self.valued()
        let own = valued.valuations.map { $0.delta * 0.9 }
        for rule in [RebalancingRule.calendar, .band(shares: 5), .whalleyWilmott(riskAversion: 0.01)] {
            for costs in [TransactionCosts.none, TransactionCosts(basisPoints: 50)] {
                for (deltas, m) in [(nil, 100.0), (own, -300)] {
                    let rows = TextbookHedge.run(on: valued, multiplier: m, costs: costs, rule: rule, hedgeDeltas: deltas, expiry: 20.0 / 365)
                    let final = TextbookHedge.finalProfitAndLoss(
                        on: valued, multiplier: m, costs: costs, rule: rule, hedgeDeltas: deltas, expiry: 20.0 / 365
                    )
                    let last = try #require(rows.last)
                    #expect(final.bitPattern == last.profitAndLoss.bitPattern, "\(rule), \(costs), m = \(m)")
                }
            }
        }
        #expect(TextbookHedge.finalProfitAndLoss(on: valued.truncated(through: -1), multiplier: 100) == 0)
    }
}
