import ArgumentParser
import Foundation
import Report
import Simulation

/// `hedge-report report`: simulate the hedge and write the report into `--output`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Simulate the hedge along one path and write report.html, ledger.csv, summary.json and charts/.",
        discussion: ExitStatus.help
    )

    @OptionGroup(title: "Config file") var config: ConfigOption
    @OptionGroup var scenario: ScenarioOptions
    /// For `make bench` alone (issue 26): the report without the study's control runs, timed
    /// beside the same report with them. Not in the help: such a report names no cause.
    @Flag(name: .customLong("bench-without-controls"), help: .private) var benchWithoutControls = false

    /// Every flag given on the command line, as written.
    var parameters: ParameterSet { scenario.parameters }

    /// The run these flags and the config file describe, every value checked, nothing priced
    /// but the market quote's implied volatility (after the work budget is checked).
    func resolve() throws(ParameterError) -> ResolvedReport {
        try ResolvedReport(config.merged(with: parameters))
    }

    func run() throws {
        var run: ResolvedReport
        do {
            run = try resolve()
            if benchWithoutControls { run.pipeline.monteCarlo?.controlRuns = false }
        } catch {
            throw error.reported()
        }
        let quiet = run.quiet
        let bar = quiet ? nil : ProgressBar.onTerminal(label: "      study")
        defer { bar?.finish() }
        var studyProgress: (@Sendable (Double) -> Void)?
        if let bar {
            studyProgress = { fraction in bar.update(fraction) }
        }
        do {
            let outcome = try run.pipeline.run(
                progress: { line in
                    bar?.finish()
                    if !quiet { StandardError.print(line) }
                },
                studyProgress: studyProgress
            )
            let report = URL(fileURLWithPath: run.pipeline.outputDirectory).appendingPathComponent("report.html").path
            if !quiet {
                StandardError.print("wrote \(outcome.files.count) files; open \(report)")
            }
            if run.opensReport, let note = BrowserLauncher.open(report) {
                StandardError.print("note: \(note)")
            }
        } catch {
            throw error.reported()
        }
    }
}
