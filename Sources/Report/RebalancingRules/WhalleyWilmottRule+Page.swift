import Charts
import Simulation

extension WhalleyWilmottRule: RebalancingRulePage {
    private var written: String { NumberFormat.exact(riskAversion) ?? "\(riskAversion)" }
    var followedWords: String { "Whalley–Wilmott's band (a = \(written))" }
    var holdingWords: String? { "traded only when its holding left \(followedWords) around −m·Δ (see “\(RulesSection.title)”)" }
    var findingName: String { "Whalley–Wilmott (a = \(written))" }
    var tableName: String { "\(Self.name), a = \(NumberFormat.exact(riskAversion) ?? "")" }
    var chartLabel: String { "Whalley–Wilmott" }
    static let colour = ChartColour.blue
}
