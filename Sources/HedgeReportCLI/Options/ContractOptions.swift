import ArgumentParser

/// The option: what it is and when it expires. Shared by `report` and `price`.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct ContractOptions: ParameterGroup {
    static let title = "Contract"

    @Option(parsing: ParameterKey.ticker.parsing, help: ParameterKey.ticker.help, completion: ParameterKey.ticker.completion) var ticker: String?
    @Option(parsing: ParameterKey.type.parsing, help: ParameterKey.type.help, completion: ParameterKey.type.completion) var type: String?
    @Option(parsing: ParameterKey.payout.parsing, help: ParameterKey.payout.help) var payout: String?
    @Option(parsing: ParameterKey.style.parsing, help: ParameterKey.style.help, completion: ParameterKey.style.completion) var style: String?
    @Option(parsing: ParameterKey.position.parsing, help: ParameterKey.position.help, completion: ParameterKey.position.completion) var position: String?
    @Option(parsing: ParameterKey.contracts.parsing, help: ParameterKey.contracts.help) var contracts: String?
    @Option(parsing: ParameterKey.strike.parsing, help: ParameterKey.strike.help) var strike: String?
    @Option(parsing: ParameterKey.days.parsing, help: ParameterKey.days.help) var days: String?
    @Option(parsing: ParameterKey.years.parsing, help: ParameterKey.years.help) var years: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.ticker, ticker)
        set.set(.type, type)
        set.set(.payout, payout)
        set.set(.style, style)
        set.set(.position, position)
        set.set(.contracts, contracts)
        set.set(.strike, strike)
        set.set(.days, days)
        set.set(.years, years)
        return set
    }
}
