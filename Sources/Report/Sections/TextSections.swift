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

/// Section 9: units, conventions, the pricing method and the references.
struct ConventionsSection: PageSection {
    static let section = ReportSection.conventions
    var heading = SectionHeading(.conventions, among: [])
    var charts: [ReportFigure] = []
    var figures: [FigureView] = []
    var pricingSentence: String

    init(_ context: ReportContext) {
        let settings = context.settings
        pricingSentence = settings.usesClosedForm
            ? "The premium and its Greeks come from the Black–Scholes–Merton closed form (European exercise)."
            : "The premium is computed on a \(ParametersSection.latticeName(settings.latticeMethod)) of \(settings.latticeSteps) levels "
                + "with early exercise checked at every node; Δ, Γ and Θ are read from its first nodes (Hull's method), "
                + "vega and rho by repricing with the volatility and the rate bumped."
    }
}
