import Charts
import Simulation

extension GeometricBrownianPaths: PathModelPage {
    func parameterDescription(_ scenario: HedgeScenario, clock: RunClock) -> String {
        "geometric Brownian motion"
    }

    func worldSentence(_ scenario: HedgeScenario, implied: String) -> String {
        "The simulated share follows geometric Brownian motion with a constant volatility of "
            + "\(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)), and the option is priced at the implied \(implied). "
            + "Jumps, a volatility that changes, or a realized volatility away from the implied one all leave residuals that no Greek expansion removes."
    }

    static let shortName = "GBM"
    static let colour = ChartColour.black
}
