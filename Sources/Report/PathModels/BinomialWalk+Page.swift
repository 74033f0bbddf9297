import Charts
import Simulation

extension BinomialWalk: PathModelPage {
    func parameterDescription(_ scenario: HedgeScenario, clock: RunClock) -> String {
        "binomial walk u = \(NumberFormat.plain(up, decimals: 6)), d = \(NumberFormat.plain(down, decimals: 6)), "
            + "p = \(NumberFormat.number(upProbability, decimals: 4)) per \(clock.duration(interval))"
    }

    func worldSentence(_ scenario: HedgeScenario, implied: String) -> String {
        "The simulated share follows the course's binomial walk: each interval it moves up or down by a fixed factor, "
            + "a volatility of about \(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)) per √year, while the option is priced at the implied \(implied). "
            + "Real moves are neither two-valued nor of constant size."
    }

    static let shortName = "binomial walk"
    static let colour = ChartColour.grey
}
