import Charts
import Simulation

extension LelandRule: RebalancingRulePage {
    var followedWords: String { "Leland's volatility" }
    var holdingWords: String? { "held −m·Δ̂, Δ̂ at Leland's volatility (see “\(RulesSection.title)”)" }
    var findingName: String { "Leland's rule" }
    var chartLabel: String { "Leland" }
    static let colour = ChartColour.reddishPurple
}
