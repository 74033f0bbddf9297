import ArgumentParser

/// Flags that describe the option and its market, shared by `report` and `price`. Each may
/// also be a key of `--config FILE`; a flag overrides the file. Every value is taken as text
/// and read with its parameter's descriptor (``ParameterDescriptor/table``), which also gives
/// the help, the default and the allowed values.
struct ContractOptions: ParsableArguments {
    @Option(help: "JSON or YAML file with the same keys as the flags (e.g. 'strike: 260'); flags override it.",
            completion: .file(extensions: ["yaml", "yml", "json"]))
    var config: String?

    @Option(parsing: ParameterKey.ticker.parsing, help: ParameterKey.ticker.help, completion: ParameterKey.ticker.completion) var ticker: String?
    @Option(parsing: ParameterKey.type.parsing, help: ParameterKey.type.help, completion: ParameterKey.type.completion) var type: String?
    @Option(parsing: ParameterKey.style.parsing, help: ParameterKey.style.help, completion: ParameterKey.style.completion) var style: String?
    @Option(parsing: ParameterKey.position.parsing, help: ParameterKey.position.help, completion: ParameterKey.position.completion) var position: String?
    @Option(parsing: ParameterKey.contracts.parsing, help: ParameterKey.contracts.help) var contracts: String?
    @Option(parsing: ParameterKey.spot.parsing, help: ParameterKey.spot.help) var spot: String?
    @Option(parsing: ParameterKey.strike.parsing, help: ParameterKey.strike.help) var strike: String?
    @Option(parsing: ParameterKey.rate.parsing, help: ParameterKey.rate.help) var rate: String?
    @Option(parsing: ParameterKey.dividendYield.parsing, help: ParameterKey.dividendYield.help) var dividendYield: String?
    @Option(parsing: ParameterKey.vol.parsing, help: ParameterKey.vol.help) var vol: String?
    @Option(parsing: ParameterKey.premium.parsing, help: ParameterKey.premium.help) var premium: String?
    @Option(parsing: ParameterKey.days.parsing, help: ParameterKey.days.help) var days: String?
    @Option(parsing: ParameterKey.years.parsing, help: ParameterKey.years.help) var years: String?
    @Option(parsing: ParameterKey.latticeSteps.parsing, help: ParameterKey.latticeSteps.help) var latticeSteps: String?
    @Option(parsing: ParameterKey.latticeMethod.parsing, help: ParameterKey.latticeMethod.help,
            completion: ParameterKey.latticeMethod.completion) var latticeMethod: String?

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.ticker, ticker)
        set.set(.type, type)
        set.set(.style, style)
        set.set(.position, position)
        set.set(.contracts, contracts)
        set.set(.spot, spot)
        set.set(.strike, strike)
        set.set(.rate, rate)
        set.set(.dividendYield, dividendYield)
        set.set(.vol, vol)
        set.set(.premium, premium)
        set.set(.days, days)
        set.set(.years, years)
        set.set(.latticeSteps, latticeSteps)
        set.set(.latticeMethod, latticeMethod)
        return set
    }

    /// The config file's parameters (if any) with these flags laid over them.
    func mergedParameters(with extra: ParameterSet = ParameterSet()) throws(ParameterError) -> ParameterSet {
        let flags = parameters.overridden(by: extra)
        guard let config else { return flags }
        return try ConfigFile.load(config).overridden(by: flags)
    }
}
