import ArgumentParser
import Foundation
import Pricing
import Report
import Simulation

extension HedgeEstimator: ExpressibleByArgument {}

/// `hedge-report report`: simulate the hedge and write the report into `--output`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Simulate the hedge along one path and write report.html, ledger.csv, summary.json and charts/."
    )

    @OptionGroup var contract: ContractOptions

    @Option(help: "Real-world drift of the simulated share price, per year, continuously compounded. Default: the rate.")
    var drift: Double?

    @Option(help: "Realized volatility of the simulated share price, per √year. Default: the implied volatility (--vol).")
    var realizedVol: Double?

    @Option(help: "Rebalancing interval: N followed by m (minute, 1/390 of a trading day), h (1/6.5 day), d (calendar day) or w (week).")
    var interval = "1d"

    @Option(help: "How far to simulate, in the same units as --interval (e.g. 120m). Default: to expiry.")
    var horizon: String?

    @Option(
        parsing: .upToNextOption,
        help: "Share-balance estimators to compare: delta, delta-gamma, greeks, exact (comma or space separated)."
    )
    var estimators: [String] = HedgeEstimator.allCases.map(\.rawValue)

    @Option(help: "Shares held at the start. Default: delta-neutral, −m·Δ(0).")
    var initialShares: Double?

    @Option(help: "Seed of the simulated path (same seed, same path).")
    var seed: UInt64 = HedgeScenario.course.seed

    @Option(help: "Folder to write the report into; created if missing.")
    var output = "output"

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

    func validate() throws {
        _ = try parsedEstimators()
        guard let interval = TradingDuration(interval) else {
            throw ValidationError("--interval must be a positive number followed by m, h, d or w (e.g. 1d, 30m), got '\(interval)'")
        }
        let horizonYears = try horizonYears()
        guard horizonYears / interval.years <= 1_000_000 else {
            throw ValidationError("--interval \(self.interval) gives more than 1,000,000 rebalancing dates; use a longer interval or a shorter --horizon")
        }
        if let drift, !drift.isFinite || abs(drift) > 10 {
            throw ValidationError("--drift must be a number per year between −10 and 10, got \(drift)")
        }
        if let realizedVol, !realizedVol.isFinite || realizedVol < 0 || realizedVol > 10 {
            throw ValidationError("--realized-vol must be a volatility per √year from 0 to 10, got \(realizedVol)")
        }
        if let initialShares, !initialShares.isFinite || abs(initialShares) > 1e9 {
            throw ValidationError("--initial-shares must be a finite number of shares, got \(initialShares)")
        }
        for (flag, value) in [("--title", title), ("--author", author)] {
            if let value, value.count > 500 {
                throw ValidationError("\(flag) must have at most 500 characters, got \(value.count)")
            }
        }
    }

    /// The estimators named by `--estimators`, in the order given, without repeats.
    private func parsedEstimators() throws -> [HedgeEstimator] {
        var result = [HedgeEstimator]()
        for name in estimators.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let estimator = HedgeEstimator(rawValue: name) else {
                let allowed = HedgeEstimator.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--estimators: unknown estimator '\(name)'; allowed: \(allowed)")
            }
            if !result.contains(estimator) { result.append(estimator) }
        }
        guard !result.isEmpty else { throw ValidationError("--estimators needs at least one estimator") }
        return result
    }

    private func horizonYears() throws -> Double {
        let expiry = contract.yearsToExpiry
        guard let horizon else { return expiry }
        guard let duration = TradingDuration(horizon) else {
            throw ValidationError("--horizon must be a positive number followed by m, h, d or w (e.g. 120m, 30d), got '\(horizon)'")
        }
        guard duration.years <= expiry * (1 + 1e-9) else {
            throw ValidationError(
                "--horizon \(horizon) is \(duration.years * 365) days, past the expiry at \(expiry * 365) days"
            )
        }
        return min(duration.years, expiry)
    }

    func run() throws {
        let scenario = HedgeScenario(
            position: Position(contract: contract.contract, contracts: contract.contracts, side: contract.position),
            market: contract.market,
            drift: drift ?? contract.rate,
            realizedVolatility: realizedVol ?? contract.vol,
            schedule: RebalancingSchedule(interval: TradingDuration(interval)!.years, horizon: try horizonYears()),
            seed: seed,
            estimators: try parsedEstimators(),
            initialShares: initialShares
        )
        let isCourseContract = scenario.position.contract == HedgeScenario.course.position.contract
            && scenario.market == HedgeScenario.course.market
        let settings = ReportSettings(
            ticker: contract.ticker,
            title: title,
            author: author,
            latticeSteps: contract.latticeSteps,
            intervalLabel: interval,
            marketPremium: isCourseContract ? HedgeScenario.courseMarketPremium : nil,
            command: ShellQuoting.command(["hedge-report", "report"] + commandArguments)
        )
        let pipeline = ReportPipeline(
            scenario: scenario,
            model: BinomialLatticeModel(steps: contract.latticeSteps),
            settings: settings,
            templatesDirectory: templates,
            outputDirectory: output,
            writesPNG: png
        )
        let quiet = self.quiet
        do {
            let outcome = try pipeline.run { line in
                if !quiet { StandardError.print(line) }
            }
            if !quiet {
                let report = URL(fileURLWithPath: output).appendingPathComponent("report.html").path
                StandardError.print("wrote \(outcome.files.count) files; open \(report)")
            }
        } catch {
            StandardError.print("error: \(error.description)")
            throw ExitCode(error.isInputOutputFailure ? 74 : (error.isBadInputData ? 65 : 70))
        }
    }

    /// Every flag that shapes the report, as typed to regenerate it.
    private var commandArguments: [String] {
        var arguments = contract.commandArguments
        arguments += ["--drift", "\(drift ?? contract.rate)", "--realized-vol", "\(realizedVol ?? contract.vol)"]
        arguments += ["--interval", interval]
        if let horizon { arguments += ["--horizon", horizon] }
        arguments += ["--estimators", (try? parsedEstimators())?.map(\.rawValue).joined(separator: ",") ?? ""]
        if let initialShares { arguments += ["--initial-shares", "\(initialShares)"] }
        arguments += ["--seed", String(seed)]
        if let title { arguments += ["--title", title] }
        if let author { arguments += ["--author", author] }
        if let templates { arguments += ["--templates", templates] }
        if png { arguments.append("--png") }
        arguments += ["--output", output]
        return arguments
    }
}
