import Foundation
import Pricing
import Testing
@testable import Simulation

/// The share balance's outside cash and self-financing value (DESIGN.md §2.1; the identities are
/// stated on ``ShareBalanceHedge``), and the textbook P&L's decomposition (§2.2), on seeded GBM
/// paths. Each identity is checked to 1e-9 of the sum of the absolute values of its terms.
struct ShareBalanceAccountingTests {
    /// The course's long American put on a 60-level lattice, a few seeds.
    static func longAmericanPut(seed: UInt64) throws -> HedgeSimulation {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = seed
        return try scenario.simulate(model: BinomialLatticeModel(steps: 60))
    }

    /// Two short European calls with a 2% dividend yield and costs (10 bp plus 1 USD a trade),
    /// priced with Black–Scholes–Merton.
    static func shortEuropeanCall(seed: UInt64) throws -> HedgeSimulation {
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

    static func simulations() throws -> [HedgeSimulation] {
        try [1, 2, 2023].map(longAmericanPut) + [3, 4, 2024].map(shortEuropeanCall)
    }

    /// |a − b| within 1e-9 of `scale` (at least 1 USD).
    static func agree(_ a: Double, _ b: Double, scale: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, scale)
    }

    @Test func liquidationValueMovesByTheSumOfResiduals() throws {
        for simulation in try Self.simulations() {
            for ledger in simulation.ledgers {
                let start = ledger.rows[0].liquidationValue
                var sum = 0.0, scale = abs(start)
                for row in ledger.rows {
                    sum += row.residual
                    scale += abs(row.residual)
                    #expect(Self.agree(row.liquidationValue - start, sum, scale: scale), "\(ledger.estimator) step \(row.step)")
                }
            }
        }
    }

    @Test func selfFinancingValueMovesByTheHoldingsProfitEachInterval() throws {
        for simulation in try Self.simulations() {
            let m = simulation.scenario.position.multiplier
            for ledger in simulation.ledgers {
                let rows = ledger.rows
                #expect(rows[0].selfFinancingValue == rows[0].liquidationValue)
                #expect(rows[0].cumulativeOutsideCash == 0)
                var holdingProfit = 0.0, scale = abs(rows[0].selfFinancingValue)
                for k in rows.indices.dropFirst() {
                    // m·dP + n(t)·dS, with dP the model's repricing and n held over the interval.
                    let step = m * (rows[k].premium - rows[k - 1].premium) + rows[k - 1].shares * (rows[k].spot - rows[k - 1].spot)
                    holdingProfit += step
                    let stepScale = abs(m * rows[k].premium) + abs(rows[k - 1].shares * rows[k].spot)
                        + abs(rows[k].shares * rows[k].spot) + abs(rows[k].cumulativeOutsideCash)
                    scale += stepScale
                    let change = rows[k].selfFinancingValue - rows[k - 1].selfFinancingValue
                    #expect(Self.agree(change, step, scale: stepScale), "\(ledger.estimator) step \(k)")
                    // V(t) − V(0) = Σ(m·dP + n·dS) = Σε − C(t).
                    let total = rows[k].selfFinancingValue - rows[0].selfFinancingValue
                    #expect(Self.agree(total, holdingProfit, scale: scale), "\(ledger.estimator) step \(k)")
                    #expect(Self.agree(total, rows[k].cumulativeResidual - rows[k].cumulativeOutsideCash, scale: scale))
                }
            }
        }
    }

    @Test func outsideCashPaysForEachTradeAtTheNewSpot() throws {
        for simulation in try Self.simulations() {
            for ledger in simulation.ledgers {
                var total = 0.0
                for (previous, row) in zip(ledger.rows, ledger.rows.dropFirst()) {
                    let trade = (row.shares - previous.shares) * row.spot
                    total += trade
                    #expect(Self.agree(row.outsideCash, trade, scale: abs(row.shares * row.spot)))
                    #expect(Self.agree(row.cumulativeOutsideCash, total, scale: abs(total) + abs(row.shares * row.spot)))
                }
            }
        }
    }

    /// With perfect information n(t)·S(t) = HLV(0) − m·P(t), so the outside cash follows from the
    /// model's prices alone: priced here with ``BlackScholesModel`` directly, not read from the ledger.
    @Test func exactHedgesOutsideCashFollowsFromTheModelsPrices() throws {
        for seed: UInt64 in [3, 4, 2024] {
            let simulation = try Self.shortEuropeanCall(seed: seed)
            let scenario = simulation.scenario
            let m = scenario.position.multiplier
            let path = simulation.valuedPath.path
            let prices = try zip(path.times, path.spots).map { time, spot in
                var market = scenario.market
                market.spot = spot
                market.time = time
                return try BlackScholesModel().valuation(of: scenario.position.contract, in: market)
            }
            var shares = -m * prices[0].delta
            var outside = 0.0, scale = 0.0
            for k in path.spots.indices.dropFirst() {
                // The recursion n(t+dt) = (n(t)·S(t) − m·dP)/S(t+dt), dP the model's.
                let next = (shares * path.spots[k - 1] - m * (prices[k].price - prices[k - 1].price)) / path.spots[k]
                outside += (next - shares) * path.spots[k]
                scale += abs(next * path.spots[k]) + abs(shares * path.spots[k])
                shares = next
            }
            let ledger = try #require(simulation.ledger(.exact))
            let last = try #require(ledger.rows.last)
            #expect(Self.agree(last.cumulativeOutsideCash, outside, scale: scale), "seed \(seed)")
            #expect(Self.agree(last.shares, shares, scale: abs(shares)), "seed \(seed)")
            // Σε = 0, so the outside cash is exactly the loss of the self-financing book.
            #expect(Self.agree(last.selfFinancingValue - ledger.rows[0].selfFinancingValue, -outside, scale: scale))
        }
    }

    /// Π(t) = Σ(m·dP + n_tb·dS) + Σ B·(e^{r·dt} − 1) + Σ n_tb·S·(e^{q·dt} − 1) − Σ costs, with
    /// interest and dividends computed here from the cash balance, the rate and the yield.
    @Test func textbookPnLIsHoldingsProfitPlusInterestAndDividendsLessCosts() throws {
        for simulation in try Self.simulations() {
            let m = simulation.scenario.position.multiplier
            let rows = simulation.textbook
            let markets = simulation.valuedPath.markets
            var expected = -rows[0].transactionCost
            var scale = abs(rows[0].transactionCost)
            for k in rows.indices.dropFirst() {
                let dt = rows[k].time - rows[k - 1].time
                let interest = rows[k - 1].cash * (Foundation.exp(markets[k - 1].rate * dt) - 1)
                let dividends = rows[k - 1].sharesHeld * rows[k - 1].spot * (Foundation.exp(markets[k - 1].dividendYield * dt) - 1)
                let holding = m * (rows[k].premium - rows[k - 1].premium) + rows[k - 1].sharesHeld * (rows[k].spot - rows[k - 1].spot)
                expected += holding + interest + dividends - rows[k].transactionCost
                scale += abs(m * rows[k].premium) + abs(rows[k - 1].sharesHeld * rows[k].spot) + abs(rows[k - 1].cash)
                #expect(Self.agree(rows[k - 1].cashInterest, interest, scale: abs(rows[k - 1].cash)))
                #expect(Self.agree(rows[k - 1].dividends, dividends, scale: abs(rows[k - 1].sharesHeld * rows[k - 1].spot)))
                #expect(Self.agree(rows[k].profitAndLoss, expected, scale: scale), "step \(k)")
            }
            #expect(rows.last?.cashInterest == 0 && rows.last?.dividends == 0)
        }
    }

    @Test func shortCallScenarioHasDividendsAndCostsToReconcile() throws {
        let rows = try Self.shortEuropeanCall(seed: 3).textbook
        #expect(rows.contains { $0.dividends != 0 })
        #expect(rows.reduce(0) { $0 + $1.transactionCost } > 0)
    }
}
