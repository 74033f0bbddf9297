import Analytics
import Foundation
import Pricing
import Simulation

/// The content of `summary.json` (DESIGN.md §4). Key names are stable; units are in the key
/// names or in `units`.
struct SummaryDocument: Encodable {
    struct Parameters: Encodable {
        var ticker: String
        var optionType: OptionType
        var exerciseStyle: ExerciseStyle
        var position: PositionSide
        var contracts: Int
        var multiplier: Double
        var spot: Double
        var strike: Double
        var rate: Double
        var dividendYield: Double
        var impliedVolatility: Double
        var yearsToExpiry: Double
        var daysToExpiry: Double
        var pricingModel: String
        var latticeSteps: Int
        var latticeMethod: String
        var drift: Double
        var realizedVolatility: Double
        var interval: String
        var intervalYears: Double
        var horizonYears: Double
        var seed: UInt64
        var estimators: [HedgeEstimator]
        var initialShares: Double?
        var pathModel: String
        /// The binomial walk's u, d and p over its interval (years); nil for other path models.
        var binomialWalk: BinomialWalk?
        var volatilityModel: String
        var costBasisPoints: Double
        var feePerTrade: Double
        var exercise: String
        var marketPremium: Double?
        var premiumImpliedVolatility: Double?
    }

    /// One share-balance hedge. Besides the lecture's figures, its accounting (``HedgeSummary``,
    /// ``TextbookReconciliation``): `outsideCash` C(H), the cash brought in from outside the book
    /// without interest; `selfFinancingPnL` V(H) − V(0) = cumulativeResidual − outsideCash; and
    /// the terms by which it differs from the textbook's P&L `textbook.finalPnL`:
    /// selfFinancingPnL − finalPnL = holdingDifferencePnL − textbookInterest − textbookDividends
    /// + textbookCosts.
    struct Hedge: Encodable {
        var finalShares: Double
        var cumulativeResidual: Double
        var totalAbsResidual: Double
        var maxAbsResidual: Double
        var maxAbsResidualStep: Int
        var rootMeanSquareResidual: Double
        var initialLiquidationValue: Double
        var finalLiquidationValue: Double
        var outsideCash: Double
        var finalSelfFinancingValue: Double
        var selfFinancingPnL: Double
        var holdingDifferencePnL: Double
        var textbookInterest: Double
        var textbookDividends: Double
        var textbookCosts: Double
    }

    struct Path: Encodable {
        var rebalancingDates: Int
        var initialSpot: Double
        var finalSpot: Double
        var minimumSpot: Double
        var maximumSpot: Double
        var finalPremium: Double
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
    ]
    var valuation: Valuation
    var hedges: [String: Hedge]
    var textbook: TextbookSummary
    var path: Path
    var monteCarlo: MonteCarloReport?

    init(analysis: HedgeAnalysis, settings: ReportSettings) {
        let scenario = analysis.simulation.scenario
        let contract = scenario.position.contract
        parameters = Parameters(
            ticker: settings.ticker,
            optionType: contract.type,
            exerciseStyle: contract.style,
            position: scenario.position.side,
            contracts: scenario.position.contracts,
            multiplier: scenario.position.multiplier,
            spot: scenario.market.spot,
            strike: contract.strike,
            rate: scenario.market.rate,
            dividendYield: scenario.market.dividendYield,
            impliedVolatility: scenario.market.volatility,
            yearsToExpiry: contract.expiry,
            daysToExpiry: contract.expiry * 365,
            pricingModel: settings.usesClosedForm ? "black-scholes-merton" : "binomial lattice",
            latticeSteps: settings.latticeSteps,
            latticeMethod: settings.latticeMethod,
            drift: scenario.drift,
            realizedVolatility: scenario.realizedVolatility,
            interval: settings.intervalLabel,
            intervalYears: scenario.schedule.interval,
            horizonYears: scenario.schedule.horizon,
            seed: scenario.seed,
            estimators: scenario.estimators,
            initialShares: scenario.initialShares,
            pathModel: Self.name(scenario.pathModel),
            binomialWalk: { if case let .binomialWalk(walk) = scenario.pathModel { walk } else { nil } }(),
            volatilityModel: Self.name(scenario.volatilityModel),
            costBasisPoints: scenario.costs.basisPoints,
            feePerTrade: scenario.costs.feePerTrade,
            exercise: scenario.exercisePolicy.rawValue,
            marketPremium: settings.marketPremium,
            premiumImpliedVolatility: settings.premiumImpliedVolatility
        )
        valuation = analysis.initialValuation
        hedges = Dictionary(uniqueKeysWithValues: zip(analysis.summaries, analysis.reconciliations).map { summary, pair in
            (summary.estimator.rawValue, Hedge(
                finalShares: summary.finalShares,
                cumulativeResidual: summary.cumulativeResidual,
                totalAbsResidual: summary.totalAbsResidual,
                maxAbsResidual: summary.maxAbsResidual,
                maxAbsResidualStep: summary.maxAbsResidualStep,
                rootMeanSquareResidual: summary.rootMeanSquareResidual,
                initialLiquidationValue: summary.initialLiquidationValue,
                finalLiquidationValue: summary.finalLiquidationValue,
                outsideCash: summary.outsideCash,
                finalSelfFinancingValue: summary.finalSelfFinancingValue,
                selfFinancingPnL: summary.selfFinancingPnL,
                holdingDifferencePnL: pair.holdingDifferencePnL,
                textbookInterest: pair.textbookInterest,
                textbookDividends: pair.textbookDividends,
                textbookCosts: pair.textbookCosts
            ))
        })
        textbook = analysis.textbook
        monteCarlo = analysis.monteCarlo
        let spots = analysis.simulation.valuedPath.path.spots
        path = Path(
            rebalancingDates: spots.count,
            initialSpot: spots.first ?? 0,
            finalSpot: spots.last ?? 0,
            minimumSpot: spots.min() ?? 0,
            maximumSpot: spots.max() ?? 0,
            finalPremium: analysis.simulation.valuedPath.valuations.last?.price ?? 0,
            exerciseStep: analysis.simulation.exerciseStep
        )
    }

    private static func name(_ model: PathModel) -> String {
        switch model {
        case .geometricBrownianMotion: "gbm"
        case .binomialWalk: "binomial"
        case .observed: "file"
        }
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
