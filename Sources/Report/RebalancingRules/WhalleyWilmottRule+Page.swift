import Charts
import Simulation

extension WhalleyWilmottRule: RebalancingRulePage {
    private var written: String { NumberFormat.exact(riskAversion) ?? "\(riskAversion)" }
    var followedWords: String { "Whalley–Wilmott's band (γ = \(written))" }
    var holdingWords: String? { bandHoldingWords }
    var findingName: String { "Whalley–Wilmott (γ = \(written))" }
    var tableName: String { "\(Self.name), γ = \(NumberFormat.exact(riskAversion) ?? "")" }
    var chartLabel: String { "Whalley–Wilmott" }
    static let colour = ChartColour.blue
}
