import Analytics
import Foundation
import Pricing
import Simulation

extension BenchmarkCase {
    /// The default Monte Carlo batch (issue 5): the course's American put over 10,000 paths,
    /// hedged daily to expiry with all four estimators and the textbook hedge, on every core.
    /// Held to the budget; there is no peer.
    static func defaultMonteCarlo(paths: Int = 10_000, budget seconds: Double = 2) -> BenchmarkCase {
        let scenario = HedgeScenario.course
        let model = BinomialLatticeModel(steps: HedgeScenario.courseLatticeSteps)
        let study = MonteCarloStudy(scenario: scenario, model: model, paths: paths)
        let times = scenario.hedge.schedule.times
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return BenchmarkCase(
            name: "default-monte-carlo",
            title: "Monte Carlo, course put: \(paths) paths × \(times.count) daily dates, 4 estimators + textbook",
            timed: """
                one MonteCarloStudy(scenario: .course, model: BinomialLatticeModel(steps: \(model.steps)), \
                paths: \(paths)).run(.course), on all \(cores) cores: the ValuationGrid (two lattices per \
                date, in parallel), its accuracy check (worstError: 8 direct lattice prices per date), \
                then every path (GBM, interpolated valuations, the early-exercise check, the \
                \(scenario.hedge.estimators.count) share-balance ledgers and the textbook ledger, keeping only \
                final figures). The second line builds and checks the same grid alone, as run does \
                (±5 standard deviations of ln S per date), to split the time.
                """,
            ours: [
                OurVariant(
                    label: "MonteCarloStudy(…, paths: \(paths)).run(.course)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try study.run(scenario).finalPnL.reduce(0, +) }
                ),
                OurVariant(
                    label: "its ValuationGrid + worstError() alone (for context)",
                    schedule: Schedule(warmUps: 1, samples: 3, callsPerSample: 1),
                    call: { try courseGrid(scenario, model: model, times: times).worstError() }
                ),
            ],
            peer: nil,
            target: .budget(seconds: seconds),
            breakdown: { medians in
                ["the paths (\(paths) × \(times.count) dates): \(ResultPrinter.difference(medians[0] - medians[1]))"]
            },
            values: {
                let batch = try study.run(scenario)
                let premium = try model.price(of: scenario.position.contract, in: scenario.market)
                let pnl = DistributionSummary(batch.finalPnL, bins: 1)
                return [
                    "premium, USD per share": premium,
                    "grid error, USD per share": batch.gridError ?? .nan,
                    "grid error ÷ premium": (batch.gridError ?? .nan) / premium,
                    "grid points": Double(batch.gridPoints),
                    "textbook final P&L mean, USD": pnl.mean,
                    "textbook final P&L std, USD": pnl.standardDeviation,
                ]
            }
        )
    }

    /// The grid MonteCarloStudy.run builds for a lattice: every date of `times`, over ±5
    /// standard deviations of ln S(t) around its mean (the study's own spot range, restated
    /// here because it is private to the study).
    private static func courseGrid(
        _ scenario: HedgeScenario, model: BinomialLatticeModel, times: [Double]
    ) throws -> ValuationGrid {
        let spot = scenario.market.spot, drift = scenario.dynamics.drift
        let sigma = max(scenario.dynamics.realizedVolatility, scenario.market.volatility)
        return try ValuationGrid(
            contract: scenario.position.contract, market: scenario.market, model: model, times: times
        ) { time in
            let centre = log(spot) + (drift - 0.5 * sigma * sigma) * time
            let width = 5 * sigma * max(time, 1.0 / 365).squareRoot()
            return exp(centre - width)...exp(centre + width)
        }
    }
}
