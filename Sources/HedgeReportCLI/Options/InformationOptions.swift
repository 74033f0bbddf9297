import ArgumentParser

/// What the hedger knows: decisions taken on another path than the true one.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct InformationOptions: ParameterGroup {
    static let title = "Information"

    @Option(parsing: ParameterKey.hedgerSeed.parsing, help: ParameterKey.hedgerSeed.help) var hedgerSeed: String?
    @Option(parsing: ParameterKey.hedgerPrices.parsing, help: ParameterKey.hedgerPrices.help, completion: ParameterKey.hedgerPrices.completion) var hedgerPrices: String?
    @Option(parsing: ParameterKey.hedgerCorrelation.parsing, help: ParameterKey.hedgerCorrelation.help) var hedgerCorrelation: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.hedgerSeed, hedgerSeed)
        set.set(.hedgerPrices, hedgerPrices)
        set.set(.hedgerCorrelation, hedgerCorrelation)
        return set
    }
}
