import ArgumentParser

/// The option: what it is and when it expires. Shared by `report` and `price`.
struct ContractOptions: ParameterGroup {
    static let title = "Contract"

    @Option(.ticker) var ticker: String?
    @Option(.type) var type: String?
    @Option(.payout) var payout: String?
    @Option(.style) var style: String?
    @Option(.position) var position: String?
    @Option(.contracts) var contracts: String?
    @Option(.strike) var strike: String?
    @Option(.days) var days: String?
    @Option(.years) var years: String?

    init() {}
}
