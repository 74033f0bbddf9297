import Foundation

/// A bootstrap of observed daily log returns (DESIGN.md §2.8; Efron, "Bootstrap methods",
/// *Annals of Statistics* 7, 1979): each step of a simulated path draws one of a price file's
/// log returns, independently and with replacement, so the paths keep the file's fat tails and
/// lose its order (volatility clustering, trends).
///
/// The file's n + 1 prices give n log returns rᵢ = ln(Sᵢ₊₁/Sᵢ) over a mean spacing of
/// h = (t_n − t_0)/n years. They are kept as standardised residuals zᵢ = (rᵢ − r̄)/s with s² the
/// returns' variance as the bootstrap sees it (÷ n, so that a draw has mean 0 and variance 1
/// exactly). A step of dt years at drift μ and volatility σ moves
///
///     ln S += (μ − σ²/2)·dt + σ·√dt·z,   z drawn uniformly from the zᵢ,
///
/// which at the file's own drift and volatility, μ_f = r̄/h + σ_f²/2 and σ_f = s/√h, and
/// dt = h, is the file's return rᵢ itself. Those are the model's defaults: the run realizes
/// the file's volatility and drift unless `--realized-vol` (the returns rescaled to it) or
/// `--drift` is given. Unrescaled is the default because the level of real volatility against
/// the implied one is the largest thing a real path does to a hedge; rescaling keeps the
/// file's shape at the run's level, to compare with GBM at the same σ. Draws per step: one
/// uniform (``ShockSource/nextUniform()``), so a path depends on its seed only, at any thread
/// count. Money in currency per share, time in years.
public struct BootstrapReturns: PathProcess {
    public static let id = PathModelID(rawValue: "bootstrap")
    public static let title = "a bootstrap of a price file's daily log returns"
    public static let label = "bootstrap"
    public static let help = "each day's log return drawn with replacement from those of --prices FILE, at the file's volatility and drift unless --realized-vol or --drift is given"
    public static let readsPriceFile = true

    /// The standardised residuals zᵢ, mean 0 and variance 1 (÷ n).
    public var residuals: [Double]
    /// h, the mean spacing of the file's prices, in years.
    public var returnInterval: Double
    /// r̄, the mean log return per step of the file.
    public var meanLogReturn: Double
    /// s, the standard deviation (÷ n) of the file's log returns per step.
    public var standardDeviation: Double
    /// Where the returns came from (a file name), for the page.
    public var source: String?
    /// The file's realized volatility by the formula a report on the file itself states
    /// (``PricePath/realizedVolatility``: the drift taken out over each gap δtᵢ, ÷ (n − 1)),
    /// per √year, for the page to set beside ``fileVolatility``; nil when it cannot be measured.
    public var sampleVolatility: Double?

    /// The bootstrap of the log returns between consecutive `prices` (at least three, every
    /// one finite and > 0, not all equal).
    public init(prices: PricePath, source: String? = nil) throws(SimulationError) {
        try SimulationError.require(prices.spots.count >= 3, "number of prices to resample", Double(prices.spots.count), "at least 3 (two log returns)")
        for spot in prices.spots {
            try SimulationError.require(spot.isFinite && spot > 0, "price to resample", spot, "a finite price > 0")
        }
        let returns = zip(prices.spots, prices.spots.dropFirst()).map { log($1 / $0) }
        let n = Double(returns.count)
        let mean = returns.reduce(0, +) / n
        let deviation = (returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
        try SimulationError.require(deviation > 0, "standard deviation of the log returns to resample", deviation, "> 0 (the prices must move)")
        let span = prices.times.last! - prices.times.first!
        try SimulationError.require(span > 0, "years spanned by the prices to resample", span, "> 0")
        residuals = returns.map { ($0 - mean) / deviation }
        returnInterval = span / n
        meanLogReturn = mean
        standardDeviation = deviation
        sampleVolatility = prices.realizedVolatility
        self.source = source
    }

    public static func resolve(_ inputs: PathModelInputs) throws(SimulationError) -> Self? {
        guard let prices = inputs.prices else {
            throw SimulationError(.invalidInput(
                name: "its source of returns", value: "none", allowed: "a price file, --prices FILE, whose daily log returns the paths resample"
            ))
        }
        return try Self(prices: prices, source: inputs.source)
    }

    /// σ_f = s/√h, the file's volatility per √year: the population std (÷ n) of its returns
    /// over their mean spacing. This, not the sample formula of ``sampleVolatility``, is what
    /// a bootstrap path realizes in expectation, because a draw's variance is s² exactly; at
    /// it a step of h years is one of the file's returns itself. The two differ where the
    /// file's gaps are uneven (weekends) and its drift large: 79.2% against 78.4% for the
    /// TSLA year in `data/`.
    public var fileVolatility: Double { standardDeviation / returnInterval.squareRoot() }

    /// μ_f = r̄/h + σ_f²/2, the file's drift per year (of E[S], continuously compounded).
    public var fileDrift: Double { meanLogReturn / returnInterval + 0.5 * fileVolatility * fileVolatility }

    public var ownRealizedVolatility: Double? { fileVolatility }

    public var ownDrift: Double? { fileDrift }

    public var realizesTheRunsVolatility: Bool { true }

    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        try SimulationError.require(residuals.count >= 2, "number of log returns to resample", Double(residuals.count), "at least 2")
        try SimulationError.require(residuals.allSatisfy(\.isFinite), "log returns to resample", residuals.first { !$0.isFinite } ?? .nan, "finite numbers")
        try SimulationError.require(returnInterval.isFinite && returnInterval > 0, "spacing of the resampled returns", returnInterval, "> 0 years")
    }

    public func generator(in scenario: HedgeScenario) -> any PathGenerator {
        Generator(residuals: residuals, drift: scenario.dynamics.drift, volatility: scenario.dynamics.realizedVolatility)
    }

    /// The log-normal range at the larger of the realized and implied volatility, widened by
    /// the largest residual beyond 5: one step can move by that many standard deviations.
    public func spotRange(in scenario: HedgeScenario, at time: Double) -> ClosedRange<Double> {
        let largest = residuals.map(abs).max() ?? 0
        let sigma = max(scenario.dynamics.realizedVolatility, scenario.market.volatility) * max(1, largest / 5)
        return PathModels.lognormalSpotRange(in: scenario, at: time, volatility: sigma)
    }

    public var theory: PathModelTheory { .unavailable(reason: "the share's returns are resampled from a price file (bootstrap)") }

    public func summary(in scenario: HedgeScenario) -> String {
        "bootstrap of \(residuals.count) daily log returns\(source.map { " of \($0)" } ?? "") drawn with replacement, "
            + scaling(scenario)
    }

    public func assumption(in scenario: HedgeScenario) -> String {
        "Each simulated step draws one of the \(residuals.count) daily log returns\(source.map { " of \($0)" } ?? "") at random, "
            + "independently and with replacement: the paths keep the file's fat tails but not its order, so a calm week "
            + "and a wild one are equally likely to follow each other. The returns are " + scaling(scenario)
            + "." + reconciliation + " The file's own volatility is the default because real volatility away from the implied one is the largest "
            + "thing a real path does to a hedge; --realized-vol rescales the returns to compare their shape with GBM at one σ."
    }

    /// Why the page's σ_f is not the realized volatility a report on the file states.
    private var reconciliation: String {
        guard let sample = sampleVolatility else { return "" }
        let percent = { (value: Double) in String(format: "%.1f%%", 100 * value) }
        return " The file's volatility, \(percent(fileVolatility)), is the std of its \(residuals.count) returns (÷ n) over their mean "
            + "spacing, which a bootstrap path realizes in expectation; a report on the file itself states \(percent(sample)), by "
            + "the sample formula that takes the drift out over each gap between its dates and divides by n − 1."
    }

    private func scaling(_ scenario: HedgeScenario) -> String {
        let percent = { (value: Double) in String(format: "%.1f%%", 100 * value) }
        let volatility = abs(scenario.dynamics.realizedVolatility - fileVolatility) <= 1e-12 * fileVolatility
            ? "at the file's volatility of \(percent(fileVolatility)) per √year"
            : "rescaled from the file's volatility of \(percent(fileVolatility)) to \(percent(scenario.dynamics.realizedVolatility)) per √year"
        let drift = abs(scenario.dynamics.drift - fileDrift) <= 1e-12 * abs(fileDrift)
            ? "the file's drift of \(percent(fileDrift)) a year"
            : "a drift of \(percent(scenario.dynamics.drift)) a year instead of the file's \(percent(fileDrift))"
        return volatility + " with " + drift
    }

    /// Draws the steps: the state is ln S.
    struct Generator: PathGenerator {
        var residuals: [Double]
        var drift: Double
        var volatility: Double

        struct Step: Sendable {
            /// (μ − σ²/2)·dt.
            var centre: Double
            /// σ·√dt.
            var scale: Double
        }

        func initialState(spot: Double) -> Double { log(spot) }

        func step(over dt: Double) -> Step {
            Step(centre: (drift - 0.5 * volatility * volatility) * dt, scale: volatility * dt.squareRoot())
        }

        func advance(_ state: inout Double, by step: Step, using shocks: inout some ShockSource) {
            let index = min(Int(shocks.nextUniform() * Double(residuals.count)), residuals.count - 1)
            state += step.centre + step.scale * residuals[index]
        }

        func spot(in state: Double) -> Double { exp(state) }
    }
}
