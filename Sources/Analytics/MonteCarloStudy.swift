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
    /// on the calendar rule whatever the scenario's ``HedgingStrategy/rebalancing``;
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
        self.scenario.hedge.rebalancing = .calendar
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
        /// With traded options (``HedgingStrategy/tradedOptions``), each compared hedge's final
        /// P&L (``OptionHedgeKind/compared(options:)`` order), USD, by path.
        public var optionHedgeFinalPnL: [[Double]] = []
        /// Each compared hedge's traded value over the path, USD, by path.
        public var optionHedgeTradedValue: [[Double]] = []
    }

    /// Runs `paths` paths of `scenario` (with its schedule and realized volatility), computing
    /// what the scenario's hedges ask for (``BatchOutput/asked(by:)``). Without share-balance
    /// estimators, a European option under ``BlackScholesModel`` on GBM paths is hedged by
    /// ``StreamingTextbookHedge``, which keeps only the final P&L.
    public func run(_ scenario: HedgeScenario) throws(SimulationError) -> Batch {
        try run(scenario, computing: .asked(by: scenario), batch: 0, of: 1)
    }

    /// Runs one batch computing `output`, reporting progress as batch `index` of `count`; the
    /// grid's accuracy is measured when `measuresGridError` (it costs thousands of direct
    /// lattice prices). A `pricer` built by ``pricer(for:computing:times:measuringError:)`` for
    /// the same output and dates is used instead of building one (its grid counted by whoever
    /// built it).
    func run(
        _ scenario: HedgeScenario, computing output: BatchOutput, batch index: Int, of count: Int,
        measuresGridError: Bool = true, pricer shared: BatchPricer? = nil
    ) throws(SimulationError) -> Batch {
        try scenario.validate()
        let times = scenario.hedge.schedule.times
        let completed = progressReporter(batch: index, of: count)
        if output == .finalProfit,
           let stream = try StreamingTextbookHedge(scenario: scenario, model: model, dates: CommonDates([times])) {
            let profits = try finalProfits(streaming: stream, seed: scenario.dynamics.seed, completed: completed)
            return Batch(finalPnL: profits.values, cumulativeResiduals: [], totalAbsResiduals: [], gridError: nil, gridPoints: 0)
        }
        let (pricer, gridError, gridPoints) = if let shared {
            (shared, Double?.none, 0)
        } else {
            try self.pricer(for: scenario, computing: output, times: times, measuringError: measuresGridError)
        }
        let sampler = scenario.pathSampler(at: times)
        switch pricer {
        case let .premiumAndDelta(model):
            // The textbook hedge alone: its final P&L without the ledger.
            let hedge = TextbookFinalProfits(
                scenario: scenario, model: model, deltaModel: try hedgeDeltaPricer(for: scenario, times: times)
            )
            let finals = try textbookOutcomes(
                hedge, sampler: sampler, schedules: [Array(times.indices)], seed: scenario.dynamics.seed, completed: completed
            ).map { $0[0] }
            return Batch(
                finalPnL: finals.map(\.profit), cumulativeResiduals: [], totalAbsResiduals: [], gridError: gridError,
                gridPoints: gridPoints, earlyExercises: finals.count { $0.exercised }
            )
        case let .valuation(model):
            let hedges: HedgeSelection = output == .ledgers ? .all : .textbookOnly
            // At another volatility than the implied one, the hedge's Δ comes off a grid prepared
            // at that volatility, not a tree per path-date.
            let deltaModel = try hedgeDeltaPricer(for: scenario, times: times)
            // Each chunk's figures are laid out as the batch's columns (and freed) on its worker;
            // only the columns' concatenation is left to the calling thread.
            let chunks = try mapChunks(completed: completed) { range throws(SimulationError) in
                let figures = try range.map { k throws(SimulationError) in
                    var single = scenario
                    single.dynamics.seed = Self.pathSeed(scenario.dynamics.seed, k)
                    return try single.hedgeFigures(
                        along: sampler.path(seed: single.dynamics.seed), model: model, hedges: hedges, deltaModel: deltaModel
                    )
                }
                return Batch(figures, gridError: nil, gridPoints: 0)
            }
            return Batch(concatenating: chunks, gridError: gridError, gridPoints: gridPoints)
        }
    }

    /// A counter of the paths done in batch `index` of `count` (in the `spanning` batches from
    /// `index` on, hedged in one pass over the paths), safe to call from worker threads, that
    /// reports the study's progress (if anyone listens) as paths complete.
    func progressReporter(batch index: Int, of count: Int, spanning batches: Int = 1) -> @Sendable (Int) -> Void {
        guard let progress else { return { _ in } }
        let paths = self.paths
        let completed = Atomic<Int>(0)
        return { done in
            let total = completed.add(done, ordering: .relaxed).newValue
            progress((Double(index) + Double(batches) * Double(total) / Double(paths)) / Double(count))
        }
    }

    /// Path k's seed: a SplitMix64 output of the study's seed mixed with k, so paths are
    /// independent streams and path k is the same path in every run and batch.
    static func pathSeed(_ seed: UInt64, _ k: Int) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ (UInt64(k) &* 0xD1B5_4A32_D192_ED03))
        return generator.next()
    }

    /// The premium per share of `scenario`'s reference option at t = 0 with the study's model,
    /// the start of its theory lines; a failure is the path's step 0.
    func premium(of scenario: HedgeScenario) throws(SimulationError) -> Double {
        do {
            return try model.price(of: scenario.position.contract, in: scenario.market)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: scenario.market.spot, error))
        }
    }

    /// The pricer a batch computing `output` values `scenario`'s dates `times` with, with its
    /// worst premium error when `measuringError` and the lattice valuations it cost: the
    /// premium and Δ of the one option (``PricingModel/preparedPremiumAndDelta(for:)``, a
    /// ``PremiumAndDeltaGrid`` for a lattice) for the textbook hedge's final P&L of one option;
    /// every Greek of every instrument the run values (``fullPricer(for:hedges:times:measuringError:)``)
    /// for ledgers, and for a book, valued leg by leg on the ledger.
    func pricer(
        for scenario: HedgeScenario, computing output: BatchOutput, times: [Double], measuringError: Bool
    ) throws(SimulationError) -> (pricer: BatchPricer, gridError: Double?, gridPoints: Int) {
        if Self.pricesPremiumAndDelta(scenario, computing: output) {
            let (model, error, points) = try premiumAndDeltaPricer(for: scenario, times: times, measuringError: measuringError)
            return (.premiumAndDelta(model), error, points)
        }
        let hedges: HedgeSelection = output == .ledgers ? .all : .textbookOnly
        let (model, error, points) = try fullPricer(for: scenario, hedges: hedges, times: times, measuringError: measuringError)
        return (.valuation(model), error, points)
    }

    /// Whether a batch of `scenario` computing `output` reads the premium and Δ of one option
    /// (``premiumAndDeltaPricer(for:times:measuringError:)``) rather than every Greek of every
    /// instrument (``fullPricer(for:hedges:times:measuringError:)``).
    static func pricesPremiumAndDelta(_ scenario: HedgeScenario, computing output: BatchOutput) -> Bool {
        output == .finalProfit && TextbookFinalProfits.applies(to: scenario)
    }

    /// The positions whose contracts ``fullPricer(for:hedges:times:measuringError:)`` prepares,
    /// one per contract: the book's legs, and with ``HedgeSelection/all`` the traded options.
    static func pricedInstruments(of scenario: HedgeScenario, hedges: HedgeSelection) -> [Position] {
        var priced = [Position]()
        let instruments = scenario.book.legs + (hedges == .all ? scenario.hedge.tradedOptions.map(\.position) : [])
        for leg in instruments where !priced.contains(where: { $0.contract == leg.contract }) {
            priced.append(leg)
        }
        return priced
    }

    /// The premium and Δ of `scenario`'s reference option at `times` (``premiumAndDeltaGrid(of:times:)``),
    /// prepared, with its worst premium error when `measuringError` and the lattice valuations it cost.
    func premiumAndDeltaPricer(
        for scenario: HedgeScenario, times: [Double], measuringError: Bool
    ) throws(SimulationError) -> (model: any PremiumAndDeltaModel, gridError: Double?, gridPoints: Int) {
        try premiumAndDeltaPricer(for: Self.premiumAndDeltaGrid(of: scenario, times: times), measuringError: measuringError)
    }

    /// The premium and Δ of `grid`'s option at its dates, prepared
    /// (``PricingModel/preparedPremiumAndDelta(for:)``), with its worst premium error when
    /// `measuringError` and the lattice valuations it cost.
    func premiumAndDeltaPricer(
        for grid: StudyGrid, measuringError: Bool
    ) throws(SimulationError) -> (model: any PremiumAndDeltaModel, gridError: Double?, gridPoints: Int) {
        do {
            let form = try model.preparedPremiumAndDelta(for: preparation(for: grid))
            return (form.model, measuringError ? try form.worstError?() : nil, form.points)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: grid.scenario.market.spot, error))
        }
    }

    /// Every Greek of each instrument a run of `scenario` computing `hedges` values at `times`:
    /// the book's legs, and with ``HedgeSelection/all`` the traded options
    /// (``HedgingStrategy/tradedOptions``); the model's prepared form of each
    /// (``PricingModel/prepared(for:)``: a ``ValuationGrid`` for a lattice), one form per
    /// contract (``PricingModelPerContract``) when there are several, each at its own implied
    /// volatility; with the worst premium error of them when `measuringError`, and the lattice
    /// valuations they cost.
    func fullPricer(
        for scenario: HedgeScenario, hedges: HedgeSelection, times: [Double], measuringError: Bool
    ) throws(SimulationError) -> (model: any PricingModel, gridError: Double?, gridPoints: Int) {
        var prepared = [(contract: OptionContract, model: any PricingModel)]()
        var worstError: Double?, points = 0
        for grid in Self.pricerGrids(of: scenario, everyGreekOf: hedges, times: times) {
            do {
                let form = try model.prepared(for: preparation(for: grid))
                if measuringError, let error = try form.worstError?() {
                    worstError = max(worstError ?? error, error)
                }
                prepared.append((grid.contract, form.model))
                points += form.points
            } catch {
                throw SimulationError(.pricingFailed(step: 0, time: 0, spot: scenario.market.spot, error))
            }
        }
        let pricer: any PricingModel = prepared.count == 1 ? prepared[0].model : PricingModelPerContract(prepared, fallback: model)
        return (pricer, worstError, points)
    }

    /// What `grid`'s option is prepared for at its dates: the implied volatilities the
    /// scenario's volatility model may draw, moved to the option's own implied volatility when it
    /// has one (``ValuedPath/value(_:along:market:volatilities:model:threads:)`` moves it with the
    /// market's), and at each date the spots the path model reaches
    /// (``StudyGrid/spotRange(at:)``: a path leaves it about once in a million dates or fewer,
    /// and is then priced directly).
    private func preparation(for grid: StudyGrid) -> PricingPreparation {
        let scenario = grid.scenario, leg = grid.position, times = grid.times
        var market = scenario.market
        var range = scenario.dynamics.volatilityModel.volatilityRange(initial: scenario.market.volatility)
        if let own = leg.impliedVolatility, own != market.volatility {
            let shift = own - market.volatility
            range = range.map { max($0.lowerBound + shift, 0.01)...max($0.upperBound + shift, 0.01) }
            market.volatility = own
        }
        return PricingPreparation(contract: leg.contract, market: market, times: times, volatilityRange: range, threads: threads) { time in
            grid.spotRange(at: time)
        }
    }
}

extension MonteCarloStudy {
    /// What a batch computes on each of its paths: the caller's explicit choice, which decides
    /// the pricer it prepares (``pricer(for:computing:times:measuringError:)``).
    enum BatchOutput: Sendable, Hashable {
        /// Every hedge the scenario names, on its ledgers: each estimator's residuals, the
        /// textbook hedge's final P&L, each hedge with traded options (the study's main batch).
        case ledgers
        /// The textbook hedge's final P&L alone (the sweep, the mismatch, the rules' and
        /// volatilities' comparisons, the control runs): one option's premium and Δ at each date.
        case finalProfit

        /// What `scenario`'s hedges ask for: ledgers when it names an estimator or a traded
        /// option, the textbook hedge's final P&L otherwise.
        static func asked(by scenario: HedgeScenario) -> BatchOutput {
            scenario.hedge.estimators.isEmpty && scenario.hedge.tradedOptions.isEmpty ? .finalProfit : .ledgers
        }
    }

    /// The prepared pricer of a batch (``pricer(for:computing:times:measuringError:)``).
    enum BatchPricer: Sendable {
        /// One option's premium and Δ, read by ``TextbookFinalProfits``.
        case premiumAndDelta(any PremiumAndDeltaModel)
        /// Every Greek of every instrument, read on the ledgers.
        case valuation(any PricingModel)
    }
}

extension MonteCarloStudy.Batch {
    /// The batch of consecutive `parts`' paths, in order, with their early exercises added up.
    init(concatenating parts: [Self], gridError: Double?, gridPoints: Int) {
        func joined(_ column: (Self) -> [[Double]]) -> [[Double]] {
            guard let first = parts.first else { return [] }
            return column(first).indices.map { c in parts.flatMap { column($0)[c] } }
        }
        self.init(
            finalPnL: parts.flatMap(\.finalPnL), cumulativeResiduals: joined(\.cumulativeResiduals),
            totalAbsResiduals: joined(\.totalAbsResiduals), gridError: gridError, gridPoints: gridPoints,
            earlyExercises: parts.reduce(0) { $0 + $1.earlyExercises },
            optionHedgeFinalPnL: joined(\.optionHedgeFinalPnL), optionHedgeTradedValue: joined(\.optionHedgeTradedValue)
        )
    }

    /// The batch of `paths`' figures, by path index.
    init(_ paths: [HedgePathFigures], gridError: Double?, gridPoints: Int) {
        let estimators = paths.first?.cumulativeResiduals.count ?? 0
        let hedges = paths.first?.optionHedges.count ?? 0
        self.init(
            finalPnL: paths.map(\.finalPnL),
            cumulativeResiduals: (0..<estimators).map { e in paths.map { $0.cumulativeResiduals[e] } },
            totalAbsResiduals: (0..<estimators).map { e in paths.map { $0.totalAbsResiduals[e] } },
            gridError: gridError, gridPoints: gridPoints, earlyExercises: paths.count { $0.exercised },
            optionHedgeFinalPnL: (0..<hedges).map { h in paths.map { $0.optionHedges[h].finalPnL } },
            optionHedgeTradedValue: (0..<hedges).map { h in paths.map { $0.optionHedges[h].tradedValue } }
        )
    }
}
