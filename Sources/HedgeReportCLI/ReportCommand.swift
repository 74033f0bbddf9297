import ArgumentParser
import Foundation
import Report
import Simulation

extension ExercisePolicy: ExpressibleByArgument {}

/// The path models a user can name; a price file is chosen with `--prices`.
enum PathModelName: String, CaseIterable, ExpressibleByArgument {
    case gbm
    case binomial
}

/// `hedge-report report`: simulate the hedge and write the report into `--output`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Simulate the hedge along one path and write report.html, ledger.csv, summary.json and charts/."
    )

    @OptionGroup var contract: ContractOptions

    @Option(help: "CSV of observed prices (a date or t column, a close or price column, optional iv); Yahoo and Nasdaq exports are read as they come. Replaces the simulated path: the first row is the start, its price the spot.")
    var prices: String?

    @Option(parsing: .unconditional, help: "Real-world drift of the simulated share price, per year, continuously compounded. Default: the rate.")
    var drift: Double?

    @Option(parsing: .unconditional, help: "Realized volatility of the simulated share price, per √year. Default: the implied volatility.")
    var realizedVol: Double?

    @Option(help: "Rebalancing interval: N followed by m (minute, 1/390 of a trading day), h (1/6.5 day), d (calendar day) or w (week). Default: 1d.")
    var interval: String?

    @Option(help: "How far to simulate, in the same units as --interval (e.g. 120m). Default: to expiry.")
    var horizon: String?

    @Option(help: "Share-balance estimators to compare, comma separated: delta, delta-gamma, greeks, exact. Default: all four.")
    var estimators: String?

    @Option(parsing: .unconditional, help: "Shares held at the start. Default: delta-neutral, −m·Δ(0).")
    var initialShares: Double?

    @Option(parsing: .unconditional, help: "Seed of the simulated path (same seed, same path). Default: 2023.")
    var seed: Int?

    @Option(help: "How the simulated share moves: gbm (geometric Brownian motion) or binomial (the course's walk: --up, --down, --up-probability). Default: gbm.")
    var pathModel: PathModelName?

    @Option(parsing: .unconditional, help: "Binomial walk: factor of an up move, > 1. Default: e^(σ√dt) with the realized volatility.")
    var up: Double?

    @Option(parsing: .unconditional, help: "Binomial walk: factor of a down move, between 0 and 1. Default: 1/up.")
    var down: Double?

    @Option(parsing: .unconditional, help: "Binomial walk: probability of an up move. Default: (e^(μ·dt) − down)/(up − down), matching the drift.")
    var upProbability: Double?

    @Option(parsing: .unconditional, help: "Spread of the implied volatility around --vol at each date, per √year (0.02 = 2 points); 0 keeps it constant. Default: 0.")
    var ivSpread: Double?

    @Option(parsing: .unconditional, help: "Transaction cost of the textbook hedge's trades, basis points of the traded value. Default: 0.")
    var costBps: Double?

    @Option(parsing: .unconditional, help: "Fixed fee per rebalancing trade of the textbook hedge, USD. Default: 0.")
    var feePerTrade: Double?

    @Option(help: "American option when exercising is optimal: exercise (the hedge is unwound there) or hold. Default: exercise.")
    var exercise: ExercisePolicy?

    @Option(parsing: .unconditional, help: "Monte Carlo paths per batch of the study (0 skips it; at most 1000000). Default: 1000.")
    var paths: Int?

    @Option(help: "Numbers of rebalances over the simulated horizon that the frequency sweep compares, comma separated (e.g. 6,12,30,61,121); 'none' skips the sweep. Default: 0.1, 0.2, 0.5, 1 and 2 × the run's own number of rebalances (6,12,30,61,121 for the default run); for a binomial walk a tenth of it doubled five times.")
    var sweep: String?

    @Option(help: "Realized volatilities (per √year, comma separated) to hedge against at the implied volatility; 'none' skips. Default: 0.5, 0.75, 1, 1.25 and 1.5 times --vol.")
    var mismatchVols: String?

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

    @Flag(help: "Open the report in the default browser when it is written.")
    var open = false

    /// The report's own flags given on the command line.
    private var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.prices, prices.map { .text($0) })
        set.set(.drift, drift.map { .number($0) })
        set.set(.realizedVol, realizedVol.map { .number($0) })
        set.set(.interval, interval.map { .text($0) })
        set.set(.horizon, horizon.map { .text($0) })
        set.set(.estimators, estimators.map { .text($0) })
        set.set(.initialShares, initialShares.map { .number($0) })
        set.set(.seed, seed.map { .integer($0) })
        set.set(.pathModel, pathModel.map { .text($0.rawValue) })
        set.set(.up, up.map { .number($0) })
        set.set(.down, down.map { .number($0) })
        set.set(.upProbability, upProbability.map { .number($0) })
        set.set(.ivSpread, ivSpread.map { .number($0) })
        set.set(.costBps, costBps.map { .number($0) })
        set.set(.feePerTrade, feePerTrade.map { .number($0) })
        set.set(.exercise, exercise.map { .text($0.rawValue) })
        set.set(.paths, paths.map { .integer($0) })
        set.set(.sweep, sweep.map { .text($0) })
        set.set(.mismatchVols, mismatchVols.map { .text($0) })
        set.set(.output, output.map { .text($0) })
        set.set(.templates, templates.map { .text($0) })
        set.set(.png, png ? .flag(true) : nil)
        set.set(.title, title.map { .text($0) })
        set.set(.author, author.map { .text($0) })
        set.set(.quiet, quiet ? .flag(true) : nil)
        set.set(.open, open ? .flag(true) : nil)
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
            StandardError.print("error: \(error.description)")
            throw ExitCode(error.isInputOutputFailure ? 74 : (error.isBadInputData ? 65 : 70))
        }
    }
}
