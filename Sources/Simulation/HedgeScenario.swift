import Pricing

/// Everything a single-path hedge simulation needs, resolved: the position, the market at
/// t = 0, how the share price moves, when the hedge is rebalanced and how.
public struct HedgeScenario: Sendable, Hashable, Codable {
    /// The option position being hedged.
    public var position: Position
    /// The market at t = 0; its volatility is the implied volatility used for pricing.
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

    public init(
        position: Position,
        market: Market,
        drift: Double,
        realizedVolatility: Double,
        schedule: RebalancingSchedule,
        seed: UInt64,
        estimators: [HedgeEstimator] = HedgeEstimator.allCases,
        initialShares: Double? = nil
    ) {
        self.position = position
        self.market = market
        self.drift = drift
        self.realizedVolatility = realizedVolatility
        self.schedule = schedule
        self.seed = seed
        self.estimators = estimators
        self.initialShares = initialShares
    }
}

/// The outcome of one simulated path: the valued path and one ledger per estimator.
public struct HedgeSimulation: Sendable, Hashable, Codable {
    public var scenario: HedgeScenario
    public var valuedPath: ValuedPath
    /// One ledger per estimator, in the scenario's order.
    public var ledgers: [ShareBalanceLedger]

    /// The ledger of `estimator`, if it ran.
    public func ledger(_ estimator: HedgeEstimator) -> ShareBalanceLedger? {
        ledgers.first { $0.estimator == estimator }
    }
}

extension HedgeScenario {
    /// Simulates one GBM path from the seed, values the option along it with `model`, and runs
    /// every estimator's hedge on it.
    public func simulate(model: some PricingModel) throws(SimulationError) -> HedgeSimulation {
        try validate()
        var generator = SplitMix64(seed: seed)
        let path = PricePath.geometricBrownianMotion(
            spot: market.spot, drift: drift, volatility: realizedVolatility,
            times: schedule.times, using: &generator
        )
        let valued = try ValuedPath.value(position.contract, along: path, market: market, model: model)
        let ledgers = estimators.map {
            ShareBalanceHedge.run(
                on: valued, multiplier: position.multiplier, estimator: $0, initialShares: initialShares
            )
        }
        return HedgeSimulation(scenario: self, valuedPath: valued, ledgers: ledgers)
    }

    private func validate() throws(SimulationError) {
        func require(_ ok: Bool, _ name: String, _ value: Double, _ allowed: String) throws(SimulationError) {
            guard ok else { throw SimulationError(.invalidInput(name: name, value: "\(value)", allowed: allowed)) }
        }
        try require(position.contracts >= 1, "contracts", Double(position.contracts), "a whole number ≥ 1")
        try require(drift.isFinite, "drift", drift, "a finite number per year")
        try require(
            realizedVolatility.isFinite && realizedVolatility >= 0, "realized volatility", realizedVolatility,
            "a finite number ≥ 0"
        )
        try require(schedule.interval.isFinite && schedule.interval > 0, "interval", schedule.interval, "> 0 years")
        try require(
            schedule.horizon.isFinite && schedule.horizon > 0 && schedule.horizon <= position.contract.expiry * (1 + 1e-12),
            "horizon", schedule.horizon, "> 0 and at most the expiry, \(position.contract.expiry) years"
        )
        try require(
            schedule.horizon / schedule.interval <= 1_000_000, "number of rebalancing dates",
            (schedule.horizon / schedule.interval).rounded(.up), "at most 1,000,000"
        )
        if let initialShares {
            try require(initialShares.isFinite, "initial shares", initialShares, "a finite number")
        }
    }
}
