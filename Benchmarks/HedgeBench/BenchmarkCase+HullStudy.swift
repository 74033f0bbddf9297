import Analytics
import Foundation
import Pricing
import Simulation

/// Inputs of Hull's discrete-hedging study (``ValidationCase/hull``), read from its scenario so
/// that the numpy peer simulates the same option, market and path model.
struct HullStudyInputs: Sendable, Encodable {
    var spot: Double
    var strike: Double
    /// Per year, continuously compounded.
    var rate: Double
    var dividendYield: Double
    /// The implied volatility that prices and hedges, per √year.
    var volatility: Double
    /// μ and σ of the simulated GBM, per year and per √year.
    var drift: Double
    var realizedVolatility: Double
    /// Years (ACT/365) to expiry and to the end of the hedge (the same here).
    var expiry: Double
    var horizon: Double
    var paths: Int
    /// Numbers of rebalances over the horizon, one study each.
    var rebalances: [Int]
    /// Whether the peer lets the frequencies share paths, as ours do (hull-study-shared-paths).
    var sharedPaths = false

    init(_ validation: ValidationCase = .hull, paths: Int = 20_000, sharedPaths: Bool = false) {
        let scenario = validation.scenario
        precondition(scenario.position.contract.type == .call && scenario.position.side == .short,
                     "the numpy peer hedges a written call")
        spot = scenario.market.spot
        strike = scenario.position.contract.strike
        rate = scenario.market.rate
        dividendYield = scenario.market.dividendYield
        volatility = scenario.market.volatility
        drift = scenario.dynamics.drift
        realizedVolatility = scenario.dynamics.realizedVolatility
        expiry = scenario.position.contract.expiry
        horizon = scenario.hedge.schedule.horizon
        self.paths = paths
        rebalances = validation.rebalances
        self.sharedPaths = sharedPaths
    }
}

extension BenchmarkCase {
    /// Hull's discrete-hedging study (issue 5): 20,000 paths at each of six rebalancing
    /// frequencies, the std of the textbook hedge's final P&L against the option's value,
    /// against the same study written in numpy.
    static func hullStudy(_ inputs: HullStudyInputs = HullStudyInputs()) -> BenchmarkCase {
        let scenario = ValidationCase.hull.scenario
        let study = MonteCarloStudy(scenario: scenario, model: BlackScholesModel(), paths: inputs.paths)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let frequencies = inputs.rebalances.map(String.init).joined(separator: ", ")
        return BenchmarkCase(
            name: "hull-study",
            title: "Hull's discrete-hedging study: \(inputs.paths) paths × rebalancing \(frequencies) times",
            timed: """
                the six-frequency sweep, MonteCarloStudy.sweep, as report(sweep:…) runs it: each path is \
                drawn once at the union of the six schedules' dates (80 weekly quarters) and every \
                frequency hedges it at its own dates (common random numbers); the textbook hedge of the \
                European call streamed by StreamingTextbookHedge (Δ per date from a \
                BlackScholesDeltaSlice, the cash account of TextbookHedge.Account, only the final P&L \
                kept), paths in chunks of 64 on all \(cores) cores; then DistributionSummary of the \
                final P&L per frequency. Context lines: the same six frequencies each on its own \
                paths (one MonteCarloStudy.run per frequency, 165 dates per path as numpy draws them), \
                and the whole report(sweep:realizedVolatilities: []), which also runs the scenario's \
                own weekly schedule. Peer: numpy, vectorised over paths × dates, one thread: GBM \
                paths, Δ by scipy.special.ndtr, the self-financing hedge with cash at r, std(final \
                P&L)·e^(−rT) ÷ premium. The outputs are that ratio per N; the two sides draw \
                different random numbers, so they agree to Monte Carlo noise only.
                """,
            ours: [
                sweepVariant(study, rebalances: inputs.rebalances),
                OurVariant(
                    label: "MonteCarloStudy.run × 6 (independent paths per frequency, for context)",
                    schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1),
                    call: { try independentSweep(study, rebalances: inputs.rebalances).reduce(0, +) }
                ),
                OurVariant(
                    label: "report(sweep:realizedVolatilities: []) (for context)",
                    schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1),
                    call: {
                        try study.report(sweep: inputs.rebalances, realizedVolatilities: []).sweep
                            .reduce(0) { $0 + $1.std }
                    }
                ),
            ],
            peer: PeerScript(
                file: "numpy_hull_study.py",
                parameters: PeerScript.json(inputs),
                schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1)
            ),
            target: .speedUp(5),
            agreement: .eachWithin(absolute: 0.01),
            values: { try hullRatios(study, rebalances: inputs.rebalances) }
        )
    }

    /// Hull's study against numpy running the same algorithm as ours: the frequencies share
    /// their paths on both sides (numpy draws them on the 80-step grid, takes Δ there once, and
    /// each frequency reads every (80/N)-th date). No target of its own: it shows how much of
    /// hull-study's ratio is implementation and how much is the shared paths.
    static func hullStudySharedPaths(_ inputs: HullStudyInputs = HullStudyInputs(sharedPaths: true)) -> BenchmarkCase {
        let study = MonteCarloStudy(scenario: ValidationCase.hull.scenario, model: BlackScholesModel(), paths: inputs.paths)
        return BenchmarkCase(
            name: "hull-study-shared-paths",
            title: "Hull's study, both sides on shared paths: \(inputs.paths) paths, the six frequencies on one set",
            timed: """
                ours: MonteCarloStudy.sweep, as in hull-study. Peer: numpy with the same algorithm: one \
                (paths × 80) array of draws, ln S by cumsum, S by exp, Δ by scipy.special.ndtr at the 80 \
                dates once, then per N the cash account over every (80/N)-th date and the ratio \
                std·e^(−rT) ÷ premium. The same work on both sides; the random numbers differ.
                """,
            ours: [
                sweepVariant(study, rebalances: inputs.rebalances),
            ],
            peer: PeerScript(
                file: "numpy_hull_study.py",
                parameters: PeerScript.json(inputs),
                schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1)
            ),
            target: .context,
            agreement: .eachWithin(absolute: 0.01),
            values: { try hullRatios(study, rebalances: inputs.rebalances) }
        )
    }

    /// The compared line of both Hull cases: the sweep as `report(sweep:…)` runs it.
    private static func sweepVariant(_ study: MonteCarloStudy, rebalances: [Int]) -> OurVariant {
        OurVariant(
            label: "MonteCarloStudy.sweep (six frequencies on shared paths)",
            schedule: Schedule(warmUps: 1, samples: 5, callsPerSample: 1),
            call: { try study.sweep(rebalances).reduce(0) { $0 + $1.std } }
        )
    }

    /// Hull's ratio std·e^(−rT) ÷ premium per number of rebalances, named as the peer names them.
    private static func hullRatios(_ study: MonteCarloStudy, rebalances: [Int]) throws -> [String: Double] {
        Dictionary(uniqueKeysWithValues: try study.sweep(rebalances).map {
            ("ratio N=\($0.rebalances)", ValidationCase.hull.measure($0))
        })
    }

    /// The std of the textbook hedge's final P&L, USD, at each number of rebalances, each
    /// frequency on its own paths: one public `run` per frequency, as the study ran its sweep
    /// before the frequencies shared paths (numpy's peer does the same).
    private static func independentSweep(_ study: MonteCarloStudy, rebalances: [Int]) throws -> [Double] {
        let horizon = study.scenario.hedge.schedule.horizon
        return try rebalances.map { count in
            var variant = study.scenario
            variant.hedge.schedule = RebalancingSchedule(interval: horizon / Double(count), horizon: horizon)
            variant.hedge.estimators = []
            return DistributionSummary(try study.run(variant).finalPnL, bins: 1).standardDeviation
        }
    }
}
