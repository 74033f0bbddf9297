import ArgumentParser
import Simulation

/// How the position is hedged: the estimators, the start, the instruments, the costs and when to trade.
struct HedgeOptions: ParameterGroup {
    static let title = "Hedge"

    @Option(.estimators) var estimators: ListArgument?
    @Option(.initialShares) var initialShares: NumberArgument?
    @Option(.startPremium) var startPremium: Choice<StartPremium>?
    @Option(.hedgeWith) var hedgeWith: [SpecArgument] = []
    @Option(.costBps) var costBps: NumberArgument?
    @Option(.feePerTrade) var feePerTrade: NumberArgument?
    @Option(.rebalance) var rebalance: Choice<RebalancingRule.Name>?
    @Option(.band) var band: NumberArgument?
    @Option(.riskAversion) var riskAversion: NumberArgument?
    @Option(.exercise) var exercise: Choice<ExercisePolicy>?
    @Option(.hedgeVol) var hedgeVol: NameOrNumberArgument?
}
