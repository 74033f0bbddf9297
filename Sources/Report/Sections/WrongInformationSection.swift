import Analytics
import Charts
import Simulation

/// The hedge on wrong information (DESIGN.md §2.8, the course's advanced example): the hedger's
/// holdings come from a model path while the position lives on the true one. Its sentences are
/// computed from the run's LVT, LVM and PE and, when the study ran, from the PE over many pairs.
struct WrongInformationSection: PageSection {
    static let id = "wrong-information"
    static let title = "Wrong information: the hedger decides on another path"
    var charts: [ReportFigure]

    var introSentence: String
    var findingSentence: String
    /// LVT, LVM and PE at every date (``LedgerExcerpt``), from ``StepFigures``.
    var ledger: PageTable
    var rowsAreLong: Bool
    var study: StudyView?

    /// One date of the hedge on wrong information, USD for the whole position and shares: the
    /// page's row and `summary.json`'s `wrongInformation.steps[]`, one value. `percentError` is
    /// percent, absent where LVT is 0.
    struct StepFigures: Sendable, Encodable {
        var step: Int
        var lvt: StatedNumber
        var lvm: StatedNumber
        var percentError: StatedNumber?
        var spot: StatedNumber
        var modelSpot: StatedNumber
        var shares: StatedNumber
        var modelShares: StatedNumber
    }

    /// The final PE over the study's pairs of paths, by correlation.
    struct StudyView: Sendable {
        var pairs: String
        var table: PageTable
        var sentence: String
    }

    /// The section of a run with a hedger on another path (`--hedger-seed`, `--hedger-prices`);
    /// nil otherwise.
    init?(_ context: ReportContext) {
        guard let comparison = context.analysis.wrongInformation else { return nil }
        self.init(context, comparison, study: context.analysis.wrongInformationStudy)
    }

    init(_ context: ReportContext, _ comparison: WrongInformation, study: WrongInformationStudy?) {
        let clock = context.clock
        let hedger = context.settings.hedgerDescription ?? "a model path"
        introSentence = "Here the hedger decides from \(hedger), while the position lives on the true path. Both hedges "
            + "follow the share balance with the exact estimator, each on its own path: n with perfect information, n̂ from "
            + "the model path. At every date LVT = m·P + n·S is the liquidation value with perfect information, "
            + "LVM = m·P + n̂·S the value with the hedger's holdings, both in the true market, and "
            + "PE = (LVT − LVM)/LVT·100 the share of LVT the wrong information cost (negative: gained)."
        findingSentence = Self.finding(comparison, clock: clock)
        let steps = comparison.steps
        let largest = comparison.largestError.map { [$0.step] } ?? []
        ledger = Self.ledger(LedgerExcerpt(count: steps.count, keeping: largest).lines(steps: { steps[$0].step }, row: { index in
            Self.ledgerRow(StepFigures(steps[index]), time: clock.cell(steps[index].time))
        }, gap: PageTable.Row.gap), timeHeading: clock.columnHeading)
        rowsAreLong = steps.count > 30
        var charts = [ReportFigure(
            id: .wrongInformation, chart: Self.pathChart(comparison, clock: clock), caption: Self.pathCaption(comparison, clock: clock)
        )]
        if let study, study.points.count > 1 {
            charts.append(ReportFigure(id: .wrongInformationStudy, chart: Self.studyChart(study), caption: Self.studyCaption(study)))
            self.study = StudyView(
                pairs: NumberFormat.number(Double(study.pairs), decimals: 0),
                table: PageTable(nil, columns: [
                    .init("ρ", .number), .init("Mean PE (%)", .number), .init("Std (%)", .number), .init("5 % (%)", .number),
                    .init("95 % (%)", .number), .init("Mean largest |PE| (%)", .number),
                ], rows: study.points.map { point in
                    let pe = point.finalPercentError
                    return PageTable.Row([
                        NumberFormat.plain(point.correlation, decimals: 2), NumberFormat.signed(pe.mean, decimals: 3),
                        NumberFormat.number(pe.standardDeviation, decimals: 3), NumberFormat.signed(pe.quantile05, decimals: 3),
                        NumberFormat.signed(pe.quantile95, decimals: 3), NumberFormat.number(point.meanLargestAbsolutePercentError, decimals: 3),
                    ])
                }),
                sentence: Self.studySentence(study)
            )
        }
        self.charts = charts
    }

    /// The ledger of `rows`, its time column headed `timeHeading` (the run's unit).
    static func ledger(_ rows: [PageTable.Row], timeHeading: String) -> PageTable {
        PageTable("ledger", wide: true, columns: [
            .init("Step", .number), .init(timeHeading, .number), .init("S (USD)", .number), .init("Ŝ (USD)", .number),
            .init("n (shares)", .number), .init("n̂ (shares)", .number), .init("LVT (USD)", .number), .init("LVM (USD)", .number),
            .init("PE (%)", .number),
        ], rows: rows)
    }

    /// A date's row of the ledger, `time` its time cell; a dash for PE where LVT is 0.
    static func ledgerRow(_ figures: StepFigures, time: String) -> PageTable.Row {
        PageTable.Row([NumberFormat.number(Double(figures.step), decimals: 0), time] + [
            figures.spot, figures.modelSpot, figures.shares, figures.modelShares, figures.lvt, figures.lvm,
        ].map(\.description) + [figures.percentError?.description ?? "–"])
    }

    /// Where PE ended, where it was largest, and which way the hedger's holdings erred there.
    static func finding(_ comparison: WrongInformation, clock: RunClock) -> String {
        guard let last = comparison.steps.last, let final = last.percentError else {
            return "LVT is zero at the last date, so no percentage error can be given there."
        }
        var text = "At the last date (\(clock.moment(last.time))) PE was \(NumberFormat.signed(final, decimals: 3))%: "
            + "the hedger held \(NumberFormat.number(last.modelShares, decimals: 2)) shares where perfect information held "
            + "\(NumberFormat.number(last.shares, decimals: 2)), so LVM was \(NumberFormat.money(last.lvm)) against LVT "
            + "\(NumberFormat.money(last.lvt))."
        if let peak = comparison.largestError, let error = peak.percentError, peak.step != last.step {
            text += " The largest |PE|, \(NumberFormat.number(abs(error), decimals: 3))%, came at \(clock.moment(peak.time)), "
                + "with the model path at \(NumberFormat.money(peak.modelSpot)) and the true one at \(NumberFormat.money(peak.spot))."
        }
        if comparison.steps.allSatisfy({ $0.percentError == 0 }) {
            text = "The model path is the true path here, so the hedger's holdings are perfect information's and PE is 0 at every date."
        }
        return text
    }

    static func pathChart(_ comparison: WrongInformation, clock: RunClock) -> Chart {
        let x = clock.values(comparison.steps.map(\.time))
        let errors = zip(x, comparison.steps).compactMap { x, step in step.percentError.map { Point(x: x, y: $0) } }
        return Chart(
            title: "The true path, the hedger's model path, and what the difference cost",
            summary: "Top: the true share price S and the model path Ŝ the hedger decided from. Bottom: the percentage "
                + "error PE = (LVT − LVM)/LVT·100 at each date.",
            xAxis: clock.axis,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Share price (USD)", format: .currency),
                    series: [
                        Series(name: "True path S", x: x, y: comparison.steps.map(\.spot), colour: .blue),
                        Series(name: "Model path Ŝ", x: x, y: comparison.steps.map(\.modelSpot), colour: .orange, style: .dashedLine),
                    ],
                    heightWeight: 1.2
                ),
                ChartPanel(
                    yAxis: Axis(title: "PE (%)", includes: [0]),
                    series: [Series(name: "Percentage error PE", points: errors, colour: .vermillion, lineWidth: 1.5)],
                    referenceLines: [ReferenceLine(y: 0, label: "")]
                ),
            ],
            height: 460
        )
    }

    static func pathCaption(_ comparison: WrongInformation, clock: RunClock) -> String {
        let gaps = comparison.steps.map { abs($0.modelSpot - $0.spot) }
        guard let widest = gaps.indices.max(by: { gaps[$0] < gaps[$1] }) else { return "" }
        let errors = comparison.steps.compactMap(\.percentError).map(abs)
        let peak = errors.max() ?? 0
        return "The two paths were \(NumberFormat.money(gaps[widest])) apart at their widest (\(clock.moment(comparison.steps[widest].time))); "
            + "|PE| reached \(NumberFormat.number(peak, decimals: 3))%. PE follows the gap between the holdings n̂ − n, "
            + "which the model path's own moves set, valued at the true share price: PE = −(n̂ − n)·S/LVT·100."
    }

    static func studyChart(_ study: WrongInformationStudy) -> Chart {
        let x = study.points.map(\.correlation)
        return Chart(
            title: "The error against how closely the model path follows the true one",
            summary: "For each correlation ρ of the model path's draws with the true path's, over the same \(study.pairs) pairs: "
                + "the standard deviation of the last date's PE, its 5–95 % range, and the mean of each pair's largest |PE|.",
            xAxis: Axis(title: "Correlation ρ of the model path's draws with the true path's", includes: [0, 1]),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "PE (%)", includes: [0]),
                    series: [
                        Series(name: "Std of the last date's PE", x: x, y: study.points.map(\.finalPercentError.standardDeviation), colour: .blue, style: .points),
                        Series(name: "Mean of the largest |PE| along a pair", x: x, y: study.points.map(\.meanLargestAbsolutePercentError), colour: .vermillion, style: .dashedLine),
                    ],
                    bands: [Band(
                        name: "5–95 % of the last date's PE", x: x, lower: study.points.map(\.finalPercentError.quantile05),
                        upper: study.points.map(\.finalPercentError.quantile95), colour: .skyBlue
                    )],
                    referenceLines: [ReferenceLine(y: 0, label: "")]
                ),
            ],
            height: 340
        )
    }

    /// Whether the spread falls as ρ rises, from the numbers, naming where it does not.
    static func studyCaption(_ study: WrongInformationStudy) -> String {
        let stds = study.points.map(\.finalPercentError.standardDeviation)
        let first = study.points[0], last = study.points[study.points.count - 1]
        let rises = zip(study.points, study.points.dropFirst()).filter { $1.finalPercentError.standardDeviation > $0.finalPercentError.standardDeviation * (1 + 1e-12) + 1e-12 }
        var text = "From ρ = \(NumberFormat.plain(first.correlation, decimals: 2)) to ρ = \(NumberFormat.plain(last.correlation, decimals: 2)) "
            + "the standard deviation of the last date's PE went from \(NumberFormat.number(stds.first!, decimals: 3))% to "
            + "\(NumberFormat.number(stds.last!, decimals: 3))%"
        if rises.isEmpty {
            text += ", falling at every step: the closer the hedger's path follows the true one, the smaller the error."
        } else {
            let where_ = rises.map { "from ρ = \(NumberFormat.plain($0.0.correlation, decimals: 2)) to \(NumberFormat.plain($0.1.correlation, decimals: 2))" }
            text += "; it rose \(where_.joined(separator: ", ")), so over these \(study.pairs) pairs the error does not fall steadily with ρ."
        }
        return text
    }

    /// The run-independent reading of the table: the spread at independent draws against the smallest ρ < 1.
    static func studySentence(_ study: WrongInformationStudy) -> String {
        guard let independent = study.points.first(where: { $0.correlation == 0 }) else { return "" }
        var text = "With independent draws (ρ = 0) the last date's PE ranged from \(NumberFormat.signed(independent.finalPercentError.quantile05, decimals: 3))% "
            + "to \(NumberFormat.signed(independent.finalPercentError.quantile95, decimals: 3))% (5–95 %) over \(study.pairs) pairs"
        if let close = study.points.last(where: { $0.correlation < 1 && $0.correlation > 0 }) {
            text += "; at ρ = \(NumberFormat.plain(close.correlation, decimals: 2)) from \(NumberFormat.signed(close.finalPercentError.quantile05, decimals: 3))% "
                + "to \(NumberFormat.signed(close.finalPercentError.quantile95, decimals: 3))%"
        }
        return text + "."
    }
}

extension WrongInformationSection.StepFigures {
    /// One date of ``WrongInformation``, in the page's formats.
    init(_ step: WrongInformation.Step) {
        self.init(
            step: step.step, lvt: StatedNumber(step.lvt, .money(decimals: 2)), lvm: StatedNumber(step.lvm, .money(decimals: 2)),
            percentError: step.percentError.map { StatedNumber($0, .signed(decimals: 3)) },
            spot: StatedNumber(step.spot, .money(decimals: 2)), modelSpot: StatedNumber(step.modelSpot, .money(decimals: 2)),
            shares: StatedNumber(step.shares, .number(decimals: 2)), modelShares: StatedNumber(step.modelShares, .number(decimals: 2))
        )
    }
}
