import ArgumentParser
import Pricing
import Simulation

extension OptionType: ExpressibleByArgument {}
extension ExerciseStyle: ExpressibleByArgument {}
extension PositionSide: ExpressibleByArgument {}
extension LatticeMethod: ExpressibleByArgument {}

/// Flags that describe the option and its market, shared by `report` and `price`. Each may
/// also be a key of `--config FILE`; a flag overrides the file. Defaults are the course's
/// contract (DESIGN.md §2.6) and are applied in ``ParameterSet/resolveContract()``.
struct ContractOptions: ParsableArguments {
    @Option(help: "JSON or YAML file with the same keys as the flags (e.g. 'strike: 260'); flags override it.")
    var config: String?

    @Option(help: "Ticker of the underlying share, shown in the report. Default: TSLA.")
    var ticker: String?

    @Option(help: "Option type: put or call. Default: put.")
    var type: OptionType?

    @Option(help: "Exercise style: american or european. Default: american.")
    var style: ExerciseStyle?

    @Option(help: "Position: long (bought) or short (written). Default: long.")
    var position: PositionSide?

    @Option(parsing: .unconditional, help: "Number of contracts of 100 shares each. Default: 1.")
    var contracts: Int?

    @Option(parsing: .unconditional, help: "Share price at the start, USD per share. Default: 261.4899.")
    var spot: Double?

    @Option(parsing: .unconditional, help: "Strike price, USD per share. Default: 260.")
    var strike: Double?

    @Option(parsing: .unconditional, help: "Risk-free rate, per year, continuously compounded (0.0431 = 4.31%). Default: 0.0431.")
    var rate: Double?

    @Option(parsing: .unconditional, help: "Dividend yield, per year, continuously compounded. Default: 0.")
    var dividendYield: Double?

    @Option(parsing: .unconditional, help: "Implied volatility, per √year (0.6056214 = 60.56%). Default: 0.6056214, or implied from --premium.")
    var vol: Double?

    @Option(parsing: .unconditional, help: "Market premium, USD per share. Without --vol, the volatility is implied from it; with --vol, it is shown beside the model's price.")
    var premium: Double?

    @Option(parsing: .unconditional, help: "Calendar days to expiry (ACT/365). Default: 60.5.")
    var days: Double?

    @Option(parsing: .unconditional, help: "Years to expiry, instead of --days.")
    var years: Double?

    @Option(parsing: .unconditional, help: "Levels of the binomial lattice that prices the option (1 to 100000). Default: 366.")
    var latticeSteps: Int?

    @Option(help: "Lattice: crr (Cox–Ross–Rubinstein), bbs (Black–Scholes last step) or bbsr (bbs with Richardson extrapolation). Default: crr.")
    var latticeMethod: LatticeMethod?

    /// The flags given on the command line.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.ticker, ticker.map { .text($0) })
        set.set(.type, type.map { .text($0.rawValue) })
        set.set(.style, style.map { .text($0.rawValue) })
        set.set(.position, position.map { .text($0.rawValue) })
        set.set(.contracts, contracts.map { .integer($0) })
        set.set(.spot, spot.map { .number($0) })
        set.set(.strike, strike.map { .number($0) })
        set.set(.rate, rate.map { .number($0) })
        set.set(.dividendYield, dividendYield.map { .number($0) })
        set.set(.vol, vol.map { .number($0) })
        set.set(.premium, premium.map { .number($0) })
        set.set(.days, days.map { .number($0) })
        set.set(.years, years.map { .number($0) })
        set.set(.latticeSteps, latticeSteps.map { .integer($0) })
        set.set(.latticeMethod, latticeMethod.map { .text($0.rawValue) })
        return set
    }

    /// The config file's parameters (if any) with these flags laid over them.
    func mergedParameters(with extra: ParameterSet = ParameterSet()) throws(ParameterError) -> ParameterSet {
        let flags = parameters.overridden(by: extra)
        guard let config else { return flags }
        return try ConfigFile.load(config).overridden(by: flags)
    }
}
