import ArgumentParser

/// What the hedger knows: decisions taken on another path than the true one.
struct InformationOptions: ParameterGroup {
    static let title = "Information"

    @Option(.hedgerSeed) var hedgerSeed: String?
    @Option(.hedgerPrices) var hedgerPrices: String?
    @Option(.hedgerCorrelation) var hedgerCorrelation: String?

    init() {}
}
