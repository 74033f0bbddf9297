import Analytics
import Simulation

/// The hedge constraint, the share balance and the Greek expansion (MathML in the
/// partial; nothing here depends on the run but the starting holding).
struct TheorySection: PageSection {
    static let id = "theory"
    static let title = "The theory"
    /// How the hedges start: delta-neutral, or the shares the user set.
    var startSentence: String

    init(_ context: ReportContext) {
        startSentence = context.scenario.hedge.initialShares.map {
            "The hedges start from the \(NumberFormat.number($0, decimals: 4)) shares set with --initial-shares."
        } ?? "The hedges start delta-neutral, n(0) = −m·Δ(0)."
    }
}

/// Units, conventions, the pricing method and the references.
struct ConventionsSection: PageSection {
    static let id = "conventions"
    static let title = "Conventions, units and references"
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
