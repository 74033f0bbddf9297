import Charts
import Simulation

extension BandRule: RebalancingRulePage {
    var followedWords: String { "a band of \(RulesFindings.shareCount(shares)) shares" }
    var holdingWords: String? { bandHoldingWords }
    var findingName: String { "the \(RulesFindings.shareCount(shares))-share band" }
    var chartLabel: String { "band \(RulesFindings.shareCount(shares))" }
    static let colour = ChartColour.orange
}
