import ArgumentParser

/// How the position is hedged: the estimators, the start, the instruments, the costs and when to trade.
struct HedgeOptions: ParameterGroup {
    static let title = "Hedge"

    @Option(.estimators) var estimators: String?
    @Option(.initialShares) var initialShares: String?
    @Option(.startPremium) var startPremium: String?
    @Option(.hedgeWith) var hedgeWith: [String] = []
    @Option(.costBps) var costBps: String?
    @Option(.feePerTrade) var feePerTrade: String?
    @Option(.rebalance) var rebalance: String?
    @Option(.band) var band: String?
    @Option(.riskAversion) var riskAversion: String?
    @Option(.exercise) var exercise: String?
    @Option(.hedgeVol) var hedgeVol: String?

    init() {}
}
