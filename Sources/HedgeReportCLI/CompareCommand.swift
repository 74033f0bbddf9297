import ArgumentParser
import Analytics
import Foundation
import Pricing
import Report

/// `hedge-report compare`: several scenarios from the same seed, each with its full report in
/// `DIR/<name>/`, and `compare.html` and `comparison.json` in `DIR` with each key figure's
/// difference from the first scenario and its paired standard error (DESIGN.md §4).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run one scenario several ways (--vary KEY=V1,V2 or several --config files) and write compare.html, comparison.json and each scenario's report.",
        discussion: ExitStatus.help
    )

    @OptionGroup(title: "What to compare") var compare: CompareOptions
    @OptionGroup var scenario: ScenarioOptions

    /// Every flag given on the command line, as written (the base of every scenario).
    var parameters: ParameterSet { scenario.parameters }

    /// The scenarios, every one checked, nothing run.
    func plan() throws(ParameterError) -> ComparisonPlan {
        try ComparisonPlan(configs: compare.config, vary: compare.vary, flags: parameters)
    }

    func run() throws {
        let plan: ComparisonPlan
        do {
            plan = try self.plan()
        } catch {
            throw error.reported()
        }
        let quiet = plan.scenarios[0].run.quiet
        let started = ContinuousClock.now
        // The scenarios' folders are made side by side: their common parent is made first, so
        // two runs never race to create it (and it is removed again if it stays empty).
        let madeFolder = !FileManager.default.fileExists(atPath: plan.directory)
        try? FileManager.default.createDirectory(atPath: plan.directory, withIntermediateDirectories: true)
        do {
            let runs = try Self.runAll(plan, quiet: quiet)
            let command = ShellQuoting.command(["hedge-report"] + CommandLine.arguments.dropFirst())
            let comparison = try Comparison.write(runs, command: command, described: plan.described, to: plan.directory)
            let page = URL(fileURLWithPath: plan.directory).appendingPathComponent("compare.html").path
            if !quiet {
                StandardError.print("compared \(comparison.scenarios.count) scenarios in \(started.duration(to: .now)); open \(page)")
            }
            if plan.scenarios[0].run.opensReport, let note = BrowserLauncher.open(page) {
                StandardError.print("note: \(note)")
            }
        } catch {
            if madeFolder, (try? FileManager.default.contentsOfDirectory(atPath: plan.directory))?.isEmpty == true {
                try? FileManager.default.removeItem(atPath: plan.directory)
            }
            throw error.reported()
        }
    }

    /// Each scenario's report, with its study's per-path figures, the scenarios two at a time
    /// (each study shares its paths over every core). Their pricing models prepare through one
    /// ``PreparationStore``: scenarios that differ only in costs, rules or hedge instruments ask
    /// for the same lattice grids, and each is built once (the numbers are those of a separate
    /// report to the last digit, since a preparation is reused only for an identical request).
    static func runAll(_ plan: ComparisonPlan, quiet: Bool) throws(ReportError) -> [ComparedRun] {
        let scenarios = plan.scenarios
        let store = PreparationStore()
        return try concurrentMap(scenarios.count, threads: min(2, scenarios.count)) { (i: Int) throws(ReportError) -> ComparedRun in
            let entry = scenarios[i]
            var pipeline = entry.run.pipeline
            pipeline.model = PreparationSharingModel(pipeline.model, store: store)
            let outcome = try pipeline.run()
            if !quiet { StandardError.print("[\(i + 1)/\(scenarios.count)] \(entry.name): wrote \(outcome.files.count) files") }
            return ComparedRun(
                name: entry.name, analysis: outcome.analysis, settings: pipeline.settings, scenario: pipeline.scenario, batch: outcome.monteCarloBatch
            )
        }
    }
}
