import Foundation
import Pricing
import Simulation

extension WrongInformation {
    /// The hedge of `simulation` on the model path `hedger` gives: the model path at the true
    /// path's dates (cut to them when the option was exercised early), valued with `model` at
    /// the model path's own implied volatilities where it has them (``HedgerPath/volatilities``)
    /// and the true path's otherwise, and the two share balances compared from the scenario's
    /// `initialShares`.
    ///
    /// - Parameter startingPremium: the premium both hedges start from, USD per share, when the
    ///   run starts at the market's quote (`--start-premium market`; `simulation` already
    ///   starts there); nil: each path's model premium.
    /// - Throws: ``SimulationError`` when the model fails to price a date of the model path.
    public static func run(
        _ simulation: HedgeSimulation, hedger: HedgerPath, model: some PricingModel, startingPremium: Double? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(SimulationError) -> WrongInformation {
        let scenario = simulation.scenario
        let truth = simulation.valuedPath
        let count = truth.path.times.count
        let drawn = hedger.path(for: scenario, truth: truth.path)
        let modelPath = PricePath(times: Array(truth.path.times), spots: Array(drawn.spots.prefix(count)))
        let volatilities = hedger.volatilities.map { Array($0.prefix(count)) } ?? truth.markets.map(\.volatility)
        var valued = try ValuedPath.value(
            scenario.position.contract, along: modelPath, market: scenario.market,
            volatilities: volatilities, model: model, threads: threads
        )
        if let startingPremium, !valued.valuations.isEmpty { valued.valuations[0].price = startingPremium }
        return WrongInformation(
            truth: truth, model: valued, multiplier: scenario.position.multiplier, initialShares: scenario.hedge.initialShares
        )
    }
}
