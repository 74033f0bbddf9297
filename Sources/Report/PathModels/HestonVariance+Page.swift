import Charts
import Simulation

extension HestonVariance: PathModelPage {
    func parameterDescription(_ scenario: HedgeScenario, clock: RunClock) -> String {
        "Heston, κ = \(NumberFormat.number(kappa, decimals: 2)), θ = \(NumberFormat.number(theta, decimals: 4)), "
            + "ξ = \(NumberFormat.number(xi, decimals: 3)), ρ = \(NumberFormat.number(rho, decimals: 2)), "
            + "v₀ = \(NumberFormat.number(initialVariance, decimals: 4)), full-truncation Euler"
    }

    func worldSentence(_ scenario: HedgeScenario, implied: String) -> String {
        "The simulated share follows Heston's model: its variance reverts at κ = \(NumberFormat.number(kappa, decimals: 2)) "
            + "per year towards θ = \(NumberFormat.number(theta, decimals: 4)), with a volatility of variance ξ = "
            + "\(NumberFormat.number(xi, decimals: 3)) and a correlation ρ = \(NumberFormat.number(rho, decimals: 2)) with the share, "
            + "while the option is priced at the constant implied \(implied)."
    }

    var removedWords: String { "Heston's moving variance (GBM paths instead)" }
    static let shortName = "Heston"
    static let colour = ChartColour.bluishGreen
}
