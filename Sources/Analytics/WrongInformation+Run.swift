import Foundation
import Pricing
import Simulation

extension WrongInformation {
    /// The hedge of `simulation` on the model path `hedger` gives: the model path at the true
    /// path's dates (cut to them when the option was exercised early), valued with `model` at
    /// the true path's implied volatilities, and the two share balances compared.
    ///
    /// - Throws: ``SimulationError`` when the model fails to price a date of the model path.
    public static func run(
        _ simulation: HedgeSimulation, hedger: HedgerPath, model: some PricingModel,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(SimulationError) -> WrongInformation {
        let scenario = simulation.scenario
        let truth = simulation.valuedPath
        let count = truth.path.times.count
        let drawn = hedger.path(for: scenario, truth: truth.path)
        let modelPath = PricePath(times: Array(truth.path.times), spots: Array(drawn.spots.prefix(count)))
        let valued = try ValuedPath.value(
            scenario.position.contract, along: modelPath, market: scenario.market,
            volatilities: truth.markets.map(\.volatility), model: model, threads: threads
        )
        return WrongInformation(truth: truth, model: valued, multiplier: scenario.position.multiplier)
    }
}
