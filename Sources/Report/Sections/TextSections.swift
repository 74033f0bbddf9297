import Analytics
import Simulation

/// Section 2: the hedge constraint, the share balance and the Greek expansion (MathML in the
/// partial; nothing here depends on the run but the starting holding).
struct TheorySection: PageSection {
    static let section = ReportSection.theory
    var heading = SectionHeading(.theory, among: [])
    var charts: [ReportFigure] = []
    var figures: [FigureView] = []
    /// How the hedges start: delta-neutral, or the shares the user set.
    var startSentence: String

    init(_ context: ReportContext) {
        startSentence = context.scenario.initialShares.map {
            "The hedges start from the \(NumberFormat.number($0, decimals: 4)) shares set with --initial-shares."
        } ?? "The hedges start delta-neutral, n(0) = −m·Δ(0)."
    }
}

/// Section 8: the assumptions of the simulation, each said of this run's path model.
struct AssumptionsSection: PageSection {
    static let section = ReportSection.assumptions
    var heading = SectionHeading(.assumptions, among: [])
    var charts: [ReportFigure] = []
    var figures: [FigureView] = []
    var frictionSentence: String
    var informationSentence: String
    var worldSentence: String
    var exerciseSentence: String?

    init(_ context: ReportContext) {
        let scenario = context.scenario
        frictionSentence = scenario.costs == .none
            ? "Shares trade at the quoted price in any fraction, with no commission, spread or market impact. Real rebalancing costs money at every trade, so hedging more often trades a smaller residual for a larger cost."
            : "This run charges \(NumberFormat.number(scenario.costs.basisPoints, decimals: 1)) basis points of the traded value and \(NumberFormat.money(scenario.costs.feePerTrade)) per trade to the textbook hedge; shares still trade in any fraction at the quoted price, with no spread or market impact."
        let noise: String
        switch scenario.volatilityModel {
        case .constant: noise = "Here the implied volatility stays at its starting value."
        case let .noisy(spread): noise = "Here it is redrawn at every date with a standard deviation of \(NumberFormat.percent(spread, decimals: 1)), so every estimator but exact leaves a residual from it."
        case .observed: noise = "Here it comes from the price file's iv column."
        }
        informationSentence = "The model's premium is the true premium at every date, so dP is known after the fact. A real hedger sees market quotes whose implied volatility moves; then even the exact estimator leaves a residual. " + noise
        let implied = NumberFormat.percent(scenario.market.volatility, decimals: 1)
        switch scenario.pathModel {
        case .geometricBrownianMotion:
            worldSentence = "The simulated share follows geometric Brownian motion with a constant volatility of "
                + "\(NumberFormat.percent(scenario.realizedVolatility, decimals: 1)), and the option is priced at the implied \(implied). "
                + "Jumps, a volatility that changes, or a realized volatility away from the implied one all leave residuals that no Greek expansion removes."
        case .binomialWalk:
            worldSentence = "The simulated share follows the course's binomial walk: each interval it moves up or down by a fixed factor, "
                + "a volatility of about \(NumberFormat.percent(scenario.realizedVolatility, decimals: 1)) per √year, while the option is priced at the implied \(implied). "
                + "Real moves are neither two-valued nor of constant size."
        case .observed:
            worldSentence = "The share's path is observed: it realized \(NumberFormat.percent(context.realizedVolatilityOfPath, decimals: 1)) "
                + "per √year on its own dates while the option is priced at the implied \(implied). Nothing guarantees that real "
                + "moves follow the model: jumps and a changing volatility leave residuals that no Greek expansion removes."
        }
        if context.contract.style == .american {
            exerciseSentence = scenario.exercisePolicy == .exercise
                ? "An American option is exercised at the first rebalancing date where the model values it at its intrinsic value; the hedge ends there. A holder who exercises late, or a writer assigned early, meets a different ending."
                : "This run holds the American option to the end (--exercise hold), even where the model says exercising is optimal."
        }
    }
}

/// Section 9: units, conventions, the pricing method and the references.
struct ConventionsSection: PageSection {
    static let section = ReportSection.conventions
    var heading = SectionHeading(.conventions, among: [])
    var charts: [ReportFigure] = []
    var figures: [FigureView] = []
    var pricingSentence: String
    /// How times are counted: the year basis (``YearBasis``) and the intraday units, without a
    /// closing full stop (the template goes on with the rates' convention).
    var timeSentence: String

    init(_ context: ReportContext) {
        let settings = context.settings
        switch settings.yearBasis {
        case .calendar:
            timeSentence = "Time in years, ACT/365 from calendar days; an intraday hour is 1/6.5 and a minute 1/390 of a day "
                + "(a trading day of 6.5 hours)"
        case .trading:
            timeSentence = "Time in years of 252 trading days (--year-basis 252, the course's convention): a day is 1/252 year, "
                + "an hour 1/6.5 and a minute 1/390 of it, so a minute is 1/98,280 year; a week is 5 trading days; "
                + "a price file's dates are apart by the weekdays between them (holidays are not known, so they count); "
                + "the time to expiry stays calendar days ÷ 365, the same year"
        }
        pricingSentence = settings.usesClosedForm
            ? "The premium and its Greeks come from the Black–Scholes–Merton closed form (European exercise)."
            : "The premium is computed on a \(ParametersSection.latticeName(settings.latticeMethod)) of \(settings.latticeSteps) levels "
                + "with early exercise checked at every node; Δ, Γ and Θ are read from its first nodes (Hull's method), "
                + "vega and rho by repricing with the volatility and the rate bumped."
    }
}
