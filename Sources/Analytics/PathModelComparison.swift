import Foundation
import Pricing
import Simulation

/// The textbook hedge's error under path models that break Black–Scholes's assumptions, each
/// against GBM at the same total variance (DESIGN.md §2.8): the scenario hedged, always at the
/// implied volatility, on paths of GBM, of Merton's jump diffusion and of Heston's stochastic
/// variance, with the same seeds, schedule and pricing; each path's textbook hedge is followed
/// by ``TextbookFinalProfits`` (premium and Δ at each date, no ledger; a chunk of paths at a time,
/// ``ChunkedTextbookHedge``, at a constant implied volatility), a book's on its ledger.
///
/// Money in USD for the whole position; the final P&L is at the horizon (or an early exercise).
public struct PathModelComparison: Sendable, Hashable, Codable {
    /// One path model's hedging error.
    public struct Row: Sendable, Hashable, Codable {
        /// The path model: ``PathModelID/gbm``, ``PathModelID/merton`` or ``PathModelID/heston``.
        public var model: PathModelID
        /// The textbook hedge's final P&L over the paths.
        public var finalPnL: DistributionSummary
        /// Its mean and standard deviation with their standard errors.
        public var statistics: SampleStatistics
        /// The largest |change of the hedged position's P&L over one rebalancing interval| on any
        /// path: what one step can cost when the hedge cannot follow the move.
        public var maxStepResidual: Double
        /// Paths on which an American option was exercised early.
        public var earlyExercises: Int
        /// The final P&L's q-quantile at q = 0, 0.01, …, 1 (101 values, linear interpolation
        /// between order statistics): the distribution's shape, for a chart.
        public var percentiles: [Double]
    }

    /// Paths per model.
    public var paths: Int
    /// The realized volatility every model's ln S has over the option's life, per √year.
    public var realizedVolatility: Double
    /// The jumps of the Merton rows (the run's own under `--path-model merton`).
    public var jumps: MertonJumps
    /// The Heston rows' variance process (the run's own under `--path-model heston`), before its
    /// scaling to ``realizedVolatility``.
    public var heston: HestonVariance
    /// GBM, Merton and Heston, in that order.
    public var rows: [Row]

    /// The row of `model`.
    public func row(_ model: PathModelID) -> Row? { rows.first { $0.model == model } }

    /// The scenarios whose grids the comparison of `scenario` prepares (``MonteCarloStudy/compareModels(paths:jumps:heston:)``):
    /// GBM at 1.5 × the realized volatility, wide enough for every model's paths, and the same
    /// at the hedging volatility, off whose grid a hedge at another volatility than the implied
    /// one reads its Δ (not a tree per path-date).
    static func scenarios(comparing scenario: HedgeScenario) -> (wide: HedgeScenario, wideAtHedging: HedgeScenario) {
        var wide = scenario
        wide.dynamics.pathModel = .geometricBrownianMotion
        wide.dynamics.realizedVolatility = 1.5 * scenario.dynamics.realizedVolatility
        var wideAtHedging = wide
        if let sigma = scenario.hedgingVolatility() { wideAtHedging.hedge.volatility = .fixed(sigma) }
        return (wide, wideAtHedging)
    }

    /// The jumps a comparison uses beside a scenario that does not set its own: the standard
    /// ones (``MertonJumps/standard``), with fewer of them when their variance would be more
    /// than half the realized variance σ², so that the diffusion keeps at least half.
    public static func jumps(realizedVolatility sigma: Double) -> MertonJumps {
        var jumps = MertonJumps.standard
        let perJump = jumps.mean * jumps.mean + jumps.standardDeviation * jumps.standardDeviation
        jumps.intensity = min(jumps.intensity, 0.5 * sigma * sigma / perJump)
        return jumps
    }
}

extension MonteCarloStudy {
    /// The textbook hedge of the scenario on `paths` paths of each of GBM, Merton (`jumps`) and
    /// Heston (`heston`, scaled so that its variance expected over the option's life is the
    /// scenario's realized variance), path k of every model seeded as the study's path k. The
    /// models share one pricer: the model's prepared form over the scenario's dates, wide
    /// enough for GBM at 1.5 × the realized volatility; a path that leaves it is priced directly.
    public func compareModels(paths: Int, jumps: MertonJumps, heston: HestonVariance) throws(SimulationError) -> PathModelComparison {
        guard paths >= 2 else {
            throw SimulationError(.invalidInput(name: "comparison paths", value: "\(paths)", allowed: "a whole number ≥ 2"))
        }
        var study = self
        study.paths = paths
        study.progress = nil
        let (wide, wideAtHedging) = PathModelComparison.scenarios(comparing: scenario)
        let times = scenario.hedge.schedule.times
        let pricer = try study.pricer(for: wide, computing: .finalProfit, times: times, measuringError: false).pricer
        let deltaModel = try study.hedgeDeltaPricer(for: wideAtHedging, times: times)
        var rows = [PathModelComparison.Row]()
        let processes: [any PathProcess] = [GeometricBrownianPaths(), jumps, heston]
        for process in processes {
            let variant = { var variant = scenario; variant.dynamics.pathModel = .simulated(process); return variant }()
            try variant.validate()
            let sampler = variant.pathSampler(at: times)
            let outcomes: [TextbookFinalProfits.Outcome]
            switch pricer {
            case let .premiumAndDelta(model):
                // A chunk of paths at a time, date by date, where the hedge allows it (a constant
                // implied volatility); the largest step change measured as path by path.
                outcomes = try study.textbookOutcomes(
                    TextbookFinalProfits(scenario: variant, model: model, deltaModel: deltaModel), sampler: sampler,
                    schedules: [Array(times.indices)], seed: scenario.dynamics.seed, measuringStepChanges: true,
                    completed: { _ in }
                ).map { $0[0] }
            case let .valuation(model):
                // A book: its textbook ledger, read for the same three figures.
                outcomes = try study.mapPaths(completed: { _ in }) { k throws(SimulationError) in
                    var single = variant
                    single.dynamics.seed = Self.pathSeed(scenario.dynamics.seed, k)
                    let simulation = try single.hedge(along: sampler.path(seed: single.dynamics.seed), model: model, hedges: .textbookOnly)
                    let pnl = simulation.textbook.map(\.profitAndLoss)
                    let step = zip(pnl, pnl.dropFirst()).reduce(0) { max($0, abs($1.1 - $1.0)) }
                    return .init(profit: pnl.last ?? 0, exercised: simulation.exerciseStep != nil, largestStepChange: step)
                }
            }
            let finals = outcomes.map(\.profit)
            let sorted = finals.sorted()
            rows.append(PathModelComparison.Row(
                model: type(of: process).id, finalPnL: DistributionSummary(finals), statistics: SampleStatistics(finals),
                maxStepResidual: outcomes.map(\.largestStepChange).max() ?? 0, earlyExercises: outcomes.count { $0.exercised },
                percentiles: (0...100).map { DistributionSummary.quantile(sorted, Double($0) / 100) }
            ))
        }
        return PathModelComparison(
            paths: paths, realizedVolatility: scenario.dynamics.realizedVolatility, jumps: jumps, heston: heston, rows: rows
        )
    }
}
