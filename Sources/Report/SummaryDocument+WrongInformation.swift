import Analytics

/// `summary.json`'s `wrongInformation`: the run's per-date LVT, LVM and PE (DESIGN.md §4), the
/// figures the page's ledger shows (``WrongInformationSection/StepFigures``), and, when the study
/// ran, the final PE's distribution at each correlation (``WrongInformationStudy/Point`` as is).
struct WrongInformationSummary: Encodable {
    struct Study: Encodable {
        var pairs: Int
        var correlations: [WrongInformationStudy.Point]
    }

    var steps: [WrongInformationSection.StepFigures]
    var study: Study?

    init(_ comparison: WrongInformation, study: WrongInformationStudy?) {
        steps = comparison.steps.map(WrongInformationSection.StepFigures.init)
        self.study = study.map { Study(pairs: $0.pairs, correlations: $0.points) }
    }
}
