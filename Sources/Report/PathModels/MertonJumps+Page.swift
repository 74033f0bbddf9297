import Charts
import Simulation

extension MertonJumps: PathModelPage {
    func parameterDescription(_ scenario: HedgeScenario, clock: RunClock) -> String {
        "Merton jump diffusion, λ = \(NumberFormat.number(intensity, decimals: 2)) per year, "
            + "μJ = \(NumberFormat.number(mean, decimals: 3)), δJ = \(NumberFormat.number(standardDeviation, decimals: 3))"
    }

    func worldSentence(_ scenario: HedgeScenario, implied: String) -> String {
        "The simulated share follows Merton's jump diffusion: about \(NumberFormat.number(intensity, decimals: 2)) jumps a year, "
            + "each moving ln S by a normal amount of mean \(NumberFormat.number(mean, decimals: 3)) and standard deviation "
            + "\(NumberFormat.number(standardDeviation, decimals: 3)), on a diffusion that makes up the rest of a total volatility of "
            + "\(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)) per √year, while the option is priced at the implied \(implied). "
            + "A jump moves the share by more than Δ can follow within one interval."
    }

    var removedWords: String { "Merton's jumps (GBM paths instead)" }
    static let shortName = "Merton"
    static let colour = ChartColour.vermillion
}
