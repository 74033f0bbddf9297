import Charts
import Simulation

extension CalendarRule: RebalancingRulePage {
    var followedWords: String { "the calendar rule" }
    var holdingWords: String? { nil }
    var findingName: String { "the calendar" }
    var chartLabel: String { "calendar" }
    static let colour = ChartColour.black
}
