import Pricing
import Testing
@testable import Simulation

struct TextbookHedgeTests {
    /// Hull, *Options, Futures, and Other Derivatives*, Table 19.2: 100,000 short European
    /// calls, S0 = 49, K = 50, r = 5%, σ = 20%, T = 20 weeks, rebalanced weekly along this path.
    static let hullPath = [
        49.00, 48.12, 47.37, 50.25, 51.75, 53.12, 53.00, 51.87, 51.38, 53.00, 49.88,
        48.50, 49.88, 50.37, 52.13, 51.88, 52.87, 54.87, 54.62, 55.87, 57.25,
    ]

    static func hullLedger(costs: TransactionCosts = .none, rule: RebalancingRule? = nil) throws -> [TextbookHedgeRow] {
        let contract = OptionContract(type: .call, style: .european, strike: 50, expiry: 20.0 / 52)
        let path = PricePath(times: (0...20).map { Double($0) / 52 }, spots: hullPath)
        let valued = try ValuedPath.value(
            contract, along: path, market: Market(spot: 49, rate: 0.05, volatility: 0.20), model: BlackScholesModel()
        )
        guard let rule else { return TextbookHedge.run(on: valued, multiplier: -100_000, costs: costs) }
        return TextbookHedge.run(on: valued, multiplier: -100_000, costs: costs, rule: rule)
    }

    /// Table 19.2 ends with a cumulative cost of $5,263.3k (Hull rounds Δ to 3 decimals; with
    /// unrounded Δ, $5,263.2k), a net hedging cost of $263.3k once the strike is received.
    @Test func reproducesHullTable19_2() throws {
        let rows = try Self.hullLedger()
        #expect(rows.count == 21)
        // Week 0: Δ = 0.522, 52,200 shares bought for $2,557.8k; unrounded, Δ = 0.5216 and
        // the cost $2,555.9k.
        #expect(abs(rows[0].delta - 0.522) < 0.0005)
        #expect(abs(rows[0].costOfSharesBought / 1000 - 2_557.8) < 2.5)
        // Week 20: the call ends in the money, Δ = 1, 100,000 shares held.
        #expect(rows[20].sharesHeld == 100_000)
        #expect(abs(rows[20].cumulativeCost / 1000 - 5_263.3) < 0.5)
        #expect(abs((rows[20].cumulativeCost - 100_000 * 50) / 1000 - 263.3) < 0.5)
    }

    @Test func hedgingPnLIsPremiumLessNetCost() throws {
        let rows = try Self.hullLedger()
        // P&L at expiry: premium received with interest, less the net cost of the hedge.
        let last = try #require(rows.last)
        let premium = rows[0].premium * 100_000
        let expected = premium * Foundation.exp(0.05 * 20 / 52) - (last.cumulativeCost - 5_000_000)
        #expect(abs(last.profitAndLoss - expected) < 1e-6)
        #expect(abs(rows[0].profitAndLoss) < 1e-6, "a delta-neutral book starts at zero P&L")
    }

    @Test func transactionCostsRaiseTheCumulativeCost() throws {
        let free = try Self.hullLedger().last!.cumulativeCost
        let costly = try Self.hullLedger(costs: TransactionCosts(basisPoints: 10, feePerTrade: 5)).last!.cumulativeCost
        #expect(costly > free)
        let rows = try Self.hullLedger(costs: TransactionCosts(basisPoints: 10))
        #expect(abs(rows[0].transactionCost - rows[0].costOfSharesBought * 0.001) < 1e-6)
    }

    @Test func interestColumnAccruesTheCumulativeCost() throws {
        let rows = try Self.hullLedger()
        for i in 1..<rows.count {
            let expected = rows[i - 1].cumulativeCost + rows[i - 1].interest + rows[i].costOfSharesBought
            #expect(abs(rows[i].cumulativeCost - expected) < 1e-6)
        }
        #expect(rows.last?.interest == 0)
    }
}

import Foundation
