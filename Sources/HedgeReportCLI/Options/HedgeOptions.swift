import ArgumentParser

/// How the position is hedged: the estimators, the start, the instruments, the costs and when to trade.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct HedgeOptions: ParameterGroup {
    static let title = "Hedge"

    @Option(parsing: ParameterKey.estimators.parsing, help: ParameterKey.estimators.help) var estimators: String?
    @Option(parsing: ParameterKey.initialShares.parsing, help: ParameterKey.initialShares.help) var initialShares: String?
    @Option(parsing: ParameterKey.startPremium.parsing, help: ParameterKey.startPremium.help, completion: ParameterKey.startPremium.completion) var startPremium: String?
    @Option(parsing: .singleValue, help: ParameterKey.hedgeWith.help) var hedgeWith: [String] = []
    @Option(parsing: ParameterKey.costBps.parsing, help: ParameterKey.costBps.help) var costBps: String?
    @Option(parsing: ParameterKey.feePerTrade.parsing, help: ParameterKey.feePerTrade.help) var feePerTrade: String?
    @Option(parsing: ParameterKey.rebalance.parsing, help: ParameterKey.rebalance.help, completion: ParameterKey.rebalance.completion) var rebalance: String?
    @Option(parsing: ParameterKey.band.parsing, help: ParameterKey.band.help) var band: String?
    @Option(parsing: ParameterKey.riskAversion.parsing, help: ParameterKey.riskAversion.help) var riskAversion: String?
    @Option(parsing: ParameterKey.exercise.parsing, help: ParameterKey.exercise.help, completion: ParameterKey.exercise.completion) var exercise: String?
    @Option(parsing: ParameterKey.hedgeVol.parsing, help: ParameterKey.hedgeVol.help) var hedgeVol: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.estimators, estimators)
        set.set(.initialShares, initialShares)
        set.set(.startPremium, startPremium)
        if !hedgeWith.isEmpty { set.set(.hedgeWith, .list(hedgeWith)) }
        set.set(.costBps, costBps)
        set.set(.feePerTrade, feePerTrade)
        set.set(.rebalance, rebalance)
        set.set(.band, band)
        set.set(.riskAversion, riskAversion)
        set.set(.exercise, exercise)
        set.set(.hedgeVol, hedgeVol)
        return set
    }
}
