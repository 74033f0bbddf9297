import Pricing
import Testing
@testable import Simulation

struct ShareBalanceHedgeTests {
    /// The course scenario with a coarser lattice keeps the debug-build tests fast; the
    /// identities tested here do not depend on the number of levels.
    static func courseSimulation(seed: UInt64 = 2023, steps: Int = 100) throws -> HedgeSimulation {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = seed
        return try scenario.simulate(model: BinomialLatticeModel(steps: steps))
    }

    /// A European position priced with ``BlackScholesModel``, and the closed form that reprices
    /// it independently: the course's long put, and two short calls on a share paying 2%.
    static func europeanCase(_ name: String) throws -> (simulation: HedgeSimulation, closedForm: ClosedFormBlackScholes) {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        if name == "short calls" {
            scenario.dynamics.seed = 31
            scenario.position = Position(
                contract: OptionContract(type: .call, style: .european, strike: 250, expiry: 60.5 / 365), contracts: 2, side: .short
            )
            scenario.market.dividendYield = 0.02
        }
        let closedForm = ClosedFormBlackScholes(
            isCall: scenario.position.contract.type == .call, strike: scenario.position.contract.strike,
            rate: scenario.market.rate, dividendYield: scenario.market.dividendYield, volatility: scenario.market.volatility
        )
        return (try scenario.simulate(model: BlackScholesModel()), closedForm)
    }

    static let europeanCases = ["long put", "short calls"]

    /// The closed form's values at every date of the simulated path.
    static func closedFormValues(_ simulation: HedgeSimulation, _ closedForm: ClosedFormBlackScholes) -> [ClosedFormBlackScholes.Values] {
        let path = simulation.valuedPath.path
        let expiry = simulation.scenario.position.contract.expiry
        return zip(path.times, path.spots).map { closedForm.values(spot: $1, tau: max(expiry - $0, 0)) }
    }

    /// |a − b| within 1e-9 of `scale` (at least 1).
    static func agree(_ a: Double, _ b: Double, scale: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, scale)
    }

    /// `exact` books dP̂ = P(t + dt) − P(t) with P repriced by the closed form, not read from
    /// the ledger, and so m·P + n·S, with that P and the ledger's n, stays at its start: a wrong
    /// date, sign or multiplier in the estimator or the share update fails here.
    @Test(arguments: europeanCases)
    func exactEstimatorBooksTheClosedFormRepricing(_ name: String) throws {
        let (simulation, closedForm) = try Self.europeanCase(name)
        let m = simulation.scenario.position.multiplier
        let values = Self.closedFormValues(simulation, closedForm)
        let rows = try #require(simulation.ledger(.exact)).rows
        #expect(rows.count == values.count)
        let start = m * values[0].price + rows[0].shares * rows[0].spot
        for k in rows.indices.dropFirst() {
            let change = values[k].price - values[k - 1].price
            #expect(Self.agree(rows[k].estimatedPremiumChange, change, scale: values[k - 1].price), "\(name) step \(k)")
            let liquidation = m * values[k].price + rows[k].shares * rows[k].spot
            #expect(Self.agree(liquidation, start, scale: abs(start) + abs(rows[k].shareValue)), "\(name) step \(k)")
        }
    }

    /// On an American put, where no closed form exists, `exact`'s dP̂ is the difference of two
    /// prices of a separately built lattice at the path's dates and spots.
    @Test func exactEstimatorBooksTheRepricingOfASeparateLattice() throws {
        let simulation = try Self.courseSimulation(steps: 60)
        let scenario = simulation.scenario
        let path = simulation.valuedPath.path
        let lattice = BinomialLatticeModel(steps: 60)
        let prices = try zip(path.times, path.spots).map { time, spot in
            var market = scenario.market
            market.spot = spot
            market.time = time
            return try lattice.price(of: scenario.position.contract, in: market)
        }
        let rows = try #require(simulation.ledger(.exact)).rows
        for k in rows.indices.dropFirst() {
            #expect(Self.agree(rows[k].estimatedPremiumChange, prices[k] - prices[k - 1], scale: prices[k - 1]), "step \(k)")
        }
    }

    @Test func hedgeStartsDeltaNeutral() throws {
        let simulation = try Self.courseSimulation()
        let m = simulation.scenario.position.multiplier
        let delta0 = simulation.valuedPath.valuations[0].delta
        for ledger in simulation.ledgers {
            #expect(ledger.rows[0].shares == -m * delta0)
        }
        // A long put has Δ < 0: the delta-neutral hedge buys shares.
        #expect(simulation.ledgers[0].rows[0].shares > 0)
    }

    /// The hedge constraint m·dP̂ + H = 0 with dP̂ recomputed from the closed form's Greeks at
    /// each interval's start (ν·dσ and ρ·dr vanish: volatility and rate stay put): the shares
    /// n(t + dt) = (n(t)·S(t) − m·dP̂)/S(t + dt), the equity change H and the residual
    /// ε = m·(dP − dP̂) of every estimator, step by step, from n(0) = −m·Δ(0).
    @Test(arguments: europeanCases)
    func sharesFollowTheShareBalanceWithClosedFormGreeks(_ name: String) throws {
        let (simulation, closedForm) = try Self.europeanCase(name)
        let m = simulation.scenario.position.multiplier
        let values = Self.closedFormValues(simulation, closedForm)
        let (times, spots) = (simulation.valuedPath.path.times, simulation.valuedPath.path.spots)
        for ledger in simulation.ledgers {
            var shares = -m * values[0].delta
            #expect(Self.agree(ledger.rows[0].shares, shares, scale: abs(shares)))
            for k in spots.indices.dropFirst() {
                let (start, dS, dt) = (values[k - 1], spots[k] - spots[k - 1], times[k] - times[k - 1])
                let estimate = switch ledger.estimator {
                case .delta: start.delta * dS
                case .deltaGamma: start.delta * dS + 0.5 * start.gamma * dS * dS
                case .greeks: start.delta * dS + 0.5 * start.gamma * dS * dS + start.theta * dt
                case .exact: values[k].price - start.price
                }
                let previousValue = shares * spots[k - 1]
                shares = (previousValue - m * estimate) / spots[k]
                let row = ledger.rows[k]
                let scale = abs(previousValue) + abs(m * start.price)
                #expect(Self.agree(row.shares * spots[k], shares * spots[k], scale: scale), "\(name) \(ledger.estimator) step \(k)")
                #expect(Self.agree(row.equityChange, -m * estimate, scale: scale), "\(name) \(ledger.estimator) step \(k)")
                #expect(Self.agree(row.residual, m * (values[k].price - start.price - estimate), scale: scale))
            }
        }
    }

    /// The textbook hedge holds −m·Δ shares with Δ from the closed form at every date.
    @Test(arguments: europeanCases)
    func textbookHedgeHoldsMinusMTimesTheClosedFormDelta(_ name: String) throws {
        let (simulation, closedForm) = try Self.europeanCase(name)
        let m = simulation.scenario.position.multiplier
        let values = Self.closedFormValues(simulation, closedForm)
        #expect(simulation.textbook.count == values.count)
        for (row, value) in zip(simulation.textbook, values) {
            #expect(Self.agree(row.sharesHeld, -m * value.delta, scale: abs(m)), "\(name) at t = \(row.time)")
        }
    }

    @Test func cumulativeResidualIsChangeOfLiquidationValue() throws {
        let ledger = try #require(try Self.courseSimulation().ledger(.delta))
        let start = ledger.rows[0].liquidationValue
        for row in ledger.rows {
            #expect(abs(row.liquidationValue - start - row.cumulativeResidual) < 1e-8)
        }
    }

    @Test func initialSharesOverrideDeltaNeutralStart() throws {
        var scenario = HedgeScenario.course
        scenario.hedge.initialShares = 40
        scenario.hedge.estimators = [.delta]
        let simulation = try scenario.simulate(model: BinomialLatticeModel(steps: 50))
        #expect(simulation.ledgers[0].rows[0].shares == 40)
    }

    @Test func coursePathRunsDailyToExpiry() throws {
        let simulation = try Self.courseSimulation()
        let times = simulation.valuedPath.path.times
        // 60.5 days: 60 whole days and a final half day.
        #expect(times.count == 62)
        #expect(abs(times.last! - 60.5 / 365) < 1e-15)
        // At expiry the premium is the intrinsic value.
        let last = simulation.valuedPath
        #expect(last.valuations.last!.price == max(260 - last.path.spots.last!, 0))
    }

    @Test func sameSeedGivesSameLedgers() throws {
        #expect(try Self.courseSimulation(seed: 7) == Self.courseSimulation(seed: 7))
        #expect(try Self.courseSimulation(seed: 7).valuedPath.path != Self.courseSimulation(seed: 8).valuedPath.path)
    }

    @Test func rejectsHorizonPastExpiry() {
        var scenario = HedgeScenario.course
        scenario.hedge.schedule.horizon = 1
        #expect(throws: SimulationError.self) { try scenario.simulate(model: BinomialLatticeModel(steps: 10)) }
    }
}

struct FiniteGuardTests {
    @Test func courseSimulationIsFinite() throws {
        #expect(try HedgeScenario.course.simulate(model: BinomialLatticeModel(steps: 30)).firstNonFiniteValue() == nil)
    }

    @Test func guardNamesTheStepOfANonFiniteValue() throws {
        var simulation = try HedgeScenario.course.simulate(model: BinomialLatticeModel(steps: 30))
        simulation.ledgers[0].rows[7].residual = .nan
        let place = try #require(simulation.firstNonFiniteValue())
        #expect(place.contains("step 7"))
        #expect(place.contains("delta"))
    }
}
