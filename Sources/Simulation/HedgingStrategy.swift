/// How the hedger hedges a book: the dates and the rule the hedge rebalances by, the
/// share-balance estimators run beside the textbook hedge, its costs, the holder's exercise
/// policy, the options it trades besides shares, and the volatility of the Δ it trades.
public struct HedgingStrategy: Sendable, Hashable, Codable {
    /// When the hedge is rebalanced; its horizon is where every hedge ends.
    public var schedule: RebalancingSchedule
    /// When the textbook hedge trades (the calendar rule by default).
    public var rebalancing: RebalancingRule
    /// Share-balance estimators to run side by side on the same path.
    public var estimators: [HedgeEstimator]
    /// n(0) for every share-balance hedge; `nil` for delta-neutral, −m·Δ(0).
    public var initialShares: Double?
    /// Costs of each trade of the textbook hedge.
    public var costs: TransactionCosts
    /// What happens when early exercise of an American option is optimal.
    public var exercisePolicy: ExercisePolicy
    /// Options the hedger trades besides shares, none, one or two (``OptionHedge``): each run
    /// then also hedges the book Δ-Γ-neutral with the first, and Δ-Γ-ν-neutral with both.
    public var tradedOptions: [TradedOption]
    /// The volatility of the Δ the textbook hedge trades (``HedgeVolatility``); the option is
    /// still marked at the implied volatility. Implied by default.
    public var volatility: HedgeVolatility

    public init(
        schedule: RebalancingSchedule,
        rebalancing: RebalancingRule = .calendar,
        estimators: [HedgeEstimator] = HedgeEstimator.allCases,
        initialShares: Double? = nil,
        costs: TransactionCosts = .none,
        exercisePolicy: ExercisePolicy = .exercise,
        tradedOptions: [TradedOption] = [],
        volatility: HedgeVolatility = .implied
    ) {
        self.schedule = schedule
        self.rebalancing = rebalancing
        self.estimators = estimators
        self.initialShares = initialShares
        self.costs = costs
        self.exercisePolicy = exercisePolicy
        self.tradedOptions = tradedOptions
        self.volatility = volatility
    }

    /// k, the round-trip proportional cost: twice the one-way rate of ``costs``.
    public var roundTripCost: Double { 2 * costs.basisPoints / 10_000 }

    /// Checks what the strategy states on its own: at most two traded options, each outliving
    /// the horizon; a schedule of finite positive interval ending by `expiry` (years, the
    /// book's earliest) with at most 1,000,000 dates; finite initial shares; costs ≥ 0. The
    /// rule and the hedging volatility are checked against the whole scenario
    /// (``HedgeScenario/validate()``).
    public func validate(expiringAt expiry: Double) throws(SimulationError) {
        try SimulationError.require(tradedOptions.count <= 2, "number of hedge options", Double(tradedOptions.count), "at most 2")
        for (index, option) in tradedOptions.enumerated() {
            try SimulationError.require(
                option.contract.expiry >= schedule.horizon * (1 - 1e-12), "hedge option \(index + 1)'s expiry",
                option.contract.expiry, "at least the horizon, \(schedule.horizon) years (it must outlive the book's hedge)"
            )
        }
        try SimulationError.require(schedule.interval.isFinite && schedule.interval > 0, "interval", schedule.interval, "> 0 years")
        try SimulationError.require(
            schedule.horizon.isFinite && schedule.horizon > 0 && schedule.horizon <= expiry * (1 + 1e-12),
            "horizon", schedule.horizon, "> 0 and at most the earliest expiry, \(expiry) years"
        )
        try SimulationError.require(
            schedule.horizon / schedule.interval <= 1_000_000, "number of rebalancing dates",
            (schedule.horizon / schedule.interval).rounded(.up), "at most 1,000,000"
        )
        if let initialShares {
            try SimulationError.require(initialShares.isFinite, "initial shares", initialShares, "a finite number")
        }
        try SimulationError.require(
            costs.basisPoints.isFinite && costs.basisPoints >= 0, "transaction cost", costs.basisPoints, "≥ 0 basis points"
        )
        try SimulationError.require(costs.feePerTrade.isFinite && costs.feePerTrade >= 0, "fee per trade", costs.feePerTrade, "≥ 0 USD")
    }
}
