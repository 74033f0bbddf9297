import ArgumentParser
import Pricing

/// The market the option is priced in, and the lattice that prices an American option. Shared by `report` and `price`.
struct MarketOptions: ParameterGroup {
    static let title = "Market and pricing"

    @Option(.spot) var spot: NumberArgument?
    @Option(.rate) var rate: NumberArgument?
    @Option(.dividendYield) var dividendYield: NumberArgument?
    @Option(.vol) var vol: NumberArgument?
    @Option(.premium) var premium: NumberArgument?
    @Option(.latticeSteps) var latticeSteps: WholeNumberArgument?
    @Option(.latticeMethod) var latticeMethod: Choice<LatticeMethod>?
}
