import ArgumentParser
import Pricing
import Simulation

extension OptionType: ExpressibleByArgument {}
extension ExerciseStyle: ExpressibleByArgument {}
extension PositionSide: ExpressibleByArgument {}

/// Flags that describe the option and its market, shared by `report` and `price`.
/// Defaults are the course's contract (DESIGN.md §2.6).
struct ContractOptions: ParsableArguments {
    @Option(help: "Ticker of the underlying share, shown in the report.")
    var ticker = "TSLA"

    @Option(help: "Option type: put or call.")
    var type: OptionType = .put

    @Option(help: "Exercise style: american or european.")
    var style: ExerciseStyle = .american

    @Option(help: "Position: long (bought) or short (written).")
    var position: PositionSide = .long

    @Option(help: "Number of contracts of 100 shares each.")
    var contracts = 1

    @Option(help: "Share price at the start, USD per share.")
    var spot = 261.4899

    @Option(help: "Strike price, USD per share.")
    var strike = 260.0

    @Option(help: "Risk-free rate, per year, continuously compounded (0.0431 = 4.31%).")
    var rate = 0.0431

    @Option(help: "Dividend yield, per year, continuously compounded.")
    var dividendYield = 0.0

    @Option(help: "Implied volatility, per √year (0.6056214 = 60.56%).")
    var vol = 0.6056214

    @Option(help: "Calendar days to expiry (ACT/365). Default: 60.5.")
    var days: Double?

    @Option(help: "Years to expiry, instead of --days.")
    var years: Double?

    @Option(help: "Levels of the Cox–Ross–Rubinstein lattice that prices the option (1 to 100000).")
    var latticeSteps = HedgeScenario.courseLatticeSteps

    /// Years to expiry from `--days` or `--years`.
    var yearsToExpiry: Double {
        years ?? (days ?? HedgeScenario.courseDaysToExpiry) / 365
    }

    func validate() throws {
        func positive(_ value: Double, _ flag: String, _ what: String) throws {
            guard value.isFinite, value > 0 else {
                throw ValidationError("\(flag) must be \(what) > 0, got \(value)")
            }
        }
        guard !ticker.isEmpty, ticker.count <= 32 else {
            throw ValidationError("--ticker must have 1 to 32 characters, got '\(ticker)'")
        }
        guard (1...100_000).contains(contracts) else {
            throw ValidationError("--contracts must be a whole number from 1 to 100000, got \(contracts)")
        }
        try positive(spot, "--spot", "a price in USD")
        try positive(strike, "--strike", "a price in USD")
        try positive(vol, "--vol", "a volatility per √year")
        guard vol <= 10 else { throw ValidationError("--vol must be at most 10 (1000%), got \(vol)") }
        guard rate.isFinite, abs(rate) <= 1 else {
            throw ValidationError("--rate must be a rate per year between −1 and 1, got \(rate)")
        }
        guard dividendYield.isFinite, abs(dividendYield) <= 1 else {
            throw ValidationError("--dividend-yield must be a yield per year between −1 and 1, got \(dividendYield)")
        }
        if days != nil, years != nil {
            throw ValidationError("--days and --years both set the time to expiry: give one of them")
        }
        if let days { try positive(days, "--days", "a number of calendar days") }
        if let years { try positive(years, "--years", "a number of years") }
        guard yearsToExpiry <= 30 else {
            throw ValidationError("time to expiry must be at most 30 years, got \(yearsToExpiry) years")
        }
        guard (1...BinomialLatticeModel.maximumSteps).contains(latticeSteps) else {
            throw ValidationError(
                "--lattice-steps must be a whole number from 1 to \(BinomialLatticeModel.maximumSteps), got \(latticeSteps)"
            )
        }
    }

    var contract: OptionContract {
        OptionContract(type: type, style: style, strike: strike, expiry: yearsToExpiry)
    }

    var market: Market {
        Market(spot: spot, rate: rate, dividendYield: dividendYield, volatility: vol)
    }

    /// The flags as they would be typed to reproduce these values.
    var commandArguments: [String] {
        var arguments = [
            "--ticker", ticker, "--type", type.rawValue, "--style", style.rawValue,
            "--position", position.rawValue, "--contracts", String(contracts),
            "--spot", "\(spot)", "--strike", "\(strike)", "--rate", "\(rate)",
            "--dividend-yield", "\(dividendYield)", "--vol", "\(vol)",
        ]
        arguments += years.map { ["--years", "\($0)"] } ?? ["--days", "\(days ?? HedgeScenario.courseDaysToExpiry)"]
        arguments += ["--lattice-steps", String(latticeSteps)]
        return arguments
    }
}
