/// A section of the page: one type under `Sections/` that builds itself from the run, owns its
/// charts and their captions, and is placed by one template partial, `templates/ID.mustache`.
///
/// ``ReportViewModel/pageOrder`` lists the section types in page order; that list alone decides
/// which sections the page shows, in which order, their heading numbers, and so the table of
/// contents. A new section is one type conforming here and one line in that list, plus its
/// partial.
protocol PageSection: Sendable {
    /// The `id` of the section's `<section>` and `<h2>`, for links, and the name of its partial.
    static var id: String { get }
    /// The heading without its number.
    static var title: String { get }
    /// The section of this run, or nil when the run has nothing for it (no study, no hedger,
    /// a single option where the section is about a book, …).
    init?(_ context: ReportContext)
    /// The charts this section shows, with their captions, before rendering
    /// (``ReportViewModel/figures`` holds them rendered).
    var charts: [ReportFigure] { get }
}

extension PageSection {
    /// A section of text and tables draws no chart.
    var charts: [ReportFigure] { [] }
}

/// A section's heading as the page shows it: numbered by its place among the sections the page
/// has, so the numbers run on without a gap when a section is left out. Its partial reads it
/// as `{{heading.id}}`, `{{heading.number}}` and `{{heading.title}}`.
struct SectionHeading: Sendable, Equatable {
    /// The `id` of the `<section>`, for links.
    var id: String
    var number: Int
    var title: String
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
