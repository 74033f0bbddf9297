import Analytics
import Foundation
import Pricing
import Simulation

/// The content of `summary.json` (DESIGN.md §4). Key names are stable; units are in the key
/// names or in `units`.
struct SummaryDocument: Encodable {
    /// `parameters`: every resolved input under its summary key (``ReportSettings/parameters``,
    /// from the CLI's table of parameters), and the facts derived from them.
    struct Parameters: Encodable {
        var inputs: [ReportSettings.Parameter]
        var multiplier: Double
        var yearsToExpiry: Double
        var pricingModel: String
        var intervalYears: Double
        var horizonYears: Double
        /// The binomial walk's u, d and p over its interval (years); nil for other path models.
        var binomialWalk: BinomialWalk?
        var volatilityModel: String
        var premiumImpliedVolatility: Double?
        /// On the trading-day basis, the expiry in trading days (yearsToExpiry × 252), beside
        /// `daysToExpiry` in calendar days; nil on the calendar basis.
        var tradingDaysToExpiry: Double? = nil

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        private enum Derived: String, CodingKey {
            case multiplier, yearsToExpiry, pricingModel, intervalYears, horizonYears, binomialWalk, volatilityModel
            case premiumImpliedVolatility, tradingDaysToExpiry
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var recorded = Set<String>()
            for input in inputs {
                guard let key = input.summaryKey else { continue }
                recorded.insert(key)
                let codingKey = Key(stringValue: key)
                switch input.value {
                case let .number(number): try container.encode(number, forKey: codingKey)
                case let .integer(number): try container.encode(number, forKey: codingKey)
                case let .text(text): try container.encode(text, forKey: codingKey)
                case let .list(items): try container.encode(items, forKey: codingKey)
                case let .flag(on): try container.encode(on, forKey: codingKey)
                }
            }
            // A derived fact the inputs already state (the expiry in years, given as --years)
            // is written once, as the input.
            func derived<Value: Encodable>(_ key: Derived, _ value: Value?) throws {
                guard let value, !recorded.contains(key.rawValue) else { return }
                try container.encode(value, forKey: Key(stringValue: key.rawValue))
            }
            try derived(.multiplier, multiplier)
            try derived(.yearsToExpiry, yearsToExpiry)
            try derived(.pricingModel, pricingModel)
            try derived(.intervalYears, intervalYears)
            try derived(.horizonYears, horizonYears)
            try derived(.binomialWalk, binomialWalk)
            try derived(.volatilityModel, volatilityModel)
            try derived(.premiumImpliedVolatility, premiumImpliedVolatility)
            try derived(.tradingDaysToExpiry, tradingDaysToExpiry)
        }
    }

    struct Path: Encodable {
        var rebalancingDates: Int
        var initialSpot: Double
        var finalSpot: Double
        var minimumSpot: Double
        var maximumSpot: Double
        var finalPremium: Double
        /// The annualised standard deviation of the path's log returns, per √year
        /// (``RealizedVolatility``, with the run's year fractions); nil with fewer than three dates.
        var realizedVolatility: Double?
        /// The date at which an American option was exercised early, if it was.
        var exerciseStep: Int?
    }

    var tool = ["name": "hedge-report", "version": ReportPipeline.version]
    var parameters: Parameters
    var units: [String: String] = [
        "money": "USD; per share for spot, strike, premium and price, for the whole position otherwise",
        "rate": "per year, continuously compounded (0.0431 = 4.31%)",
        "dividendYield": "per year, continuously compounded",
        "impliedVolatility": "per √year (0.60 = 60%)",
        "realizedVolatility": "per √year",
        "binomialWalk": "up and down factors per interval, interval in years",
        "drift": "per year, continuously compounded",
        "time": "years, ACT/365",
        "delta": "per 1 USD of spot",
        "gamma": "per USD² of spot",
        "theta": "USD per share per year (÷365 for per day)",
        "vega": "USD per share per 1.00 of volatility (÷100 for per vol point)",
        "rho": "USD per share per 1.00 of rate (÷100 for per 1%)",
        "shares": "shares of the underlying, negative = short",
        "assumptions": "P&L and step residuals in USD for the whole position; merton intensity per year; heston kappa per year, theta and initialVariance per year",
    ]
    var valuation: Valuation
    /// `position`: the book at the start, for a book (`--leg`, `--shares`); the lecture's one
    /// option is `valuation`. The legs table's figures (``BookSection/BookFigures``).
    var position: BookSection.BookFigures?
    /// With `--hedge-with`, the hedges compared on the path, as the page's table shows them
    /// (``HedgeOptionsSection/PathFigures``).
    var optionHedges: [HedgeOptionsSection.PathFigures]?
    /// Each share-balance hedge by its estimator, as the page's table shows it
    /// (``EstimatorsSection/HedgeFigures``).
    var hedges: [String: EstimatorsSection.HedgeFigures]
    var textbook: TextbookSummary
    var path: Path
    var monteCarlo: MonteCarloReport?
    var assumptions: Assumptions?

    /// The hedge's error under GBM, Merton and Heston at the same total variance
    /// (``PathModelComparison``), USD for the whole position; each model's figures are those the
    /// Assumptions section shows (``AssumptionsSection/ModelFigures``).
    struct Assumptions: Encodable {
        var paths: Int
        var realizedVolatility: Double
        var merton: MertonJumps
        var heston: HestonVariance
        var models: [AssumptionsSection.ModelFigures]

        init(_ comparison: PathModelComparison) {
            paths = comparison.paths
            realizedVolatility = comparison.realizedVolatility
            merton = comparison.jumps
            heston = comparison.heston
            models = comparison.rows.map(AssumptionsSection.ModelFigures.init)
        }
    }
    var wrongInformation: WrongInformationSummary?
    /// Why the Monte Carlo study's figures depart from their theory, by control runs
    /// (``Explanation``, DESIGN.md §2.9): `figure`, `value`, `standardError`, `causes` (each
    /// `cause`, `valueWithout`, `standardErrorOfDifference`, `named`), and the control runs'
    /// `controlPaths` and `valueOnControlPaths`. Empty without a departure.
    var explanations: [Explanation]
    /// `{reason, value}` when the run has nothing to hedge (``Degenerate``), written as null
    /// otherwise.
    var degenerate: NullableDegenerate
    /// The lesson's identity (``Lesson``): `gammaRent`, `actual`, `rest`, USD.
    var lesson: Lesson?

    init(analysis: HedgeAnalysis, settings: ReportSettings) {
        let scenario = analysis.simulation.scenario
        let contract = scenario.position.contract
        parameters = Parameters(
            inputs: settings.parameters,
            multiplier: scenario.position.multiplier,
            yearsToExpiry: contract.expiry,
            pricingModel: settings.usesClosedForm ? "black-scholes-merton" : "binomial lattice",
            intervalYears: scenario.hedge.schedule.interval,
            horizonYears: scenario.hedge.schedule.horizon,
            binomialWalk: scenario.dynamics.pathModel.process(BinomialWalk.self),
            volatilityModel: Self.name(scenario.dynamics.volatilityModel),
            premiumImpliedVolatility: settings.premiumImpliedVolatility,
            tradingDaysToExpiry: settings.yearBasis == .trading ? contract.expiry * 252 : nil
        )
        if settings.yearBasis == .trading {
            units["time"] = "years of 252 trading days (a file's dates: weekdays ÷ 252; the expiry: calendar days ÷ 365)"
        }
        valuation = analysis.initialValuation
        if settings.isBook {
            position = BookSection.BookFigures(analysis)
        }
        let optionHedges = analysis.simulation.optionHedges
        self.optionHedges = optionHedges.isEmpty ? nil : optionHedges.map(HedgeOptionsSection.PathFigures.init)
        hedges = Dictionary(uniqueKeysWithValues: zip(analysis.summaries, analysis.reconciliations).map { summary, reconciliation in
            (summary.estimator.rawValue, EstimatorsSection.HedgeFigures(summary, reconciliation))
        })
        textbook = analysis.textbook
        monteCarlo = analysis.monteCarlo
        explanations = analysis.explanations
        degenerate = NullableDegenerate(value: analysis.degenerate)
        lesson = analysis.lesson
        assumptions = analysis.modelComparison.map(Assumptions.init)
        wrongInformation = analysis.wrongInformation.map { WrongInformationSummary($0, study: analysis.wrongInformationStudy) }
        let spots = analysis.simulation.valuedPath.path.spots
        path = Path(
            rebalancingDates: spots.count,
            initialSpot: spots.first ?? 0,
            finalSpot: spots.last ?? 0,
            minimumSpot: spots.min() ?? 0,
            maximumSpot: spots.max() ?? 0,
            finalPremium: analysis.simulation.valuedPath.valuations.last?.price ?? 0,
            realizedVolatility: RealizedVolatility.of(analysis.simulation.valuedPath.path),
            exerciseStep: analysis.simulation.exerciseStep
        )
    }

    private static func name(_ model: VolatilityModel) -> String {
        switch model {
        case .constant: "constant"
        case .noisy: "noisy"
        case .observed: "file"
        }
    }

    /// Pretty-printed JSON with sorted keys: the same inputs give the same bytes.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
