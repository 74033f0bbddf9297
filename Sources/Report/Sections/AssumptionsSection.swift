import Analytics
import Foundation
import Simulation

/// The assumptions of the simulation, each said of this run's path model, and,
/// when the Monte Carlo study ran, the hedge's error under GBM, Merton's jumps and Heston's
/// stochastic variance at the same total variance (``PathModelComparison``), every sentence
/// about it decided by its numbers.
struct AssumptionsSection: PageSection {
    static let id = "assumptions"
    static let title = "Assumptions, and what breaks when they fail"
    var charts: [ReportFigure] = []
    var frictionSentence: String
    var informationSentence: String
    var worldSentence: String
    var exerciseSentence: String?
    /// The three models side by side; nil without a study (`--paths 0`).
    var comparison: Comparison?

    init(_ context: ReportContext) {
        let scenario = context.scenario
        frictionSentence = scenario.hedge.costs == .none
            ? "Shares trade at the quoted price in any fraction, with no commission, spread or market impact. Real rebalancing costs money at every trade, so hedging more often trades a smaller residual for a larger cost."
            : "This run charges \(NumberFormat.number(scenario.hedge.costs.basisPoints, decimals: 1)) basis points of the traded value and \(NumberFormat.money(scenario.hedge.costs.feePerTrade)) per trade to the textbook hedge; shares still trade in any fraction at the quoted price, with no spread or market impact."
        let noise: String
        switch scenario.dynamics.volatilityModel {
        case .constant: noise = "Here the implied volatility stays at its starting value."
        case let .noisy(spread): noise = "Here it is redrawn at every date with a standard deviation of \(NumberFormat.percent(spread, decimals: 1)), so every estimator but exact leaves a residual from it."
        case .observed: noise = "Here it comes from the price file's iv column."
        }
        informationSentence = "The model's premium is the true premium at every date, so dP is known after the fact. A real hedger sees market quotes whose implied volatility moves; then even the exact estimator leaves a residual. " + noise
        // A book's legs are priced each at its own implied volatility.
        let legVolatilities = scenario.book.legs.map { $0.impliedVolatility ?? scenario.market.volatility }
        let implied = Set(legVolatilities).count > 1
            ? "volatilities of its legs, " + legVolatilities.map { NumberFormat.percent($0, decimals: 1) }.joined(separator: " and ")
            : NumberFormat.percent(scenario.market.volatility, decimals: 1)
        switch scenario.dynamics.pathModel {
        case let .simulated(process):
            worldSentence = PathModelWords.world(process, scenario, implied: implied)
                + (scenario.hedgingVolatility() == nil ? "" : " The option is \(HedgeVolatilitySection.hedgedWords(context)).")
        case .observed:
            worldSentence = "The share's path is observed: "
                + (context.realizedVolatilityOfPath.map { "it realized \(NumberFormat.percent($0, decimals: 1)) per √year on its own dates" }
                    ?? "it has too few dates to measure a realized volatility")
                + " while the option is priced at the implied \(implied)"
                + (context.settings.priceFileDefaults.isEmpty ? ". "
                    : "; the course's default\(context.settings.priceFileDefaults.count > 1 ? "s stand" : " stands") in for what neither the "
                        + "price file nor the command gives: " + context.settings.priceFileDefaults.joined(separator: ", and ") + ". ")
                + "Nothing guarantees that real "
                + "moves follow the model: jumps and a changing volatility leave residuals that no Greek expansion removes."
        }
        if context.hasSeveralLegs, scenario.book.legs.contains(where: { $0.contract.style == .american }) {
            exerciseSentence = "The book's American legs are held to the end of the run: exercising one would leave the others hedged alone, which this tool does not model."
        } else if context.contract.style == .american {
            exerciseSentence = scenario.hedge.exercisePolicy == .exercise
                ? "An American option is exercised at the first rebalancing date where the model values it at its intrinsic value; the hedge ends there. A holder who exercises late, or a writer assigned early, meets a different ending."
                : "This run holds the American option to the end (--exercise hold), even where the model says exercising is optimal."
        }
        if let models = context.analysis.modelComparison {
            let comparison = Comparison(context, models)
            self.comparison = comparison
            charts = [ReportFigure(id: .assumptionsModels, chart: ReportCharts.models(models), caption: comparison.caption)]
        }
    }
}
