import Foundation
import Pricing
import Simulation

/// What a Monte Carlo study found, USD for the whole position unless said otherwise.
public struct MonteCarloReport: Sendable, Hashable, Codable {
    /// One number of rebalances of the frequency sweep.
    public struct SweepPoint: Sendable, Hashable, Codable {
        /// Rebalancing dates over the option's life.
        public var rebalances: Int
        /// Standard deviation of the textbook hedge's final P&L.
        public var std: Double
        /// Derman–Kamal: √(π/4)·σ·|m|·𝒱/√N.
        public var theory: Double
        /// Mean final P&L.
        public var mean: Double
    }

    /// One realized volatility of the mismatch study (hedging at the implied volatility).
    public struct MismatchPoint: Sendable, Hashable, Codable {
        /// Volatility the paths move with, per √year.
        public var realizedVolatility: Double
        /// Mean final P&L of the textbook hedge.
        public var mean: Double
        public var std: Double
        /// m·[P(σ realized) − P(σ implied)]·e^{rT}: the option's value at the volatility that
        /// came true less what was paid for it, carried to expiry (first-order theory).
        public var theory: Double
    }

    public var paths: Int
    /// The textbook hedge's final P&L on the scenario's own schedule.
    public var finalPnL: DistributionSummary
    /// Each share-balance estimator's cumulative residual, by estimator name.
    public var residuals: [String: DistributionSummary]
    /// Each estimator's mean Σ|ε|, by estimator name.
    public var meanTotalAbsResidual: [String: Double]
    public var sweep: [SweepPoint]
    /// With transaction costs, the number of rebalances in the sweep that minimises the
    /// hedger's trade-off between expected cost and risk, −mean + std of the final P&L (more
    /// trades shrink the std and cost money); nil without costs.
    public var costTradeOffOptimum: Int?
    public var volatilityMismatch: [MismatchPoint]
    /// Worst premium error of the interpolation grid against direct pricing, USD per share,
    /// and as a fraction of the initial premium (nil when no grid was needed), measured on the
    /// grid of the scenario's own dates; the sweep's grids are built the same way.
    public var gridError: Double?
    public var gridErrorRelative: Double?
    /// Lattice valuations spent on grids.
    public var gridPoints: Int
}

extension MonteCarloStudy {
    /// Runs the study: the scenario's own schedule, then the frequency sweep over the numbers
    /// of rebalances in `sweep` (``sweep(_:)``, on paths the frequencies share), then each
    /// volatility in `realizedVolatilities` (on the scenario's schedule).
    public func report(sweep: [Int], realizedVolatilities: [Double]) throws(SimulationError) -> MonteCarloReport {
        let contract = scenario.position.contract
        let m = scenario.position.multiplier
        let initial: Valuation
        do {
            initial = try model.valuation(of: contract, in: scenario.market)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: scenario.market.spot, error))
        }
        let batches = 1 + (sweep.isEmpty ? 0 : 1) + realizedVolatilities.count
        let main = try run(scenario, batch: 0, of: batches)
        let gridError = main.gridError
        var gridPoints = main.gridPoints

        let (sweepPoints, sweepGridPoints) = try self.sweep(sweep, vega: initial.vega, batch: 1, of: batches)
        gridPoints += sweepGridPoints

        var mismatch = [MonteCarloReport.MismatchPoint]()
        let variants = realizedVolatilities.map { volatility in
            var variant = scenario
            variant.realizedVolatility = volatility
            variant.estimators = []
            return variant
        }
        for variant in variants { try variant.validate() }
        // The batches share the scenario's dates: one grid, wide enough for the most volatile
        // paths, serves them all.
        var widest = scenario
        widest.realizedVolatility = realizedVolatilities.max() ?? scenario.realizedVolatility
        let mismatchPricer = variants.isEmpty ? nil
            : try pricingModel(for: widest, times: scenario.schedule.times, measuringError: false)
        gridPoints += mismatchPricer?.gridPoints ?? 0
        for (index, variant) in variants.enumerated() {
            let volatility = variant.realizedVolatility
            let batch = try run(
                variant, batch: batches - realizedVolatilities.count + index, of: batches, measuresGridError: false,
                pricer: mismatchPricer?.model
            )
            let summary = DistributionSummary.meanAndStandardDeviation(batch.finalPnL)
            var realized = scenario.market
            realized.volatility = max(volatility, 1e-4)
            let valueAtRealized: Double
            do {
                valueAtRealized = try model.price(of: contract, in: realized)
            } catch {
                throw SimulationError(.pricingFailed(step: 0, time: 0, spot: scenario.market.spot, error))
            }
            let theory = m * (valueAtRealized - initial.price) * exp(scenario.market.rate * scenario.schedule.horizon)
            mismatch.append(.init(realizedVolatility: volatility, mean: summary.mean, std: summary.standardDeviation, theory: theory))
        }

        let names = scenario.estimators.map(\.rawValue)
        return MonteCarloReport(
            paths: paths,
            finalPnL: DistributionSummary(main.finalPnL),
            residuals: Dictionary(uniqueKeysWithValues: zip(names, main.cumulativeResiduals.map { DistributionSummary($0) })),
            meanTotalAbsResidual: Dictionary(uniqueKeysWithValues: zip(names, main.totalAbsResiduals.map { $0.reduce(0, +) / Double(max($0.count, 1)) })),
            sweep: sweepPoints,
            costTradeOffOptimum: scenario.costs == .none ? nil
                : sweepPoints.min { $0.std - $0.mean < $1.std - $1.mean }?.rebalances,
            volatilityMismatch: mismatch,
            gridError: gridError,
            gridErrorRelative: gridError.map { $0 / initial.price },
            gridPoints: gridPoints
        )
    }
}
