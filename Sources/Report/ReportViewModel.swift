import Analytics

/// Everything the report template shows, already formatted as text, section by section in
/// page order (``ReportSection``). Templates only place these strings; every one of them is
/// HTML-escaped on output except `FigureView.svg`, which is markup our chart renderer made.
struct ReportViewModel {
    var title: String
    var author: String?
    var ticker: String
    var toolVersion: String

    var scenario: ScenarioSection?
    var book: BookSection?
    var theory: TheorySection?
    var parameters: ParametersSection?
    var path: PathSection?
    var estimators: EstimatorsSection?
    var textbook: TextbookSection?
    var hedgeOptions: HedgeOptionsSection?
    var monteCarlo: MonteCarloSection?
    var hedgeVolatility: HedgeVolatilitySection?
    var wrongInformation: WrongInformationSection?
    var rules: RulesSection?
    var assumptions: AssumptionsSection?
    var conventions: ConventionsSection?

    /// Builds every section the run has and numbers them in page order.
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
        scenario = ScenarioSection(context)
        book = BookSection(context)
        theory = TheorySection(context)
        parameters = ParametersSection(context)
        path = PathSection(context)
        estimators = context.analysis.simulation.ledgers.isEmpty ? nil : EstimatorsSection(context)
        textbook = TextbookSection(context)
        hedgeOptions = HedgeOptionsSection(context)
        monteCarlo = context.analysis.monteCarlo.map { MonteCarloSection(context, $0) }
        hedgeVolatility = HedgeVolatilitySection(context)
        wrongInformation = context.analysis.wrongInformation.map {
            WrongInformationSection(context, $0, study: context.analysis.wrongInformationStudy)
        }
        rules = RulesSection(context)
        assumptions = AssumptionsSection(context)
        conventions = ConventionsSection(context)
        let present = ReportSection.allCases.filter { section in sections.contains { type(of: $0).section == section } }
        forEachSection { $0.heading = SectionHeading(type(of: $0).section, among: present) }
    }

    /// The sections present, in page order.
    var sections: [any PageSection] {
        let all: [(any PageSection)?] = [
            scenario, book, theory, parameters, path, estimators, textbook, hedgeOptions, monteCarlo, hedgeVolatility, rules, wrongInformation,
            assumptions, conventions,
        ]
        return all.compactMap { $0 }
    }

    /// Applies `body` to every section present.
    mutating func forEachSection<E: Error>(_ body: (inout any PageSection) throws(E) -> Void) throws(E) {
        try update(\.scenario, body)
        try update(\.book, body)
        try update(\.theory, body)
        try update(\.parameters, body)
        try update(\.path, body)
        try update(\.estimators, body)
        try update(\.textbook, body)
        try update(\.hedgeOptions, body)
        try update(\.monteCarlo, body)
        try update(\.hedgeVolatility, body)
        try update(\.wrongInformation, body)
        try update(\.rules, body)
        try update(\.assumptions, body)
        try update(\.conventions, body)
    }

    private mutating func update<S: PageSection, E: Error>(
        _ keyPath: WritableKeyPath<ReportViewModel, S?>, _ body: (inout any PageSection) throws(E) -> Void
    ) throws(E) {
        guard let section = self[keyPath: keyPath] else { return }
        var existential: any PageSection = section
        try body(&existential)
        self[keyPath: keyPath] = existential as? S
    }
}
