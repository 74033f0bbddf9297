import Foundation
import Pricing

/// Everything a single-path hedge simulation needs, resolved: the book, the market at
/// t = 0, how the share price moves, when the hedge is rebalanced and how.
public struct HedgeScenario: Sendable, Hashable, Codable {
    /// The holdings being hedged: one option position in the lecture's case.
    public var book: Book
    /// The market at t = 0; its volatility is the implied volatility used for pricing (the
    /// reference leg's; other legs may carry their own, ``Position/impliedVolatility``).
    public var market: Market
    /// μ, the real-world drift of the simulated share price, continuously compounded, per year.
    public var drift: Double
    /// σ of the simulated share price, per √year (may differ from the implied volatility).
    public var realizedVolatility: Double
    /// When the hedge is rebalanced.
    public var schedule: RebalancingSchedule
    /// Seed of the path's random numbers.
    public var seed: UInt64
    /// Share-balance estimators to run side by side on the same path.
    public var estimators: [HedgeEstimator]
    /// n(0) for every share-balance hedge; `nil` for delta-neutral, −m·Δ(0).
    public var initialShares: Double?
    /// How the share price moves (GBM by default).
    public var pathModel: PathModel
    /// How the implied volatility used for pricing moves.
    public var volatilityModel: VolatilityModel
    /// Costs of each trade of the textbook hedge.
    public var costs: TransactionCosts
    /// What happens when early exercise of an American option is optimal.
    public var exercisePolicy: ExercisePolicy
    /// When the textbook hedge trades (the calendar rule by default).
    public var rebalancing: RebalancingRule
    /// Options the hedger trades besides shares, none, one or two (``OptionHedge``): each run
    /// then also hedges the book Δ-Γ-neutral with the first, and Δ-Γ-ν-neutral with both.
    public var hedgeOptions: [TradedOption] = []
    /// The volatility of the Δ the textbook hedge trades (``HedgeVolatility``); the option is
    /// still marked at the implied volatility. Implied by default.
    public var hedgeVolatility: HedgeVolatility = .implied
    /// Years between the dates a simulated path is drawn at, finer than the schedule, or nil to
    /// draw at the schedule's own dates (``drawingDates(for:)``).
    public var drawingInterval: Double? = nil

    /// A scenario hedging one option position.
    public init(
        position: Position,
        market: Market,
        drift: Double,
        realizedVolatility: Double,
        schedule: RebalancingSchedule,
        seed: UInt64,
        estimators: [HedgeEstimator] = HedgeEstimator.allCases,
        initialShares: Double? = nil,
        pathModel: PathModel = .geometricBrownianMotion,
        volatilityModel: VolatilityModel = .constant,
        costs: TransactionCosts = .none,
        exercisePolicy: ExercisePolicy = .exercise,
        rebalancing: RebalancingRule = .calendar
    ) {
        self.init(
            book: Book(position), market: market, drift: drift, realizedVolatility: realizedVolatility,
            schedule: schedule, seed: seed, estimators: estimators, initialShares: initialShares,
            pathModel: pathModel, volatilityModel: volatilityModel, costs: costs, exercisePolicy: exercisePolicy,
            rebalancing: rebalancing
        )
    }

    public init(
        book: Book,
        market: Market,
        drift: Double,
        realizedVolatility: Double,
        schedule: RebalancingSchedule,
        seed: UInt64,
        estimators: [HedgeEstimator] = HedgeEstimator.allCases,
        initialShares: Double? = nil,
        pathModel: PathModel = .geometricBrownianMotion,
        volatilityModel: VolatilityModel = .constant,
        costs: TransactionCosts = .none,
        exercisePolicy: ExercisePolicy = .exercise,
        rebalancing: RebalancingRule = .calendar
    ) {
        self.book = book
        self.market = market
        self.drift = drift
        self.realizedVolatility = realizedVolatility
        self.schedule = schedule
        self.seed = seed
        self.estimators = estimators
        self.initialShares = initialShares
        self.pathModel = pathModel
        self.volatilityModel = volatilityModel
        self.costs = costs
        self.exercisePolicy = exercisePolicy
        self.rebalancing = rebalancing
    }

    /// The book's reference leg (its first), whose multiplier m the hedges are written with:
    /// the position itself in the lecture's case of one option.
    public var position: Position {
        get { book.reference }
        set { book.reference = newValue }
    }
}

/// Which of a scenario's hedges a run computes (``HedgeScenario/hedge(along:model:threads:premiumAtStart:hedges:)``).
public enum HedgeSelection: Sendable, Hashable {
    /// Every hedge the scenario names: each estimator's share-balance ledger, the textbook hedge,
    /// and the hedges with traded options.
    case all
    /// The textbook hedge alone.
    case textbookOnly
}

/// The outcome of one simulated path: the valued path, one share-balance ledger per estimator
/// and the textbook hedge's ledger.
public struct HedgeSimulation: Sendable, Hashable, Codable {
    public var scenario: HedgeScenario
    /// The path, ending at the exercise date when the option was exercised early.
    public var valuedPath: ValuedPath
    /// One ledger per estimator, in the scenario's order.
    public var ledgers: [ShareBalanceLedger]
    /// The textbook's self-financing delta hedge on the same path.
    public var textbook: [TextbookHedgeRow]
    /// The date at which an American option was exercised early, if it was.
    public var exerciseStep: Int?
    /// With traded options, the hedges compared (``OptionHedgeKind/compared(options:)``):
    /// shares only, then each richer hedge; empty otherwise.
    public var optionHedges: [OptionHedgeLedger] = []
    /// The model's premium at the start, USD per share, when the path's first premium is the
    /// market's quote instead (``HedgeScenario/hedge(along:model:threads:premiumAtStart:)``);
    /// nil when the path starts at the model's price.
    public var modelPremiumAtStart: Double? = nil

    /// The ledger of `estimator`, if it ran.
    public func ledger(_ estimator: HedgeEstimator) -> ShareBalanceLedger? {
        ledgers.first { $0.estimator == estimator }
    }
}

extension HedgeScenario {
    /// Builds the path from the seed, values the option along it with `model`, stops at an
    /// optimal early exercise (unless the policy is to hold), and runs every hedge on it.
    /// The path's dates are priced on up to `threads` threads, with the same results.
    /// `premiumAtStart` as for ``hedge(along:model:threads:premiumAtStart:)``.
    public func simulate(
        model: some PricingModel, threads: Int = ProcessInfo.processInfo.activeProcessorCount, premiumAtStart: Double? = nil
    ) throws(SimulationError) -> HedgeSimulation {
        try validate()
        return try hedge(along: pricePath(), model: model, threads: threads, premiumAtStart: premiumAtStart)
    }

    /// Values the option along `path` with `model`, stops at an optimal early exercise (unless
    /// the policy is to hold), and runs every hedge on it. The inputs are assumed valid (see
    /// ``simulate(model:)``, which checks them first).
    /// `threads` prices the dates concurrently (one by default: a Monte Carlo study hedges
    /// many paths at once already).
    ///
    /// `premiumAtStart` is the premium paid at the start, USD per share, when it is the market's
    /// quote rather than the model's price (`--start-premium market`, as the course's worked
    /// example starts): the first date's premium is the quote, so every hedge — each estimator,
    /// the textbook hedge under its rule, the hedges with traded options — books the model–market
    /// gap P(0) − quote on its first step and pays the quote for the option. The Greeks at the
    /// start stay the model's (the quote says nothing about them), and so does the exercise
    /// decision; the model's own premium is kept as ``HedgeSimulation/modelPremiumAtStart``.
    ///
    /// `hedges` says which of the scenario's hedges to run: all of them, or the textbook hedge
    /// alone (``HedgeSelection/textbookOnly``: no estimator's ledger, no traded option; a study
    /// that keeps the textbook hedge's figures).
    public func hedge(
        along path: PricePath, model: some PricingModel, threads: Int = 1, premiumAtStart: Double? = nil,
        hedges: HedgeSelection = .all
    ) throws(SimulationError) -> HedgeSimulation {
        let start = try valuedForHedging(along: path, model: model, threads: threads, premiumAtStart: premiumAtStart)
        let valued = start.valued
        let ledgers = hedges == .textbookOnly ? [] : estimators.map {
            ShareBalanceHedge.run(
                on: valued, multiplier: position.multiplier, estimator: $0, initialShares: initialShares
            )
        }
        var simulation = HedgeSimulation(
            scenario: self, valuedPath: valued, ledgers: ledgers,
            textbook: try textbookHedge(on: valued, model: model), exerciseStep: start.exerciseStep
        )
        simulation.modelPremiumAtStart = start.modelPremiumAtStart
        if hedges == .all {
            simulation.optionHedges = try optionHedges(on: valued, volatilities: start.volatilities, model: model, threads: threads)
        }
        return simulation
    }

    /// `path` valued for the hedges (``hedge(along:model:threads:premiumAtStart:hedges:)``): up to
    /// an optimal early exercise unless the policy is to hold, with the quote as the first
    /// premium when `premiumAtStart` is given (the model's kept beside it); and the implied
    /// volatility of each of the path's dates. The dates between the first and the last may
    /// carry only the Greeks in `greeks` (``ValuedPath/valueToExercise(_:along:market:volatilities:model:threads:reading:)``).
    func valuedForHedging(
        along path: PricePath, model: some PricingModel, threads: Int, premiumAtStart: Double?,
        reading greeks: Valuation.Greeks = .all
    ) throws(SimulationError) -> (valued: ValuedPath, exerciseStep: Int?, modelPremiumAtStart: Double?, volatilities: [Double]) {
        let volatilities = impliedVolatilities(count: path.times.count)
        // One option leg can be exercised and the hedge unwound; the legs of a wider book are
        // held to the horizon (an exercised leg would leave the others to hedge alone).
        var (valued, exerciseStep) = exercisePolicy == .exercise && book.legs.count == 1
            ? try ValuedPath.valueToExercise(
                book, along: path, market: market, volatilities: volatilities, model: model, threads: threads,
                reading: greeks
            )
            : (try ValuedPath.value(book, along: path, market: market, volatilities: volatilities, model: model, threads: threads), nil)
        var modelPremiumAtStart: Double?
        if let premiumAtStart, !valued.valuations.isEmpty {
            modelPremiumAtStart = valued.valuations[0].price
            valued.valuations[0].price = premiumAtStart
        }
        return (valued, exerciseStep, modelPremiumAtStart, volatilities)
    }

    /// The textbook hedge's ledger on `valued`, under the scenario's rule and hedge volatility.
    func textbookHedge(on valued: ValuedPath, model: some PricingModel) throws(SimulationError) -> [TextbookHedgeRow] {
        TextbookHedge.run(
            on: valued, multiplier: position.multiplier, costs: costs, rule: rebalancing,
            hedgeDeltas: try textbookHedgeDeltas(on: valued, model: model), expiry: book.nearestExpiry
        )
    }

    /// The Δ per share the textbook hedge targets on `valued` when it is not the valuations':
    /// the rule's own (Leland's), else the hedging volatility's; nil for the valuations' Δ.
    func textbookHedgeDeltas(on valued: ValuedPath, model: some PricingModel) throws(SimulationError) -> [Double]? {
        if let deltas = try rebalancing.base.hedgeDeltas(along: valued, in: self, model: model) { return deltas }
        return try hedgeVolatilityDeltas(along: valued, model: model)
    }

    /// The hedges with traded options on `valued` (``OptionHedgeKind/compared(options:)``), each
    /// option valued at `volatilities` moved to its own; empty without traded options.
    func optionHedges(
        on valued: ValuedPath, volatilities: [Double], model: some PricingModel, threads: Int
    ) throws(SimulationError) -> [OptionHedgeLedger] {
        guard !hedgeOptions.isEmpty else { return [] }
        let dates = PricePath(times: valued.path.times, spots: valued.path.spots)
        var options = [[Valuation]]()
        for option in hedgeOptions {
            // Valued as a book's leg is, at its own volatility moved with the market's.
            options.append(try ValuedPath.value(
                Book(option.position), along: dates, market: market,
                volatilities: Array(volatilities.prefix(dates.times.count)), model: model, threads: threads
            ).valuations)
        }
        return OptionHedgeKind.compared(options: hedgeOptions.count).map {
            OptionHedge.run($0, on: valued, options: options, multiplier: book.multiplier, costs: costs)
        }
    }

    /// The implied volatility the option is valued at on each of the first `count` dates of a
    /// path, by the volatility model and the seed. The noise has its own stream, so turning it
    /// on leaves the price path as it was.
    public func impliedVolatilities(count: Int) -> [Double] {
        impliedVolatilities(count: count, seed: seed)
    }

    /// ``impliedVolatilities(count:)`` of the path seeded `seed` (a study's path k).
    public func impliedVolatilities(count: Int, seed: UInt64) -> [Double] {
        var volatilityGenerator = SplitMix64(seed: seed ^ 0x5EED_0F_1F_0A_7115)
        return volatilityModel.volatilities(initial: market.volatility, count: count, using: &volatilityGenerator)
    }

    /// The share prices at the rebalancing dates, by the path model and the seed.
    public func pricePath() -> PricePath {
        pricePath(at: schedule.times)
    }

    /// Checks every input, naming the first that is out of range.
    public func validate() throws(SimulationError) {
        func require(_ ok: Bool, _ name: String, _ value: Double, _ allowed: String) throws(SimulationError) {
            guard ok else { throw SimulationError(.invalidInput(name: name, value: "\(value)", allowed: allowed)) }
        }
        for (index, leg) in book.legs.enumerated() {
            let name = book.legs.count == 1 ? "" : "leg \(index + 1): "
            try require(leg.contracts >= 1, name + "contracts", Double(leg.contracts), "a whole number ≥ 1")
            if let volatility = leg.impliedVolatility {
                try require(volatility.isFinite && volatility > 0, name + "implied volatility", volatility, "a finite number > 0")
            }
        }
        try require(book.shares.isFinite, "shares held", book.shares, "a finite number")
        try require(hedgeOptions.count <= 2, "number of hedge options", Double(hedgeOptions.count), "at most 2")
        for (index, option) in hedgeOptions.enumerated() {
            try require(
                option.contract.expiry >= schedule.horizon * (1 - 1e-12), "hedge option \(index + 1)'s expiry",
                option.contract.expiry, "at least the horizon, \(schedule.horizon) years (it must outlive the book's hedge)"
            )
        }
        try require(drift.isFinite, "drift", drift, "a finite number per year")
        try require(
            realizedVolatility.isFinite && realizedVolatility >= 0, "realized volatility", realizedVolatility,
            "a finite number ≥ 0"
        )
        try require(schedule.interval.isFinite && schedule.interval > 0, "interval", schedule.interval, "> 0 years")
        try require(
            schedule.horizon.isFinite && schedule.horizon > 0 && schedule.horizon <= book.earliestExpiry * (1 + 1e-12),
            "horizon", schedule.horizon, "> 0 and at most the earliest expiry, \(book.earliestExpiry) years"
        )
        try require(
            schedule.horizon / schedule.interval <= 1_000_000, "number of rebalancing dates",
            (schedule.horizon / schedule.interval).rounded(.up), "at most 1,000,000"
        )
        if let initialShares {
            try require(initialShares.isFinite, "initial shares", initialShares, "a finite number")
        }
        try require(
            costs.basisPoints.isFinite && costs.basisPoints >= 0, "transaction cost", costs.basisPoints, "≥ 0 basis points"
        )
        try require(costs.feePerTrade.isFinite && costs.feePerTrade >= 0, "fee per trade", costs.feePerTrade, "≥ 0 USD")
        try validateRebalancing()
        try validateHedgeVolatility()
        switch pathModel {
        case let .simulated(process):
            try process.validate(in: self)
        case let .observed(path):
            try require(path.times.count >= 2, "number of observed prices", Double(path.times.count), "at least 2")
            try require(path.times.first == 0, "first observed time", path.times.first ?? .nan, "0")
            try require(
                path.times.last! <= book.earliestExpiry * (1 + 1e-12), "last observed time", path.times.last!,
                "at most the earliest expiry, \(book.earliestExpiry) years"
            )
            if case let .observed(volatilities) = volatilityModel {
                try require(
                    volatilities.count == path.times.count, "number of implied volatilities", Double(volatilities.count),
                    "one per observed price, \(path.times.count)"
                )
            }
        }
    }
}
