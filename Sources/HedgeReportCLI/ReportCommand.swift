import ArgumentParser
import Foundation
import Report
import Simulation

/// `hedge-report report`: simulate the hedge and write the report into `--output`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Simulate the hedge along one path and write report.html, ledger.csv, summary.json and charts/."
    )

    @OptionGroup var contract: ContractOptions

    @Option(parsing: ParameterKey.prices.parsing, help: ParameterKey.prices.help, completion: ParameterKey.prices.completion) var prices: String?
    @Option(parsing: ParameterKey.from.parsing, help: ParameterKey.from.help) var from: String?
    @Option(parsing: ParameterKey.to.parsing, help: ParameterKey.to.help) var to: String?
    @Option(parsing: ParameterKey.drift.parsing, help: ParameterKey.drift.help) var drift: String?
    @Option(parsing: ParameterKey.realizedVol.parsing, help: ParameterKey.realizedVol.help) var realizedVol: String?
    @Option(parsing: ParameterKey.interval.parsing, help: ParameterKey.interval.help) var interval: String?
    @Option(parsing: ParameterKey.horizon.parsing, help: ParameterKey.horizon.help) var horizon: String?
    @Option(parsing: ParameterKey.estimators.parsing, help: ParameterKey.estimators.help) var estimators: String?
    @Option(parsing: ParameterKey.initialShares.parsing, help: ParameterKey.initialShares.help) var initialShares: String?
    @Option(parsing: .singleValue, help: ParameterKey.leg.help) var leg: [String] = []
    @Option(parsing: ParameterKey.shares.parsing, help: ParameterKey.shares.help) var shares: String?
    @Option(parsing: .singleValue, help: ParameterKey.hedgeWith.help) var hedgeWith: [String] = []
    @Option(parsing: ParameterKey.seed.parsing, help: ParameterKey.seed.help) var seed: String?
    @Option(parsing: ParameterKey.pathModel.parsing, help: ParameterKey.pathModel.help, completion: ParameterKey.pathModel.completion) var pathModel: String?
    @Option(parsing: ParameterKey.up.parsing, help: ParameterKey.up.help) var up: String?
    @Option(parsing: ParameterKey.down.parsing, help: ParameterKey.down.help) var down: String?
    @Option(parsing: ParameterKey.upProbability.parsing, help: ParameterKey.upProbability.help) var upProbability: String?
    @Option(parsing: ParameterKey.jumpIntensity.parsing, help: ParameterKey.jumpIntensity.help) var jumpIntensity: String?
    @Option(parsing: ParameterKey.jumpMean.parsing, help: ParameterKey.jumpMean.help) var jumpMean: String?
    @Option(parsing: ParameterKey.jumpStd.parsing, help: ParameterKey.jumpStd.help) var jumpStd: String?
    @Option(parsing: ParameterKey.hestonKappa.parsing, help: ParameterKey.hestonKappa.help) var hestonKappa: String?
    @Option(parsing: ParameterKey.hestonTheta.parsing, help: ParameterKey.hestonTheta.help) var hestonTheta: String?
    @Option(parsing: ParameterKey.hestonXi.parsing, help: ParameterKey.hestonXi.help) var hestonXi: String?
    @Option(parsing: ParameterKey.hestonRho.parsing, help: ParameterKey.hestonRho.help) var hestonRho: String?
    @Option(parsing: ParameterKey.hestonV0.parsing, help: ParameterKey.hestonV0.help) var hestonV0: String?
    @Option(parsing: ParameterKey.ivSpread.parsing, help: ParameterKey.ivSpread.help) var ivSpread: String?
    @Option(parsing: ParameterKey.costBps.parsing, help: ParameterKey.costBps.help) var costBps: String?
    @Option(parsing: ParameterKey.feePerTrade.parsing, help: ParameterKey.feePerTrade.help) var feePerTrade: String?
    @Option(parsing: ParameterKey.rebalance.parsing, help: ParameterKey.rebalance.help, completion: ParameterKey.rebalance.completion) var rebalance: String?
    @Option(parsing: ParameterKey.band.parsing, help: ParameterKey.band.help) var band: String?
    @Option(parsing: ParameterKey.riskAversion.parsing, help: ParameterKey.riskAversion.help) var riskAversion: String?
    @Option(parsing: ParameterKey.exercise.parsing, help: ParameterKey.exercise.help, completion: ParameterKey.exercise.completion) var exercise: String?
    @Option(parsing: ParameterKey.paths.parsing, help: ParameterKey.paths.help) var paths: String?
    @Option(parsing: ParameterKey.sweep.parsing, help: ParameterKey.sweep.help) var sweep: String?
    @Option(parsing: ParameterKey.mismatchVols.parsing, help: ParameterKey.mismatchVols.help) var mismatchVols: String?
    @Option(parsing: ParameterKey.yearBasis.parsing, help: ParameterKey.yearBasis.help, completion: ParameterKey.yearBasis.completion) var yearBasis: String?
    @Option(parsing: ParameterKey.startPremium.parsing, help: ParameterKey.startPremium.help, completion: ParameterKey.startPremium.completion) var startPremium: String?
    @Option(parsing: ParameterKey.fitPrices.parsing, help: ParameterKey.fitPrices.help, completion: ParameterKey.fitPrices.completion) var fitPrices: String?
    @Option(parsing: ParameterKey.hedgerSeed.parsing, help: ParameterKey.hedgerSeed.help) var hedgerSeed: String?
    @Option(parsing: ParameterKey.hedgerPrices.parsing, help: ParameterKey.hedgerPrices.help, completion: ParameterKey.hedgerPrices.completion) var hedgerPrices: String?
    @Option(parsing: ParameterKey.hedgerCorrelation.parsing, help: ParameterKey.hedgerCorrelation.help) var hedgerCorrelation: String?
    @Option(parsing: ParameterKey.output.parsing, help: ParameterKey.output.help, completion: ParameterKey.output.completion) var output: String?
    @Option(parsing: ParameterKey.templates.parsing, help: ParameterKey.templates.help, completion: ParameterKey.templates.completion) var templates: String?
    @Flag(help: ParameterKey.png.help) var png = false
    @Option(parsing: ParameterKey.title.parsing, help: ParameterKey.title.help) var title: String?
    @Option(parsing: ParameterKey.author.parsing, help: ParameterKey.author.help) var author: String?
    @Flag(help: ParameterKey.quiet.help) var quiet = false
    @Flag(help: ParameterKey.open.help) var open = false

    /// The report's own flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.prices, prices)
        set.set(.from, from)
        set.set(.to, to)
        set.set(.drift, drift)
        set.set(.realizedVol, realizedVol)
        set.set(.interval, interval)
        set.set(.horizon, horizon)
        set.set(.estimators, estimators)
        set.set(.initialShares, initialShares)
        if !leg.isEmpty { set.set(.leg, .list(leg)) }
        set.set(.shares, shares)
        if !hedgeWith.isEmpty { set.set(.hedgeWith, .list(hedgeWith)) }
        set.set(.seed, seed)
        set.set(.pathModel, pathModel)
        set.set(.up, up)
        set.set(.down, down)
        set.set(.upProbability, upProbability)
        set.set(.jumpIntensity, jumpIntensity)
        set.set(.jumpMean, jumpMean)
        set.set(.jumpStd, jumpStd)
        set.set(.hestonKappa, hestonKappa)
        set.set(.hestonTheta, hestonTheta)
        set.set(.hestonXi, hestonXi)
        set.set(.hestonRho, hestonRho)
        set.set(.hestonV0, hestonV0)
        set.set(.ivSpread, ivSpread)
        set.set(.costBps, costBps)
        set.set(.feePerTrade, feePerTrade)
        set.set(.rebalance, rebalance)
        set.set(.band, band)
        set.set(.riskAversion, riskAversion)
        set.set(.exercise, exercise)
        set.set(.paths, paths)
        set.set(.sweep, sweep)
        set.set(.mismatchVols, mismatchVols)
        set.set(.yearBasis, yearBasis)
        set.set(.startPremium, startPremium)
        set.set(.fitPrices, fitPrices)
        set.set(.hedgerSeed, hedgerSeed)
        set.set(.hedgerPrices, hedgerPrices)
        set.set(.hedgerCorrelation, hedgerCorrelation)
        set.set(.output, output)
        set.set(.templates, templates)
        set.set(.title, title)
        set.set(.author, author)
        set.set(.png, switch: png)
        set.set(.quiet, switch: quiet)
        set.set(.open, switch: open)
        return set
    }

    /// The run these flags and the config file describe, every value checked, nothing priced
    /// but the market quote's implied volatility (after the work budget is checked).
    func resolve() throws(ParameterError) -> ResolvedReport {
        try ResolvedReport(contract.mergedParameters(with: parameters))
    }

    func run() throws {
        let run: ResolvedReport
        do {
            run = try resolve()
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
