import ArgumentParser

/// The market the option is priced in, and the lattice that prices an American option. Shared by `report` and `price`.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct MarketOptions: ParameterGroup {
    static let title = "Market and pricing"

    @Option(parsing: ParameterKey.spot.parsing, help: ParameterKey.spot.help) var spot: String?
    @Option(parsing: ParameterKey.rate.parsing, help: ParameterKey.rate.help) var rate: String?
    @Option(parsing: ParameterKey.dividendYield.parsing, help: ParameterKey.dividendYield.help) var dividendYield: String?
    @Option(parsing: ParameterKey.vol.parsing, help: ParameterKey.vol.help) var vol: String?
    @Option(parsing: ParameterKey.premium.parsing, help: ParameterKey.premium.help) var premium: String?
    @Option(parsing: ParameterKey.latticeSteps.parsing, help: ParameterKey.latticeSteps.help) var latticeSteps: String?
    @Option(parsing: ParameterKey.latticeMethod.parsing, help: ParameterKey.latticeMethod.help, completion: ParameterKey.latticeMethod.completion) var latticeMethod: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.spot, spot)
        set.set(.rate, rate)
        set.set(.dividendYield, dividendYield)
        set.set(.vol, vol)
        set.set(.premium, premium)
        set.set(.latticeSteps, latticeSteps)
        set.set(.latticeMethod, latticeMethod)
        return set
    }
}
