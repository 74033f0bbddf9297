import ArgumentParser

/// What the hedger knows: decisions taken on another path than the true one.
struct InformationOptions: ParameterGroup {
    static let title = "Information"

    @Option(.hedgerSeed) var hedgerSeed: WholeNumberArgument?
    @Option(.hedgerPrices) var hedgerPrices: FileArgument?
    @Option(.hedgerCorrelation) var hedgerCorrelation: NumberArgument?
}
