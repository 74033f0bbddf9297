import ArgumentParser

/// The market the option is priced in, and the lattice that prices an American option. Shared by `report` and `price`.
struct MarketOptions: ParameterGroup {
    static let title = "Market and pricing"

    @Option(.spot) var spot: String?
    @Option(.rate) var rate: String?
    @Option(.dividendYield) var dividendYield: String?
    @Option(.vol) var vol: String?
    @Option(.premium) var premium: String?
    @Option(.latticeSteps) var latticeSteps: String?
    @Option(.latticeMethod) var latticeMethod: String?

    init() {}
}
