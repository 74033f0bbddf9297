import Foundation
import Pricing
import Simulation

/// The hedge on wrong information over many pairs of true and model paths: for each
/// correlation ρ of the model path's draws with the true path's, the distribution of the last
/// date's percentage error PE (``WrongInformation``) over the pairs.
///
/// Pair k draws its true path as the Monte Carlo study's path k (``MonteCarloStudy``'s seeds)
/// and its model path's independent draws from the hedger's seed mixed with k; each ρ uses the
/// same pairs, so the curve against ρ is free of the noise of redrawing. The option is valued
/// with the pricing model's prepared form (a grid for a lattice), as in the Monte Carlo study.
public struct WrongInformationStudy: Sendable, Hashable, Codable {
    /// The last date's PE over the pairs at one correlation.
    public struct Point: Sendable, Hashable, Codable {
        /// ρ, the correlation of the model path's draws with the true path's.
        public var correlation: Double
        /// The last date's PE, percent, over the pairs (pairs where LVT is 0 left out).
        public var finalPercentError: DistributionSummary
        /// The mean over the pairs of the largest |PE| along each pair, percent.
        public var meanLargestAbsolutePercentError: Double
    }

    /// Pairs of paths per correlation.
    public var pairs: Int
    /// One point per correlation, in increasing ρ.
    public var points: [Point]

    /// Runs `pairs` pairs at each of `correlations` for `scenario` (geometric Brownian motion),
    /// the hedger's independent draws from `hedgerSeed`.
    ///
    /// - Throws: ``SimulationError`` when the model fails to price a date.
    public static func run(
        scenario: HedgeScenario, model: any PricingModel, pairs: Int, correlations: [Double], hedgerSeed: UInt64,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(SimulationError) -> WrongInformationStudy {
        precondition(pairs >= 2, "a distribution needs two pairs")
        let study = MonteCarloStudy(scenario: scenario, model: model, paths: pairs, threads: threads)
        let times = scenario.hedge.schedule.times
        // Both paths of a pair are valued in full (every Greek, for the share-balance estimators).
        let pricer = try study.fullPricer(for: scenario, hedges: .textbookOnly, times: times, measuringError: false).model
        let m = scenario.position.multiplier
        let contract = scenario.position.contract
        let sorted = Array(Set(correlations)).sorted()
        // Each pair's results at every ρ, computed on up to `threads` workers; pair k's values do
        // not depend on the worker, so the study is the same whatever the thread count.
        let results = try concurrentMap(pairs, threads: threads) { (k: Int) throws(SimulationError) -> [(final: Double?, largest: Double)] in
            var truthScenario = scenario
            truthScenario.dynamics.seed = MonteCarloStudy.pathSeed(scenario.dynamics.seed, k)
            let truePath = truthScenario.pricePath()
            let truth = try ValuedPath.value(contract, along: truePath, market: scenario.market, model: pricer)
            let perfect = ShareBalanceHedge.run(on: truth, multiplier: m, estimator: .exact, initialShares: scenario.hedge.initialShares)
            return try sorted.map { (rho: Double) throws(SimulationError) -> (final: Double?, largest: Double) in
                let hedger = HedgerPath.correlated(rho: rho, seed: MonteCarloStudy.pathSeed(hedgerSeed, k))
                let modelPath = hedger.path(for: truthScenario, truth: truePath)
                let valued = try ValuedPath.value(contract, along: modelPath, market: scenario.market, model: pricer)
                let comparison = WrongInformation(
                    truth: truth, model: valued, multiplier: m, initialShares: scenario.hedge.initialShares, perfect: perfect
                )
                let largest = comparison.steps.compactMap(\.percentError).map(abs).max() ?? 0
                return (comparison.finalPercentError, largest)
            }
        }
        let points = sorted.indices.map { index in
            let finals = results.compactMap { $0[index].final }
            let largest = results.map { $0[index].largest }
            return Point(
                correlation: sorted[index],
                finalPercentError: DistributionSummary(finals.isEmpty ? [0] : finals),
                meanLargestAbsolutePercentError: largest.reduce(0, +) / Double(largest.count)
            )
        }
        return WrongInformationStudy(pairs: pairs, points: points)
    }
}
