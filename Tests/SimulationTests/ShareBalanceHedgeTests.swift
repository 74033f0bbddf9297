import Pricing
import Testing
@testable import Simulation

struct ShareBalanceHedgeTests {
    /// The course scenario with a coarser lattice keeps the debug-build tests fast; the
    /// identities tested here do not depend on the number of levels.
    static func courseSimulation(seed: UInt64 = 2023, steps: Int = 100) throws -> HedgeSimulation {
        var scenario = HedgeScenario.course
        scenario.seed = seed
        return try scenario.simulate(model: BinomialLatticeModel(steps: steps))
    }

    @Test func exactEstimatorKeepsLiquidationValueConstant() throws {
        let ledger = try #require(try Self.courseSimulation().ledger(.exact))
        let start = ledger.rows[0].liquidationValue
        for row in ledger.rows {
            #expect(abs(row.liquidationValue - start) <= 1e-9 * abs(start), "step \(row.step)")
            #expect(row.residual == 0, "step \(row.step)")
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

    @Test func equityChangeOffsetsEstimatedPremiumChange() throws {
        let simulation = try Self.courseSimulation()
        let m = simulation.scenario.position.multiplier
        for ledger in simulation.ledgers {
            for row in ledger.rows.dropFirst() {
                // m·dP̂ + H = 0, the hedge constraint.
                #expect(abs(m * row.estimatedPremiumChange + row.equityChange) < 1e-9 * max(1, abs(row.shareValue)))
            }
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
        scenario.initialShares = 40
        scenario.estimators = [.delta]
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
        scenario.schedule.horizon = 1
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
