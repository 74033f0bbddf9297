import Analytics
import Charts
import Foundation
import Mustache

/// The view of `compare.html` (`templates/compare.mustache`), every text formatted already and
/// HTML-escaped by the template; only the charts' SVG, which our code drew, is inserted raw.
struct ComparePage {
    struct ScenarioView { var name: String; var report: String; var rebalances: Int; var last: Bool }
    /// A parameter that differs between the scenarios: its flag and its value in each.
    struct ParameterRow { var flag: String; var values: [String] }
    struct FigureCell { var value: String; var difference: String?; var material: Bool }
    struct FigureRow { var label: String; var unit: String; var cells: [FigureCell] }

    var title: String
    var subtitle: String
    var toolVersion = ReportPipeline.version
    /// What makes the page repeat itself, for the footer (no seed for observed prices without a study).
    var reproducibility: String
    var command: String
    var scenarios: [ScenarioView]
    var parameterRows: [ParameterRow]
    var findings: [Comparison.Finding]
    /// What pairing the paths did to the standard errors of the mean's and the std's differences.
    var pairing: [Comparison.Finding]
    var hasPairing: Bool
    var randomNumbers: String
    var errorsNote: String
    /// Which scenarios' Monte Carlo figures are not their rule's (``Comparison/ruleFigures``).
    var rulesNote: String
    var hasRulesNote: Bool
    var figureRows: [FigureRow]
    /// The charts, through the report's `figure` partial.
    var figures: [FigureView]

    init(_ comparison: Comparison, command: String, figures: [FigureView]) {
        let names = comparison.scenarios.map(\.name)
        title = "Comparing \(names.count) scenarios: \(names.joined(separator: ", "))"
        let paths = comparison.paths > 0 ? "\(NumberFormat.number(Double(comparison.paths), decimals: 0)) paths each" : "no Monte Carlo study"
        // Observed prices draw nothing from the seed; without a study neither do they get paths.
        let source = comparison.observedPrices && comparison.paths == 0 ? "on observed prices" : "from the same seed (\(comparison.seed))"
        subtitle = "The same hedge run several ways \(source), \(paths)"
            + (comparison.paths > 0 ? ": which differences are real and which are noise." : ": what each scenario's one path shows.")
        reproducibility = ReportViewModel.reproducibility(
            observed: comparison.observedPrices, study: comparison.paths > 0, priceFiles: "price files"
        )
        self.command = command
        scenarios = comparison.scenarios.enumerated().map { i, s in
            ScenarioView(name: s.name, report: s.report, rebalances: s.rebalances, last: i == comparison.scenarios.count - 1)
        }
        parameterRows = comparison.varied.map { flag in
            ParameterRow(flag: flag, values: comparison.scenarios.map { $0.parameters[flag] ?? "—" })
        }
        findings = comparison.findings
        pairing = comparison.pairing
        hasPairing = !pairing.isEmpty
        randomNumbers = comparison.commonRandomNumbers
        errorsNote = comparison.standardErrors
        rulesNote = comparison.ruleFigures
        hasRulesNote = !rulesNote.isEmpty
        figureRows = comparison.figures.map { figure in
            // One number of decimals along a row, from its smallest own standard error (cents
            // for the figures of the shown path, which have none).
            let format = Comparison.formatter(figure.unit, error: figure.standardErrors.compactMap { $0 }.filter { $0 > 0 }.min() ?? 0.001)
            return FigureRow(label: figure.label, unit: figure.unit, cells: figure.values.indices.map { i in
                let difference = figure.differences[i]
                let scale = max(abs(figure.values[0] ?? 0), abs(figure.values[i] ?? 0))
                let value = figure.values[i].map { v in
                    figure.standardErrors[i].map { "\(format(v, false)) ± \(format($0, false))" } ?? format(v, false)
                } ?? "—"
                let shown = difference.map { d in
                    d.method == "exact" ? format(d.value, true) : "\(format(d.value, true)) ± \(format(d.pairedStandardError ?? 0, false))"
                }
                return FigureCell(value: value, difference: shown, material: difference?.isMaterial(scale: scale) ?? false)
            })
        }
        self.figures = figures
    }

    /// The page, rendered with the built-in `compare` template and its partials, its table of
    /// contents made from its headings as the report's is (``TableOfContents``).
    func render() throws(ReportError) -> String {
        var templates = [String: MustacheTemplate]()
        for name in ["compare", "style", "figure"] {
            guard let text = TemplateSet.builtInSources[name] else {
                throw ReportError(step: "render", .stageFailed("the built-in template \(name).mustache is missing"))
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                throw ReportError(step: "render", .stageFailed("the built-in template \(name).mustache does not parse: \(error)"))
            }
        }
        guard let page = MustacheLibrary(templates: templates).render(TemplateContext.make(self), withTemplate: "compare") else {
            throw ReportError(step: "render", .stageFailed("compare.mustache rendered nothing"))
        }
        return TableOfContents.filling(page)
    }
}
