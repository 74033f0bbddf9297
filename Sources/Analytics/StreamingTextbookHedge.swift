import Foundation
import Pricing
import Simulation

/// The textbook hedge of a European option under Black–Scholes on GBM paths, streamed: only
/// each path's final P&L is kept, for several schedules that share the path.
///
/// It computes what ``HedgeScenario/hedge(along:model:)`` with ``BlackScholesModel`` puts on
/// the last row of the textbook ledger, for the same path (same seed, same dates, the same
/// ln S bit for bit): the premium at set-up and the valuation at the horizon come from the
/// model itself, the cash account from ``TextbookHedge/Account``; only S and Δ between the two
/// come from a ``BlackScholesDeltaSlice`` per date (S within 2 ulps of `exp`, Δ within 2e-13 of
/// the model's), so a final P&L agrees to about 1e-8 USD. What it leaves out is what the Monte
/// Carlo study throws away: no ledger rows, no valuation with five Greeks at every date, no
/// arrays per path.
///
/// Paths are processed a chunk at a time (the study's, `MonteCarloStudy.pathsPerChunk`), date
/// by date across the chunk, so that the per-date work (a normal draw, an `exp`, a Δ, one
/// account update per schedule) runs over independent paths that the processor can overlap.
struct StreamingTextbookHedge: Sendable {
    /// One schedule's rebalancing at a common date.
    private struct Rebalancing: Sendable {
        var schedule: Int
        /// e^{r·dt} and e^{q·dt} − 1 over the schedule's interval that ends here.
        var growth: Double
        var dividendGrowth: Double
    }

    private let scenario: HedgeScenario
    /// The pricing model, which offers closed-form Δ slices (``PricingModel/deltaSlice(of:in:timeToExpiry:)``).
    private let model: any PricingModel
    private let dates: CommonDates
    /// Δ at each common date strictly between the first and the last (index 0 and the last unused).
    private let slices: [BlackScholesDeltaSlice?]
    /// The schedules that rebalance at each common date after the first.
    private let rebalancings: [[Rebalancing]]
    /// Every schedule's account after the set-up trade at t = 0 (the same on every path).
    private let initialAccount: TextbookHedge.Account

    /// The stream for `scenario`'s position, market, drift, realized volatility and costs on
    /// `dates` (the textbook hedge alone: traded options the scenario names are not its
    /// concern), or nil when the scenario is not one it computes exactly: one option whose model
    /// offers closed-form Δ slices (``BlackScholesModel`` for a European option) on GBM paths at
    /// a constant implied volatility, hedged on the calendar rule at the implied volatility, every schedule ending at the
    /// last common date.
    init?(scenario: HedgeScenario, model: any PricingModel, dates: CommonDates) throws(SimulationError) {
        guard scenario.book.isSingleOption,
              scenario.dynamics.pathModel.id == .gbm, case .constant = scenario.dynamics.volatilityModel,
              scenario.hedge.rebalancing.isCalendar, scenario.hedge.volatility == .implied,
              dates.times.count >= 2, dates.positions.allSatisfy({ $0.last == dates.times.count - 1 }),
              (try? model.deltaSlice(
                  of: scenario.position.contract, in: scenario.market, timeToExpiry: scenario.position.contract.expiry
              )) != nil
        else { return nil }
        self.model = model
        self.scenario = scenario
        self.dates = dates
        let times = dates.times, market = scenario.market, contract = scenario.position.contract
        var slices = [BlackScholesDeltaSlice?](repeating: nil, count: times.count)
        for j in 1..<(times.count - 1) {
            do {
                slices[j] = try model.deltaSlice(of: contract, in: market, timeToExpiry: max(contract.expiry - times[j], 0))
            } catch {
                throw SimulationError(.pricingFailed(step: j, time: times[j], spot: market.spot, error))
            }
        }
        self.slices = slices
        var rebalancings = [[Rebalancing]](repeating: [], count: times.count)
        for (schedule, positions) in dates.positions.enumerated() {
            for (previous, position) in zip(positions, positions.dropFirst()) {
                let dt = times[position] - times[previous]
                rebalancings[position].append(Rebalancing(
                    schedule: schedule, growth: exp(market.rate * dt), dividendGrowth: exp(market.dividendYield * dt) - 1
                ))
            }
        }
        self.rebalancings = rebalancings
        let start: Valuation
        do {
            start = try model.valuation(of: contract, in: market)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: market.spot, error))
        }
        let m = scenario.position.multiplier
        var account = TextbookHedge.Account(premium: start.price, multiplier: m)
        account.rebalance(to: -m * start.delta, at: market.spot, costs: scenario.hedge.costs)
        initialAccount = account
    }

    /// Number of schedules, in the order of `dates.positions`.
    var scheduleCount: Int { dates.positions.count }

    /// The final P&L, USD, of each schedule (outer, stride `paths.count`) on the paths
    /// `paths`, simulated side by side, path k drawing from `MonteCarloStudy.pathSeed(seed, k)`'s
    /// generator.
    func finalProfits(paths: Range<Int>, seed: UInt64) throws(SimulationError) -> [Double] {
        let n = paths.count, schedules = dates.positions.count, last = dates.times.count - 1
        let times = dates.times, market = scenario.market, contract = scenario.position.contract
        let m = scenario.position.multiplier, costs = scenario.hedge.costs
        var bundle = PathBundle(
            GeometricBrownianMotion(drift: scenario.dynamics.drift, volatility: scenario.dynamics.realizedVolatility), spot: market.spot,
            seeds: paths.map { MonteCarloStudy.pathSeed(seed, $0) }
        )
        var spots = [Double](repeating: market.spot, count: n)
        var deltas = [Double](repeating: 0, count: n)
        var optionValues = [Double](repeating: 0, count: n)
        var accounts = [TextbookHedge.Account](repeating: initialAccount, count: schedules * n)
        var previousSpots = [Double](repeating: market.spot, count: schedules * n)
        let drawing = scenario.drawingDates(for: times)
        for j in 1...last {
            for d in (drawing.positions[j - 1] + 1)...drawing.positions[j] {
                bundle.advance(over: drawing.times[d] - drawing.times[d - 1])
            }
            if let slice = slices[j] {
                slice.fill(deltas: &deltas, spots: &spots, logSpots: bundle.states)
            } else {
                // The horizon: the model's own value and Δ, as the ledger's last row has them.
                var point = market
                point.time = times[j]
                for p in 0..<n {
                    spots[p] = exp(bundle.states[p])
                    point.spot = spots[p]
                    let value: Valuation
                    do {
                        value = try model.valuation(of: contract, in: point)
                    } catch {
                        throw SimulationError(.pricingFailed(step: j, time: point.time, spot: spots[p], error))
                    }
                    deltas[p] = value.delta
                    optionValues[p] = value.price
                }
            }
            accounts.withUnsafeMutableBufferPointer { accounts in
                previousSpots.withUnsafeMutableBufferPointer { previousSpots in
                    for rebalancing in rebalancings[j] {
                        let base = rebalancing.schedule * n
                        for p in 0..<n {
                            accounts[base + p].accrue(
                                growth: rebalancing.growth, dividendGrowth: rebalancing.dividendGrowth,
                                previousSpot: previousSpots[base + p]
                            )
                            accounts[base + p].rebalance(to: -m * deltas[p], at: spots[p], costs: costs)
                            previousSpots[base + p] = spots[p]
                        }
                    }
                }
            }
        }
        var profits = [Double](repeating: 0, count: schedules * n)
        for schedule in 0..<schedules {
            for p in 0..<n {
                let profit = accounts[schedule * n + p].profitAndLoss(optionValue: optionValues[p], spot: spots[p], multiplier: m)
                guard profit.isFinite else {
                    throw SimulationError(.pricingFailed(
                        step: last, time: times[last], spot: spots[p],
                        PricingError(.nonFiniteResult("final P&L \(profit) on path \(paths.lowerBound + p)"))
                    ))
                }
                profits[schedule * n + p] = profit
            }
        }
        return profits
    }
}
