import Foundation
import Pricing
import Simulation
import Testing
@testable import Analytics

/// The Monte Carlo study exercises an American option where the lattice does (issue 22): its
/// grid decides by each date's exercise boundary, found on the lattice, not by whether an
/// interpolated premium touches intrinsic. The reference is direct lattice pricing on the same
/// paths: at each date after the start and before the last, the lattice priced at the spot
/// itself (the same model, the same steps), exercised where its premium is intrinsic.
struct EarlyExerciseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var type: OptionType
        var strike: Double
        var dividendYield: Double
        /// Years between rebalancing dates.
        var interval: Double
        /// Share-balance estimators: none takes the study's premium-and-Δ path
        /// (``TextbookFinalProfits``), some the full hedge (``HedgeScenario/hedge(along:model:threads:)``).
        var estimators: [HedgeEstimator]
        var testDescription: String { name }
    }

    /// The course's put (S = 261.49, σ = 0.6056, r = 4.31 %, 60.5 days), a put with a dividend
    /// yield, and calls whose dividend yield above the rate makes early exercise pay, each
    /// rebalanced daily and weekly.
    static let cases: [Case] = [
        Case(name: "course put, daily", type: .put, strike: 260, dividendYield: 0, interval: 1.0 / 365, estimators: []),
        Case(name: "course put, weekly, full hedge", type: .put, strike: 260, dividendYield: 0, interval: 7.0 / 365, estimators: [.delta]),
        Case(name: "put with q = 2 %, daily, full hedge", type: .put, strike: 270, dividendYield: 0.02, interval: 1.0 / 365, estimators: [.delta]),
        Case(name: "put with q = 2 %, weekly", type: .put, strike: 270, dividendYield: 0.02, interval: 7.0 / 365, estimators: []),
        Case(name: "call with q = 15 %, daily", type: .call, strike: 250, dividendYield: 0.15, interval: 1.0 / 365, estimators: []),
        Case(name: "call with q = 15 %, weekly, full hedge", type: .call, strike: 250, dividendYield: 0.15, interval: 7.0 / 365, estimators: [.delta]),
    ]

    static let paths = 300
    /// Fewer levels than the course's 366, to keep a debug build's test short; the grid's
    /// boundary is found on whatever lattice the model builds.
    static let model = BinomialLatticeModel(steps: 100)

    static func scenario(_ c: Case) -> HedgeScenario {
        let days = HedgeScenario.courseDaysToExpiry
        return HedgeScenario(
            book: Book(Position(
                contract: OptionContract(type: c.type, style: .american, strike: c.strike, expiry: days / 365), contracts: 1, side: .long
            )),
            market: Market(spot: 261.4899, rate: 0.0431, dividendYield: c.dividendYield, volatility: 0.6056214),
            dynamics: PathDynamics(drift: 0.0431, realizedVolatility: 0.6056214, seed: 2023),
            hedge: HedgingStrategy(schedule: RebalancingSchedule(interval: c.interval, horizon: days / 365), estimators: c.estimators)
        )
    }

    /// Paths of the study on which direct lattice pricing exercises early.
    static func directExercises(_ scenario: HedgeScenario, paths: Int) throws -> Int {
        let contract = scenario.position.contract
        var exercised = 0
        for k in 0..<paths {
            var single = scenario
            single.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            let path = single.pricePath()
            for i in 1..<(path.times.count - 1) {
                var point = scenario.market
                point.time = path.times[i]
                point.spot = path.spots[i]
                if contract.exerciseIsOptimal(spot: point.spot, premium: try model.price(of: contract, in: point)) {
                    exercised += 1
                    break
                }
            }
        }
        return exercised
    }

    /// The study's early-exercise fraction equals direct pricing's on the same paths within
    /// three standard errors of a fraction, √(f(1 − f)/n) (the paths are the same, so the two
    /// differ only on a path that crosses a boundary the bisection placed within 10⁻⁵).
    @Test(arguments: cases)
    func studyExercisesWhereDirectLatticePricingDoes(_ c: Case) throws {
        let scenario = Self.scenario(c)
        let batch = try MonteCarloStudy(scenario: scenario, model: Self.model, paths: Self.paths).run(scenario)
        let study = Double(batch.earlyExercises) / Double(Self.paths)
        let direct = Double(try Self.directExercises(scenario, paths: Self.paths)) / Double(Self.paths)
        let standardError = (max(direct * (1 - direct), 1.0 / Double(Self.paths)) / Double(Self.paths)).squareRoot()
        #expect(direct > 0.05, "the case exercises early: \(direct)")
        #expect(abs(study - direct) <= 3 * standardError, "study \(study), direct \(direct) ± \(standardError)")
    }

    /// The grid's decision at each date is the lattice's: on a fine spread of spots across the
    /// boundary, the grid and direct pricing disagree only within a hair of S*.
    @Test func gridBoundaryAgreesWithDirectPricingAcrossTheBoundary() throws {
        let scenario = Self.scenario(Self.cases[0])
        let contract = scenario.position.contract
        let times = scenario.hedge.schedule.times
        let grid = try PremiumAndDeltaGrid(contract: contract, market: scenario.market, model: Self.model, times: times) { _ in
            150...400
        }
        var disagreements = 0, checked = 0
        for (date, time) in times.enumerated().dropFirst().dropLast() {
            for k in 0..<80 {
                var point = scenario.market
                point.time = time
                point.spot = 150 + Double(k) * 1.37
                let premium = try Self.model.price(of: contract, in: point)
                let direct = contract.exerciseIsOptimal(spot: point.spot, premium: premium)
                let interpolated = try grid.premiumAndDelta(in: point, date: date).price
                checked += 1
                if grid.exercisesEarly(in: point, premium: interpolated, date: date) != direct { disagreements += 1 }
            }
        }
        #expect(disagreements == 0, "\(disagreements) of \(checked)")
    }
}
