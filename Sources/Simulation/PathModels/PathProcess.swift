import Foundation

/// The name of a path model as the user writes it (`--path-model gbm`) and as `summary.json`
/// and the model comparison carry it: typed, so that no code compares free strings. Coded as
/// its bare string (the standard library's coding of a `String` `RawRepresentable`).
public struct PathModelID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: PathModelID, rhs: PathModelID) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let gbm = PathModelID(rawValue: "gbm")
    public static let binomial = PathModelID(rawValue: "binomial")
    public static let merton = PathModelID(rawValue: "merton")
    public static let heston = PathModelID(rawValue: "heston")
}

/// Which of the Monte Carlo study's theory lines describe a path model's paths (DESIGN.md §2.4):
/// the formulas are written for families of processes, and a model names its family or says
/// why none applies.
public enum PathModelTheory: Sendable, Hashable {
    /// Log-normal steps of constant volatility: the discrete-hedging formula over the horizon
    /// and the mismatch expectation over the log-normal law of S_H.
    case lognormal
    /// The course's binomial walk: moments exact on the walk's tree.
    case binomialWalk(BinomialWalk)
    /// No theory line, for the reason given (a phrase: "the share jumps (Merton)").
    case unavailable(reason: String)
}

/// What one way of simulating the share price knows about itself: its name, how its parameters
/// are checked, the generator it draws paths with, the spot range a study's pricing grid must
/// cover for its paths, and which theory describes it. A new path model is one type conforming
/// to this protocol, listed once in ``PathModels/all``; nothing else switches on which model a
/// scenario uses.
///
/// The model's values are its own parameters; the scenario supplies the drift, the realized
/// volatility and the option's life (``HedgeScenario``). Money in currency per share, time in
/// years, volatility per √year.
public protocol PathProcess: Sendable, Hashable, Codable {
    /// The name the user writes and the report shows (`gbm`, `merton`).
    static var id: PathModelID { get }

    /// What the model is, for a reader: a noun phrase ("Merton's jump diffusion").
    static var title: String { get }

    /// A short label for a chart legend or a table ("Merton jumps").
    static var label: String { get }

    /// Refuses parameters the generator cannot draw with in `scenario`, naming the value.
    func validate(in scenario: HedgeScenario) throws(SimulationError)

    /// The generator of `scenario`'s paths: at its drift, and with the variance of ln S per
    /// year over the option's life its realized variance unless the model says otherwise.
    func generator(in scenario: HedgeScenario) -> any PathGenerator

    /// The share prices, currency per share, that a path of `scenario` reaches at `time` years
    /// but for a negligible fraction (about one date in a million or fewer): what a study's
    /// grid of premium and Δ must cover, since a spot outside it is priced directly, slowly.
    func spotRange(in scenario: HedgeScenario, at time: Double) -> ClosedRange<Double>

    /// The theory lines that describe the model's paths, or why none does.
    var theory: PathModelTheory { get }

    /// What `--help` says of the model after its name ("jumps: --jump-intensity, …").
    static var help: String { get }

    /// Whether the model is built from a price file (`--prices`) rather than drawn beside it.
    static var readsPriceFile: Bool { get }

    /// The model built from the run's inputs, or nil for a model whose parameters the command
    /// line reads flag by flag (the walk, Merton, Heston).
    static func resolve(_ inputs: PathModelInputs) throws(SimulationError) -> Self?

    /// The volatility per √year the model realizes when the run sets none (a bootstrap
    /// realizes its file's); nil when it takes the run's.
    var ownRealizedVolatility: Double? { get }

    /// The drift per year the model's paths have when the run sets none; nil when it takes
    /// the run's (r − q by default).
    var ownDrift: Double? { get }

    /// Whether the scenario's realized volatility is the model's whole volatility, so that a
    /// control run at the implied volatility removes a volatility mismatch and leaves the model
    /// as it is (GBM; a bootstrap, whose returns are rescaled). False where the variance is the
    /// model's own (the walk's factors, Merton's jumps, Heston's process).
    var realizesTheRunsVolatility: Bool { get }

    /// The model and its parameters in plain words, for a page that has no words of its own
    /// for it (``PathModelPage`` in Report).
    func summary(in scenario: HedgeScenario) -> String

    /// What the model assumes about the share's moves, plain sentences, for a page that has
    /// no words of its own for it.
    func assumption(in scenario: HedgeScenario) -> String
}

/// What the command line hands a path model to build itself from (``PathProcess/resolve(_:)``):
/// the values the user gave, nil where the run's defaults apply.
public struct PathModelInputs: Sendable {
    /// `--drift`, per year, if given.
    public var drift: Double?
    /// `--realized-vol`, per √year, if given.
    public var realizedVolatility: Double?
    /// The prices of `--prices`, in years from the file's first date, if given.
    public var prices: PricePath?
    /// Where `prices` came from (a file name), for the page.
    public var source: String?

    public init(drift: Double? = nil, realizedVolatility: Double? = nil, prices: PricePath? = nil, source: String? = nil) {
        self.drift = drift
        self.realizedVolatility = realizedVolatility
        self.prices = prices
        self.source = source
    }
}

extension PathProcess {
    public func validate(in scenario: HedgeScenario) throws(SimulationError) {}

    public static var readsPriceFile: Bool { false }

    public static func resolve(_ inputs: PathModelInputs) throws(SimulationError) -> Self? { nil }

    public var ownRealizedVolatility: Double? { nil }

    public var ownDrift: Double? { nil }

    public var realizesTheRunsVolatility: Bool { false }

    /// ±5 standard deviations of ln S(t) around its mean under GBM at the larger of the
    /// realized and the implied volatility: a GBM path leaves it about once in 1.7 million
    /// dates. Models with heavier tails widen it.
    public func spotRange(in scenario: HedgeScenario, at time: Double) -> ClosedRange<Double> {
        PathModels.lognormalSpotRange(in: scenario, at: time, volatility: max(scenario.dynamics.realizedVolatility, scenario.market.volatility))
    }
}

/// Every path model the tool offers, in the order `--help` lists them.
public enum PathModels {
    /// The registered models. A new one is one line here.
    public static let all: [any PathProcess.Type] = [
        GeometricBrownianPaths.self,
        BinomialWalk.self,
        MertonJumps.self,
        HestonVariance.self,
        BootstrapReturns.self,
    ]

    /// The names of ``all``, in order.
    public static var ids: [PathModelID] { all.map { $0.id } }

    /// The registered model named `id`, nil for an unknown name.
    public static func model(_ id: PathModelID) -> (any PathProcess.Type)? {
        all.first { $0.id == id }
    }

    /// exp(centre ± 5·σ·√t), centre = ln S₀ + (μ − σ²/2)·t, t at least one day: the range of a
    /// log-normal spot at 5 standard deviations (two-sided tail 5.7e-7).
    public static func lognormalSpotRange(in scenario: HedgeScenario, at time: Double, volatility sigma: Double) -> ClosedRange<Double> {
        let centre = log(scenario.market.spot) + (scenario.dynamics.drift - 0.5 * sigma * sigma) * time
        let width = 5 * sigma * max(time, 1.0 / 365).squareRoot()
        return exp(centre - width)...exp(centre + width)
    }
}

extension PathProcess {
    /// The title.
    public func summary(in scenario: HedgeScenario) -> String { Self.title }

    /// "The simulated share follows" the title.
    public func assumption(in scenario: HedgeScenario) -> String {
        "The simulated share follows \(Self.title)."
    }
}
