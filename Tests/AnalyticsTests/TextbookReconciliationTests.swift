import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The share balance's self-financing P&L against the textbook hedge's P&L (DESIGN.md §2.1–2.2):
/// V(H) − V(0) − Π(H) = Σ(n − n_tb)·dS − interest − dividends + costs, each term computed here
/// from the ledgers, the path and the market, checked to 1e-9 of the sum of the terms' sizes.
struct TextbookReconciliationTests {
    static func simulations() throws -> [HedgeSimulation] {
        let puts = try [5, 2023].map { (seed: UInt64) in
            var scenario = HedgeScenario.course
            scenario.dynamics.seed = seed
            return try scenario.simulate(model: BinomialLatticeModel(steps: 60))
        }
        let calls = try [6, 2024].map { (seed: UInt64) in
            var scenario = HedgeScenario.course
            scenario.dynamics.seed = seed
            scenario.position = Position(
                contract: OptionContract(type: .call, style: .european, strike: 250, expiry: 60.5 / 365),
                contracts: 2, side: .short
            )
            scenario.market.dividendYield = 0.02
            scenario.hedge.costs = TransactionCosts(basisPoints: 10, feePerTrade: 1)
            return try scenario.simulate(model: BlackScholesModel())
        }
        return puts + calls
    }

    @Test func selfFinancingPnLDiffersFromTextbookPnLByHoldingsInterestDividendsAndCosts() throws {
        for simulation in try Self.simulations() {
            let analysis = HedgeAnalysis(simulation)
            let textbook = simulation.textbook
            let markets = simulation.valuedPath.markets
            let spots = simulation.valuedPath.path.spots
            for ledger in simulation.ledgers {
                var holding = 0.0, interest = 0.0, dividends = 0.0, scale = 0.0
                for k in spots.indices.dropLast() {
                    let dt = textbook[k + 1].time - textbook[k].time
                    holding += (ledger.rows[k].shares - textbook[k].sharesHeld) * (spots[k + 1] - spots[k])
                    interest += textbook[k].cash * (Foundation.exp(markets[k].rate * dt) - 1)
                    dividends += textbook[k].sharesHeld * spots[k] * (Foundation.exp(markets[k].dividendYield * dt) - 1)
                    scale += abs(ledger.rows[k].shares * spots[k + 1]) + abs(textbook[k].sharesHeld * spots[k + 1])
                        + abs(textbook[k].cash) + abs(ledger.rows[k].cumulativeOutsideCash)
                }
                let costs = textbook.reduce(0) { $0 + $1.transactionCost }
                let selfFinancing = ledger.rows.last!.selfFinancingValue - ledger.rows[0].selfFinancingValue
                let gap = selfFinancing - textbook.last!.profitAndLoss
                let tolerance = 1e-9 * scale
                #expect(abs(gap - (holding - interest - dividends + costs)) <= tolerance, "\(ledger.estimator)")

                let pair = try #require(analysis.reconciliation(ledger.estimator))
                #expect(abs(pair.holdingDifferencePnL - holding) <= tolerance)
                #expect(abs(pair.textbookInterest - interest) <= tolerance)
                #expect(abs(pair.textbookDividends - dividends) <= tolerance)
                #expect(abs(pair.textbookCosts - costs) <= tolerance)
                #expect(abs(pair.gap - pair.explainedGap) <= tolerance)
                // The chain from the lecture's residual: Σε = C + Π + Σ(n − n_tb)·dS − interest − dividends + costs.
                #expect(abs(pair.cumulativeResidual - (pair.outsideCash + pair.textbookPnL + pair.explainedGap)) <= tolerance)
            }
        }
    }

    @Test func summaryStatesSelfFinancingPnLAsResidualLessOutsideCash() throws {
        for simulation in try Self.simulations() {
            let analysis = HedgeAnalysis(simulation)
            for ledger in simulation.ledgers {
                let summary = try #require(analysis.summary(ledger.estimator))
                let scale = ledger.rows.reduce(0) { $0 + abs($1.liquidationValue) + abs($1.cumulativeOutsideCash) }
                #expect(summary.outsideCash == ledger.rows.last?.cumulativeOutsideCash)
                #expect(abs(summary.selfFinancingPnL - (summary.cumulativeResidual - summary.outsideCash)) <= 1e-9 * scale)
                #expect(abs(summary.finalSelfFinancingValue - summary.initialLiquidationValue - summary.selfFinancingPnL) <= 1e-9 * scale)
                let pair = try #require(analysis.reconciliation(ledger.estimator))
                #expect(pair.selfFinancingPnL == summary.selfFinancingPnL && pair.outsideCash == summary.outsideCash)
            }
        }
    }

    /// The exact hedge keeps HLV constant only by bringing in cash: its self-financing P&L is −C.
    @Test func exactHedgesOutsideCashIsItsSelfFinancingLoss() throws {
        for simulation in try Self.simulations() {
            let summary = try #require(HedgeAnalysis(simulation).summary(.exact))
            let ledger = try #require(simulation.ledger(.exact))
            let scale = ledger.rows.reduce(0) { $0 + abs($1.liquidationValue) + abs($1.outsideCash) }
            #expect(summary.outsideCash != 0)
            #expect(abs(summary.selfFinancingPnL + summary.outsideCash) <= 1e-9 * scale)
        }
    }
}
