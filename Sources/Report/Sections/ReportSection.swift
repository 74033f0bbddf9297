/// The report's sections, in page order. Each is one type under `Sections/` that owns its
/// charts, their captions and its view, and one template partial, `templates/NAME.mustache`,
/// that places the view: a new section is one new type, one partial and one case here.
enum ReportSection: String, CaseIterable, Sendable {
    case scenario
    case book
    case theory
    case parameters
    case path
    case estimators
    case textbook
    case hedgeOptions = "hedge-options"
    case monteCarlo = "monte-carlo"
    case hedgeVolatility = "hedge-volatility"
    case rules
    case wrongInformation = "wrong-information"
    case assumptions
    case conventions

    /// The heading without its number.
    var title: String {
        switch self {
        case .scenario: "The scenario"
        case .book: "The book and its Greeks"
        case .theory: "The theory"
        case .parameters: "Parameters"
        case .path: "One path, step by step"
        case .estimators: "The estimators compared"
        case .textbook: "The textbook hedge and its P&L explained"
        case .hedgeOptions: "Hedging with options"
        case .monteCarlo: "Many paths: the Monte Carlo study"
        case .hedgeVolatility: "Which volatility to hedge with"
        case .wrongInformation: "Wrong information: the hedger decides on another path"
        case .rules: "When to trade: rules that save costs"
        case .assumptions: "Assumptions, and what breaks when they fail"
        case .conventions: "Conventions, units and references"
        }
    }
}

/// A section's heading as the page shows it: numbered among the sections the page has, so
/// the numbers run on without a gap when a section is left out.
struct SectionHeading: Sendable {
    /// The `id` of the `<section>`, for links.
    var id: String
    var number: Int
    var title: String

    init(_ section: ReportSection, among present: [ReportSection]) {
        id = section.rawValue
        number = (present.firstIndex(of: section) ?? 0) + 1
        title = section.title
    }
}

/// The charts of the report, each drawn by the section that shows it and written to
/// `charts/NAME.svg` only when the page shows it.
enum FigureID: String, CaseIterable, Sendable {
    case pricePath = "price-path"
    case premiumVsHedge = "premium-vs-hedge"
    case greeks
    case textbookPnL = "textbook-pnl"
    case monteCarloDistribution = "mc-distribution"
    case monteCarloSweep = "mc-sweep"
    case monteCarloMismatch = "mc-mismatch"
    case hedgeVolatilitySweep = "hedge-vol-sweep"
    case hedgeVolatilityPath = "hedge-vol-path"
    case ruleFrontier = "rule-frontier"
    case assumptionsModels = "assumptions-models"
    case wrongInformation = "wrong-information"
    case wrongInformationStudy = "wrong-information-study"
}

/// What every section type has: its place on the page, the charts it draws and, once they
/// are rendered, the figures its partial places.
protocol PageSection: Sendable {
    /// The case this type fills.
    static var section: ReportSection { get }
    var heading: SectionHeading { get set }
    /// The charts this section shows, with their captions, before rendering.
    var charts: [ReportFigure] { get }
    /// The same charts rendered, in the same order, for the partial.
    var figures: [FigureView] { get set }
}
