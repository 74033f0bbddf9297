/// How a scenario's share price and implied volatility move along a path: the path model at
/// its real-world drift and volatility, the seed of its random numbers, how the implied
/// volatility used for pricing moves, and the dates a path is drawn at. The physical measure
/// the hedge lives in, as the risk-neutral one of the pricing model is not.
public struct PathDynamics: Sendable, Hashable, Codable {
    /// How the share price moves (GBM by default).
    public var pathModel: PathModel
    /// μ, the real-world drift of the simulated share price, continuously compounded, per year.
    public var drift: Double
    /// σ of the simulated share price, per √year (may differ from the implied volatility).
    public var realizedVolatility: Double
    /// Seed of the path's random numbers.
    public var seed: UInt64
    /// How the implied volatility used for pricing moves.
    public var volatilityModel: VolatilityModel
    /// Years between the dates a simulated path is drawn at, finer than the schedule, or nil to
    /// draw at the schedule's own dates (``HedgeScenario/drawingDates(for:)``).
    public var drawingInterval: Double?

    public init(
        pathModel: PathModel = .geometricBrownianMotion,
        drift: Double,
        realizedVolatility: Double,
        seed: UInt64,
        volatilityModel: VolatilityModel = .constant,
        drawingInterval: Double? = nil
    ) {
        self.pathModel = pathModel
        self.drift = drift
        self.realizedVolatility = realizedVolatility
        self.seed = seed
        self.volatilityModel = volatilityModel
        self.drawingInterval = drawingInterval
    }

    /// Checks the drift and the realized volatility, and an observed path's own dates: at least
    /// two prices, the first at 0, the last no later than `expiry` (years), and one implied
    /// volatility per price when they are observed too. A drawn path's model checks itself
    /// against the whole scenario (``PathProcess/validate(in:)``).
    public func validate(expiringAt expiry: Double) throws(SimulationError) {
        try SimulationError.require(drift.isFinite, "drift", drift, "a finite number per year")
        try SimulationError.require(
            realizedVolatility.isFinite && realizedVolatility >= 0, "realized volatility", realizedVolatility,
            "a finite number ≥ 0"
        )
        guard case let .observed(path) = pathModel else { return }
        try SimulationError.require(path.times.count >= 2, "number of observed prices", Double(path.times.count), "at least 2")
        try SimulationError.require(path.times.first == 0, "first observed time", path.times.first ?? .nan, "0")
        try SimulationError.require(
            path.times.last! <= expiry * (1 + 1e-12), "last observed time", path.times.last!,
            "at most the earliest expiry, \(expiry) years"
        )
        if case let .observed(volatilities) = volatilityModel {
            try SimulationError.require(
                volatilities.count == path.times.count, "number of implied volatilities", Double(volatilities.count),
                "one per observed price, \(path.times.count)"
            )
        }
    }
}
