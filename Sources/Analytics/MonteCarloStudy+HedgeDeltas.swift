import Pricing
import Simulation

extension MonteCarloStudy {
    /// The model the textbook hedge reads its Δ from when `scenario` hedges at a volatility
    /// other than the implied one (``HedgeScenario/hedgingVolatility()``): the model's premium
    /// and Δ prepared for `times` at that volatility (a ``PremiumAndDeltaGrid`` for a lattice, so
    /// no date is repriced on a full tree); nil when the hedge trades at the implied volatility.
    func hedgeDeltaPricer(for scenario: HedgeScenario, times: [Double]) throws(SimulationError) -> (any PremiumAndDeltaModel)? {
        guard let grid = Self.hedgeDeltaGrids(of: scenario, times: times).first else { return nil }
        return try premiumAndDeltaPricer(for: grid, measuringError: false).model
    }

    /// `scenario` priced at its hedging volatility, at a constant implied volatility: what
    /// ``hedgeDeltaPricer(for:times:)`` prepares; nil when the hedge trades at the implied
    /// volatility.
    static func hedgingScenario(of scenario: HedgeScenario) -> HedgeScenario? {
        guard let sigma = scenario.hedgingVolatility() else { return nil }
        var atHedging = scenario
        atHedging.market.volatility = sigma
        atHedging.dynamics.volatilityModel = .constant
        atHedging.hedge.volatility = .implied
        return atHedging
    }
}
