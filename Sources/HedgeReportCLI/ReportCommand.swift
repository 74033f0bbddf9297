import ArgumentParser
import Foundation
import Report

/// `hedge-report report`: simulate the hedge and write the report into `--output`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Simulate the hedge along one path and write report.html, ledger.csv, summary.json and charts/."
    )

    @OptionGroup var contract: ContractOptions

    @Option(help: "Real-world drift of the simulated share price, per year, continuously compounded. Default: the rate.")
    var drift: Double?

    @Option(help: "Realized volatility of the simulated share price, per √year. Default: the implied volatility.")
    var realizedVol: Double?

    @Option(help: "Rebalancing interval: N followed by m (minute, 1/390 of a trading day), h (1/6.5 day), d (calendar day) or w (week). Default: 1d.")
    var interval: String?

    @Option(help: "How far to simulate, in the same units as --interval (e.g. 120m). Default: to expiry.")
    var horizon: String?

    @Option(help: "Share-balance estimators to compare, comma separated: delta, delta-gamma, greeks, exact. Default: all four.")
    var estimators: String?

    @Option(help: "Shares held at the start. Default: delta-neutral, −m·Δ(0).")
    var initialShares: Double?

    @Option(help: "Seed of the simulated path (same seed, same path). Default: 2023.")
    var seed: Int?

    @Option(help: "Folder to write the report into; created if missing. Default: output.")
    var output: String?

    @Option(help: "Folder of Mustache templates (report.mustache and its partials). Default: the repository's templates/.")
    var templates: String?

    @Flag(help: "Also write each chart as a PNG at 2× into charts/.")
    var png = false

    @Option(help: "Title shown in the report's header. Default: one naming the position.")
    var title: String?

    @Option(help: "Author shown under the title, for coursework.")
    var author: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    /// The report's own flags given on the command line.
    private var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.drift, drift.map { .number($0) })
        set.set(.realizedVol, realizedVol.map { .number($0) })
        set.set(.interval, interval.map { .text($0) })
        set.set(.horizon, horizon.map { .text($0) })
        set.set(.estimators, estimators.map { .text($0) })
        set.set(.initialShares, initialShares.map { .number($0) })
        set.set(.seed, seed.map { .integer($0) })
        set.set(.output, output.map { .text($0) })
        set.set(.templates, templates.map { .text($0) })
        set.set(.png, png ? .flag(true) : nil)
        set.set(.title, title.map { .text($0) })
        set.set(.author, author.map { .text($0) })
        set.set(.quiet, quiet ? .flag(true) : nil)
        return set
    }

    func run() throws {
        let run: ResolvedReport
        do {
            run = try contract.mergedParameters(with: parameters).resolveReport()
        } catch {
            StandardError.print("error: \(error.description)")
            throw ExitCode(error.exitStatus)
        }
        let quiet = run.quiet
        do {
            let outcome = try run.pipeline.run { line in
                if !quiet { StandardError.print(line) }
            }
            if !quiet {
                let report = URL(fileURLWithPath: run.pipeline.outputDirectory).appendingPathComponent("report.html").path
                StandardError.print("wrote \(outcome.files.count) files; open \(report)")
            }
        } catch {
            StandardError.print("error: \(error.description)")
            throw ExitCode(error.isInputOutputFailure ? 74 : (error.isBadInputData ? 65 : 70))
        }
    }
}
