import Foundation
import Pricing
import Simulation
import Synchronization

/// A Monte Carlo study of the hedges of one scenario over many simulated paths (DESIGN.md
/// §2.4): how the final P&L and the residuals are distributed, how the hedging error falls
/// with the number of rebalances, and what a realized volatility away from the implied one
/// does.
///
/// Path k draws its prices from its own generator, seeded from the study's seed and k, and paths
/// are cut into fixed chunks, so the results are the same whatever the number of threads; the
/// chunks (and the grid a lattice prepares) are spread over ``threads`` workers, every core by
/// default. Only each path's final figures are kept, never its ledger.
public struct MonteCarloStudy: Sendable {
    /// The scenario whose path model (GBM), hedges and costs every path shares. The study hedges
    /// on the calendar rule whatever the scenario's ``HedgeScenario/rebalancing``;
    /// ``compareRules(_:)`` hedges its paths with other rules.
    public var scenario: HedgeScenario
    /// The pricing model; each batch prices with its prepared form over the batch's dates
    /// (``PricingModel/prepared(for:)``: a ``ValuationGrid`` for a lattice).
    public var model: any PricingModel
    /// Number of paths, ≥ 2.
    public var paths: Int
    /// Called from worker threads as paths complete, with the fraction of the whole study done
    /// (0…1); it must be cheap and safe to call concurrently.
    public var progress: (@Sendable (Double) -> Void)?
    /// Workers that share the paths and the dates of the grid a lattice prepares, ≥ 1 (with 1
    /// they run one after another on the calling thread). Changes the time taken, never a result.
    public var threads: Int

    public init(
        scenario: HedgeScenario, model: any PricingModel, paths: Int,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, progress: (@Sendable (Double) -> Void)? = nil
    ) {
        self.scenario = scenario
        self.scenario.rebalancing = .calendar
        self.model = model
        self.paths = paths
        self.threads = threads
        self.progress = progress
    }

    /// The final figures of every path of one batch, by path index.
    public struct Batch: Sendable {
        /// The textbook hedge's final P&L, USD.
        public var finalPnL: [Double]
        /// Each estimator's cumulative residual, USD, in the scenario's estimator order.
        public var cumulativeResiduals: [[Double]]
        /// Each estimator's Σ|ε|, USD.
        public var totalAbsResiduals: [[Double]]
        /// The grid's worst premium error against direct pricing, USD per share (nil without a grid).
        public var gridError: Double?
        /// Lattice valuations spent on the grid.
        public var gridPoints: Int
        /// Paths on which an American option was exercised early.
        public var earlyExercises: Int = 0
        /// With traded options (``HedgeScenario/hedgeOptions``), each compared hedge's final
        /// P&L (``OptionHedgeKind/compared(options:)`` order), USD, by path.
        public var optionHedgeFinalPnL: [[Double]] = []
        /// Each compared hedge's traded value over the path, USD, by path.
        public var optionHedgeTradedValue: [[Double]] = []
    }

    /// Runs `paths` paths of `scenario` (with its schedule and realized volatility). Without
    /// share-balance estimators, a European option under ``BlackScholesModel`` on GBM paths is
    /// hedged by ``StreamingTextbookHedge``, which keeps only the final P&L.
    public func run(_ scenario: HedgeScenario) throws(SimulationError) -> Batch {
        try run(scenario, batch: 0, of: 1)
    }

    /// Runs one batch, reporting progress as batch `index` of `count`; the grid's accuracy is
    /// measured when `measuresGridError` (it costs thousands of direct lattice prices). A
    /// `pricer` built by ``pricingModel(for:times:measuringError:)`` for the same dates is used
    /// instead of building one (its grid counted by whoever built it).
    func run(
        _ scenario: HedgeScenario, batch index: Int, of count: Int, measuresGridError: Bool = true,
        pricer shared: (any PricingModel)? = nil
    ) throws(SimulationError) -> Batch {
        try scenario.validate()
        let times = scenario.schedule.times
        if scenario.estimators.isEmpty,
           let stream = try StreamingTextbookHedge(scenario: scenario, model: model, dates: CommonDates([times])) {
            let profits = try finalProfits(streaming: stream, seed: scenario.seed, completed: progressReporter(batch: index, of: count))
            return Batch(finalPnL: profits.values, cumulativeResiduals: [], totalAbsResiduals: [], gridError: nil, gridPoints: 0)
        }
        let (pricer, gridError, gridPoints): (any PricingModel, Double?, Int)
        if let shared {
            (pricer, gridError, gridPoints) = (shared, nil, 0)
        } else {
            (pricer, gridError, gridPoints) = try pricingModel(for: scenario, times: times, measuringError: measuresGridError)
        }
        let estimatorCount = scenario.estimators.count
        if readsPremiumAndDeltaOnly(scenario) {
            let deltaPricer = try hedgeDeltaPricer(for: scenario, times: times)
            // The textbook hedge alone: its final P&L without the ledger.
            let finals = try mapPaths(completed: progressReporter(batch: index, of: count)) { k throws(SimulationError) in
                var single = scenario
                single.seed = Self.pathSeed(scenario.seed, k)
                let path = single.pricePath()
                return try TextbookFinalProfits(scenario: single, model: pricer, deltaModel: deltaPricer)
                    .outcomes(along: path, schedules: [Array(path.times.indices)])[0]
            }
            return Batch(
                finalPnL: finals.map(\.profit), cumulativeResiduals: [], totalAbsResiduals: [], gridError: gridError,
                gridPoints: gridPoints, earlyExercises: finals.count { $0.exercised }
            )
        }
        let outcomes = try mapPaths(completed: progressReporter(batch: index, of: count)) { k throws(SimulationError) in
            var single = scenario
            single.seed = Self.pathSeed(scenario.seed, k)
            let simulation = try single.hedge(along: single.pricePath(), model: pricer)
            let residuals = simulation.ledgers.map { $0.rows.last?.cumulativeResidual ?? 0 }
            let totals = simulation.ledgers.map { $0.rows.reduce(0) { $0 + abs($1.residual) } }
            let hedges = simulation.optionHedges.map { ($0.finalPnL, $0.tradedValue) }
            return (simulation.textbook.last?.profitAndLoss ?? 0, residuals, totals, simulation.exerciseStep != nil, hedges)
        }
        var batch = Batch(
            finalPnL: outcomes.map(\.0), cumulativeResiduals: Array(repeating: [], count: estimatorCount),
            totalAbsResiduals: Array(repeating: [], count: estimatorCount), gridError: gridError, gridPoints: gridPoints,
            earlyExercises: outcomes.count { $0.3 }
        )
        for (_, residuals, totals, _, _) in outcomes {
            for e in 0..<estimatorCount {
                batch.cumulativeResiduals[e].append(residuals[e])
                batch.totalAbsResiduals[e].append(totals[e])
            }
        }
        let hedgeCount = outcomes.first?.4.count ?? 0
        batch.optionHedgeFinalPnL = (0..<hedgeCount).map { h in outcomes.map { $0.4[h].0 } }
        batch.optionHedgeTradedValue = (0..<hedgeCount).map { h in outcomes.map { $0.4[h].1 } }
        return batch
    }

    /// A counter of the paths done in batch `index` of `count`, safe to call from worker
    /// threads, that reports the study's progress (if anyone listens) as paths complete.
    func progressReporter(batch index: Int, of count: Int) -> @Sendable (Int) -> Void {
        guard let progress else { return { _ in } }
        let paths = self.paths
        let completed = Atomic<Int>(0)
        return { done in
            let total = completed.add(done, ordering: .relaxed).newValue
            progress((Double(index) + Double(total) / Double(paths)) / Double(count))
        }
    }

    /// Path k's seed: a SplitMix64 output of the study's seed mixed with k, so paths are
    /// independent streams and path k is the same path in every run and batch.
    static func pathSeed(_ seed: UInt64, _ k: Int) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ (UInt64(k) &* 0xD1B5_4A32_D192_ED03))
        return generator.next()
    }

    /// The model each path prices with: the model's prepared form for `times`
    /// (``PricingModel/prepared(for:)``: a ``ValuationGrid`` for a lattice, spanning the
    /// implied volatilities the scenario's volatility model may draw, holding the premium and Δ
    /// alone when nothing else is read: ``readsPremiumAndDeltaOnly(_:)``),
    /// the model itself otherwise; with its worst premium error when `measuringError`. `needs`
    /// overrides what the grid holds, for a caller that reads the ledger
    /// (``HedgeScenario/hedge(along:model:threads:)``) of a scenario without estimators: a grid of
    /// premium and Δ would have every full valuation priced directly. A book of
    /// several legs, or one hedged with traded options, gets one prepared form per contract, each
    /// at its own implied volatility (``PricingModelPerContract``); its error is the worst one's,
    /// its points their sum.
    func pricingModel(
        for scenario: HedgeScenario, times: [Double], measuringError: Bool, needs: PricingPreparation.Needs? = nil
    ) throws(SimulationError) -> (model: any PricingModel, gridError: Double?, gridPoints: Int) {
        let spot = scenario.market.spot
        let process = scenario.pathModel.process ?? GeometricBrownianPaths()
        let volatilityRange = scenario.volatilityModel.volatilityRange(initial: scenario.market.volatility)
        var prepared = [(contract: OptionContract, model: any PricingModel)]()
        var worstError: Double?, points = 0
        let instruments = scenario.book.legs + scenario.hedgeOptions.map(\.position)
        for leg in instruments where !prepared.contains(where: { $0.contract == leg.contract }) {
            var market = scenario.market
            var range = volatilityRange
            if let own = leg.impliedVolatility, own != market.volatility {
                // The leg's volatility moves with the market's (``ValuedPath/value(_:along:market:volatilities:model:threads:)``).
                let shift = own - market.volatility
                range = range.map { max($0.lowerBound + shift, 0.01)...max($0.upperBound + shift, 0.01) }
                market.volatility = own
            }
            let request = PricingPreparation(
                contract: leg.contract, market: market, times: times, volatilityRange: range,
                needs: needs ?? (readsPremiumAndDeltaOnly(scenario) ? .premiumAndDelta : .valuation), threads: threads
            ) { time in
                // The model's own range (``PathProcess/spotRange(in:at:)``): a path leaves it
                // about once in a million dates or fewer, and is then priced directly.
                process.spotRange(in: scenario, at: time)
            }
            do {
                let form = try model.prepared(for: request)
                if measuringError, let error = try form.worstError?() {
                    worstError = max(worstError ?? error, error)
                }
                prepared.append((leg.contract, form.model))
                points += form.points
            } catch {
                throw SimulationError(.pricingFailed(step: 0, time: 0, spot: spot, error))
            }
        }
        let pricer: any PricingModel = prepared.count == 1 ? prepared[0].model : PricingModelPerContract(prepared, fallback: model)
        return (pricer, worstError, points)
    }

    /// Whether every path of `scenario` is hedged by ``TextbookFinalProfits`` alone, which
    /// reads the premium and Δ only: one option, no share-balance estimator, no traded option.
    func readsPremiumAndDeltaOnly(_ scenario: HedgeScenario) -> Bool {
        scenario.estimators.isEmpty && scenario.hedgeOptions.isEmpty && TextbookFinalProfits.applies(to: scenario)
    }
}
