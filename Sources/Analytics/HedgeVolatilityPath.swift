import Pricing
import Simulation

/// The textbook hedge of the run's one path at each volatility the study compares
/// (``MonteCarloStudy/compareHedgeVolatilities(sweep:)``): its mark-to-market P&L at every
/// date, the option marked at the implied volatility whatever the Δ traded.
///
/// Hedged at σr, the P&L swings while it travels towards a known end, m·(V(σr) − V(σi))·e^{rT};
/// hedged at σi, it moves smoothly, ½·m·Γ(σi)·S²·(σr² − σi²) a year, and ends wherever the path
/// took it (Ahmad & Wilmott 2005).
public struct HedgeVolatilityPath: Sendable, Hashable, Codable {
    /// The choice as `--hedge-vol` takes it: `implied`, `realized` or the number.
    public var hedgeVolatility: String
    /// The volatility the Δ was computed at, per √year.
    public var volatility: Double
    /// Years from the start of each date of the path.
    public var times: [Double]
    /// The textbook hedge's P&L at each date, USD.
    public var profits: [Double]

    /// The path of `simulation` hedged at the implied volatility, at the realized one (the
    /// scenario's, or an observed path's own) and at the scenario's `--hedge-vol` number when it
    /// has one — each distinct volatility once (``MonteCarloStudy/hedgeVolatilityChoices(_:)``) —
    /// each on the scenario's rule and costs, the Δ priced by `model`.
    public static func compare(_ simulation: HedgeSimulation, model: some PricingModel) throws(SimulationError) -> [HedgeVolatilityPath] {
        let scenario = simulation.scenario
        let choices = MonteCarloStudy.hedgeVolatilityChoices(scenario)
        let valued = simulation.valuedPath
        return try choices.map { (choice: HedgeVolatility) throws(SimulationError) -> HedgeVolatilityPath in
            var variant = scenario
            variant.hedge.volatility = choice
            let rows = TextbookHedge.run(
                on: valued, multiplier: scenario.position.multiplier, costs: scenario.hedge.costs, rule: scenario.hedge.rebalancing,
                hedgeDeltas: try variant.hedgeVolatilityDeltas(along: valued, model: model)
            )
            return HedgeVolatilityPath(
                hedgeVolatility: choice.name, volatility: variant.hedgingVolatility() ?? scenario.market.volatility,
                times: rows.map(\.time), profits: rows.map(\.profitAndLoss)
            )
        }
    }
}
