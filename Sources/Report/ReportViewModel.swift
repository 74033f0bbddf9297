import Analytics

/// Everything the report template shows, already formatted as text: the page's title and the
/// sections the run has, in page order. Templates only place these strings; every one of them
/// is HTML-escaped on output except `FigureView.svg`, which is markup our chart renderer made.
struct ReportViewModel {
    /// Every section type, in page order: the one place that order is stated. The sections a run
    /// has, their heading numbers, the page's order and so its table of contents follow from it.
    static let pageOrder: [any PageSection.Type] = [
        ScenarioSection.self,
        BookSection.self,
        TheorySection.self,
        ParametersSection.self,
        PathSection.self,
        EstimatorsSection.self,
        TextbookSection.self,
        HedgeOptionsSection.self,
        MonteCarloSection.self,
        HedgeVolatilitySection.self,
        RulesSection.self,
        WrongInformationSection.self,
        AssumptionsSection.self,
        ConventionsSection.self,
    ]

    var title: String
    var author: String?
    var ticker: String
    var toolVersion: String
    /// What makes the run repeat itself, for the footer: the parameters, and the seed where
    /// anything is drawn from it, the price file where the path is observed.
    var reproducibility: String
    /// The sections this run has, in page order.
    var sections: [any PageSection]
    /// Each section's charts rendered, in the order of its ``PageSection/charts``, for its
    /// partial's `{{#figures}}`: filled by the plot step, empty before it.
    var figures: [[FigureView]]

    /// Builds every section the run has, in page order.
    init(_ context: ReportContext) {
        let position = context.position
        let holdings = context.scenario.book
        title = context.settings.title
            ?? (holdings.isSingleOption
                ? "Delta hedging a \(position.side.rawValue) \(context.settings.ticker) \(context.contract.payoff)"
                : "Delta hedging a book of \(holdings.legs.count) \(context.settings.ticker) option\(holdings.legs.count == 1 ? "" : "s")"
                    + (holdings.shares == 0 ? "" : " and shares"))
        author = context.settings.author
        ticker = context.settings.ticker
        toolVersion = ReportPipeline.version
        reproducibility = Self.reproducibility(
            observed: context.isObserved, study: context.analysis.monteCarlo != nil, priceFiles: "price file"
        )
        sections = Self.pageOrder.compactMap { $0.init(context) }
        figures = Array(repeating: [], count: sections.count)
    }

    /// The footer's promise: the same parameters give the same numbers, with the price file
    /// (`priceFiles`, its noun) of an observed path, and the seed unless the path is observed
    /// and no study draws from it.
    static func reproducibility(observed: Bool, study: Bool, priceFiles: String) -> String {
        observed
            ? "Same parameters, \(priceFiles)\(study ? " and seed" : ""), same numbers."
            : "Same parameters and seed, same numbers."
    }

    /// The sections' headings, numbered 1, 2, 3, … in page order.
    var headings: [SectionHeading] {
        Self.headings(sections.map { type(of: $0) })
    }

    /// The headings of `present`, a run's section types in page order, numbered from 1 without a gap.
    static func headings(_ present: [any PageSection.Type]) -> [SectionHeading] {
        present.enumerated().map { SectionHeading(id: $1.id, number: $0 + 1, title: $1.title) }
    }

    /// Each section as the page renders it: its partial over its heading, its figures and its values.
    var templateSections: [TemplateSet.Section] {
        let headings = headings
        return sections.indices.map { place in
            let heading = headings[place]
            return TemplateSet.Section(
                partial: heading.id, title: heading.title,
                layers: [["heading": TemplateContext.make(heading), "figures": TemplateContext.make(figures[place])], sections[place]]
            )
        }
    }

    /// Each section type's partial and title, for ``TemplateSet/checkSectionPartials(_:)``.
    static var partials: [(partial: String, title: String)] {
        pageOrder.map { ($0.id, $0.title) }
    }
}
