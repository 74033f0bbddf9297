import Foundation
import Pricing
import Simulation

/// What a Monte Carlo study found, USD for the whole position at the horizon unless said
/// otherwise. Means and stds come with their standard errors (``SampleStatistics``), theory
/// lines are for the horizon, volatility and path model simulated (``HedgingTheory``).
public struct MonteCarloReport: Sendable, Hashable, Codable {
    /// One number of rebalances of the frequency sweep.
    public struct SweepPoint: Sendable, Hashable, Codable {
        /// Rebalancing dates over the simulated horizon (N equal intervals).
        public var rebalances: Int
        /// Standard deviation of the textbook hedge's final P&L.
        public var std: Double
        /// The discrete-hedging std for this horizon and N, ``HedgingTheory``:
        /// √(½·m²·σr⁴·(H/N)·∫₀^H E[(Γ·S²)²] dt + implied-volatility noise); Derman–Kamal's
        /// √(π/4)·σ·|m|·𝒱/√N over an at-the-money option's whole life. On a binomial walk,
        /// the exact std on the walk's tree (``MonteCarloReport/theoryMethod``). Nil where the
        /// theory could not be computed (``MonteCarloReport/theoryUnavailable``).
        public var theory: Double?
        /// Mean final P&L.
        public var mean: Double
        /// The theory's mean final P&L: exact on a binomial walk's tree; otherwise the
        /// first-order expected P&L at the scenario's realized volatility
        /// (``HedgingTheory/expectedProfit(realizedVolatility:premium:)``), the same for every N.
        /// Nil where it could not be computed.
        public var theoryMean: Double?
        /// std/√n.
        public var meanStandardError: Double
        /// s·√((κ − 1)/(4n)), κ the sample kurtosis.
        public var stdStandardError: Double
        /// Fraction of the paths on which an American option was exercised early (0 for a
        /// European option; nil when not counted).
        public var earlyExerciseFraction: Double?
    }

    /// One realized volatility of the mismatch study (hedging at the implied volatility).
    public struct MismatchPoint: Sendable, Hashable, Codable {
        /// Volatility the paths move with, per √year.
        public var realizedVolatility: Double
        /// Mean final P&L of the textbook hedge.
        public var mean: Double
        public var std: Double
        /// Expected final P&L over the horizon H, ``HedgingTheory/expectedProfit(realizedVolatility:premium:)``:
        /// e^{rH}·m·(E_σr[e^{−rH}·P_σi(S_H, T−H)] − P_σi(S0, T)) under drift r − q; at H = T,
        /// m·[P(σr) − P(σi)]·e^{rT}, the option's value at the volatility that came true less
        /// what was paid for it, carried to expiry (first-order theory). Nil where the model
        /// cannot price at this volatility (``MonteCarloReport/theoryUnavailable``).
        public var theory: Double?
        /// std/√n.
        public var meanStandardError: Double
        /// s·√((κ − 1)/(4n)).
        public var stdStandardError: Double
        /// Fraction of the paths exercised early (American).
        public var earlyExerciseFraction: Double
    }

    public var paths: Int
    /// The textbook hedge's final P&L on the scenario's own schedule.
    public var finalPnL: DistributionSummary
    /// Standard errors of ``finalPnL``'s mean and std.
    public var finalPnLStatistics: SampleStatistics
    /// The discrete-hedging std of ``finalPnL`` on the scenario's own schedule (N its number of
    /// intervals, δt = H/N), with the implied-volatility noise (``HedgingTheory``); nil when
    /// it could not be computed.
    public var finalPnLTheoryStd: Double?
    /// The expected final P&L at the scenario's realized volatility
    /// (``HedgingTheory/expectedProfit(realizedVolatility:premium:)``); nil when it could not
    /// be computed.
    public var finalPnLTheoryMean: Double?
    /// Why some theory figure is missing: the pricing model's refusal (a CRR lattice cannot
    /// price at a volatility too small for its drift), named once; nil when every figure is
    /// there.
    public var theoryUnavailable: String?
    /// Fraction of the scenario's own paths on which an American option was exercised early
    /// (0 for a European option): where it is not small, the theory lines do not apply.
    public var earlyExerciseFraction: Double
    /// Whether the theory's std describes the simulated paths: ``HedgingTheory/discreteHedgingTheoryApplies``
    /// (GBM at the implied volatility, or a walk on its tree), and no American option exercised
    /// early on the run's or the sweep's paths (``theoryIgnoresEarlyExercise``).
    public var discreteHedgingTheoryApplies: Bool
    /// True when the formula would apply but an American option was exercised early on some of
    /// the study's paths: the discrete-hedging line is then the formula evaluated on the
    /// option's Γ as if it were never exercised (a European result), which a report draws as a
    /// reference only, labelled so, and judges no gap against.
    public var theoryIgnoresEarlyExercise: Bool
    /// How the theory lines were computed (``HedgingTheory/Method``).
    public var theoryMethod: HedgingTheory.Method
    /// True when the drift is not r − q: the mismatch theory (and ``finalPnLTheoryMean``)
    /// assumes it is, and a report says so.
    public var mismatchTheoryAssumesDriftEqualsRate: Bool
    /// Each share-balance estimator's cumulative residual, by estimator name.
    public var residuals: [String: DistributionSummary]
    /// Each estimator's mean Σ|ε|, by estimator name.
    public var meanTotalAbsResidual: [String: Double]
    public var sweep: [SweepPoint]
    /// The log–log least-squares fit of the sweep's std against N (nil with fewer than two N).
    public var sweepFit: PowerLawFit?
    /// With transaction costs, the number of rebalances in the sweep that minimises the
    /// hedger's trade-off between expected cost and risk, −mean + std of the final P&L (more
    /// trades shrink the std and cost money); nil without costs.
    public var costTradeOffOptimum: Int?
    public var volatilityMismatch: [MismatchPoint]
    /// Worst premium error of the interpolation grid against direct pricing, USD per share,
    /// and as a fraction of the initial premium (nil when no grid was needed, or when the premium
    /// is zero and no fraction of it is defined), measured on the
    /// grid of the scenario's own dates; the sweep's grids are built the same way.
    public var gridError: Double?
    public var gridErrorRelative: Double?
    /// Lattice valuations spent on grids.
    public var gridPoints: Int
    /// With traded options, the shares-only hedge and each richer one on the same paths
    /// (``OptionHedge``); nil without them.
    public var hedgeComparison: [HedgeComparisonPoint]?

    /// One hedge's final P&L over the study's paths, USD.
    public struct HedgeComparisonPoint: Sendable, Hashable, Codable {
        /// `shares`, `delta-gamma` or `delta-gamma-vega` (``OptionHedgeKind``).
        public var hedge: String
        public var mean: Double
        public var std: Double
        public var meanStandardError: Double
        public var stdStandardError: Double
        /// Mean over the paths of the value traded, options and shares, set-up included, USD.
        public var meanTradedValue: Double
    }

    /// The rebalancing rules compared on the same paths with costs, in the order compared
    /// (``MonteCarloStudy/compareRules(_:)``); nil when they were not compared.
    public var rules: [RuleOutcome]? = nil
    /// The same paths hedged with the Δ at the implied and at the realized volatility (and at the
    /// run's `--hedge-vol` number), ``MonteCarloStudy/compareHedgeVolatilities(sweep:)``; nil when
    /// they were not compared.
    public var hedgeVolatilities: [HedgeVolatilityOutcome]? = nil
}

extension MonteCarloStudy {
    /// Runs the study: the scenario's own schedule, then the frequency sweep over the numbers
    /// of rebalances in `sweep` (``sweep(_:)``, on paths the frequencies share), then each
    /// volatility in `realizedVolatilities` (on the scenario's schedule).
    public func report(sweep: [Int], realizedVolatilities: [Double]) throws(SimulationError) -> MonteCarloReport {
        try reportKeepingMainBatch(sweep: sweep, realizedVolatilities: realizedVolatilities).report
    }

    /// ``report(sweep:realizedVolatilities:)`` and the per-path figures of its first batch, the
    /// scenario's own schedule (for paired comparisons of scenarios on the same paths).
    public func reportKeepingMainBatch(
        sweep: [Int], realizedVolatilities: [Double]
    ) throws(SimulationError) -> (report: MonteCarloReport, main: Batch) {
        let initial: Valuation
        do {
            initial = try model.valuation(of: scenario.position.contract, in: scenario.market)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: scenario.market.spot, error))
        }
        let batches = 1 + (sweep.isEmpty ? 0 : 1) + realizedVolatilities.count
        let main = try run(scenario, computing: .asked(by: scenario), batch: 0, of: batches)
        let gridError = main.gridError
        var gridPoints = main.gridPoints
        let theory = HedgingTheory(scenario: scenario, model: model)
        let terms = theoryTerms()
        var unavailable: String?
        if case let .failure(error) = terms { unavailable = error.description }

        let (sweepPoints, sweepGridPoints) = try self.sweep(sweep, theory: terms, batch: 1, of: batches)
        gridPoints += sweepGridPoints

        var mismatch = [MonteCarloReport.MismatchPoint]()
        let mismatchScenarios = Self.mismatchScenarios(of: scenario, realizedVolatilities)
        let variants = mismatchScenarios?.variants ?? []
        for variant in variants { try variant.validate() }
        let mismatchPricer = try mismatchScenarios.map { (scenarios) throws(SimulationError) in
            try pricer(for: scenarios.widest, computing: .finalProfit, times: scenario.hedge.schedule.times, measuringError: false)
        }
        gridPoints += mismatchPricer?.gridPoints ?? 0
        let mismatchBatches = try self.mismatchBatches(
            variants, pricer: mismatchPricer?.pricer, firstBatch: batches - realizedVolatilities.count, of: batches
        )
        for (variant, batch) in zip(variants, mismatchBatches) {
            let volatility = variant.dynamics.realizedVolatility
            let statistics = SampleStatistics(batch.finalPnL)
            mismatch.append(.init(
                realizedVolatility: volatility, mean: statistics.mean, std: statistics.standardDeviation,
                theory: expectedProfit(theory, volatility, premium: initial.price, unavailable: &unavailable),
                meanStandardError: statistics.meanStandardError,
                stdStandardError: statistics.standardDeviationStandardError,
                earlyExerciseFraction: Double(batch.earlyExercises) / Double(paths)
            ))
        }
        let ownRebalances = max(scenario.hedge.schedule.times.count - 1, 1)
        // The discrete-hedging formula is a European result: an exercise on any path of the run
        // or of the sweep takes the study outside it (the walk's tree includes exercise).
        let exercisedEarly = main.earlyExercises > 0 || sweepPoints.contains { ($0.earlyExerciseFraction ?? 0) > 0 }
        let ignoresExercise = exercisedEarly && theory.method == .horizonFormula && theory.discreteHedgingTheoryApplies

        let names = scenario.hedge.estimators.map(\.rawValue)
        // Each summary sorts `paths` values: the final P&L's and each estimator's residuals' on
        // the workers at once, not one after another while a core waits.
        let summaries = concurrentMap(1 + main.cumulativeResiduals.count, threads: threads) { (sample: Int) -> DistributionSummary in
            DistributionSummary(sample == 0 ? main.finalPnL : main.cumulativeResiduals[sample - 1])
        }
        let report = MonteCarloReport(
            paths: paths,
            finalPnL: summaries[0],
            finalPnLStatistics: SampleStatistics(main.finalPnL),
            finalPnLTheoryStd: ownTheoryStandardDeviation(theory, rebalances: ownRebalances, terms: terms),
            finalPnLTheoryMean: expectedProfit(theory, scenario.dynamics.realizedVolatility, premium: initial.price, unavailable: &unavailable),
            theoryUnavailable: unavailable,
            earlyExerciseFraction: Double(main.earlyExercises) / Double(paths),
            discreteHedgingTheoryApplies: theory.discreteHedgingTheoryApplies && !ignoresExercise,
            theoryIgnoresEarlyExercise: ignoresExercise,
            theoryMethod: theory.method,
            mismatchTheoryAssumesDriftEqualsRate: theory.expectedProfitAssumesOtherDrift,
            residuals: Dictionary(uniqueKeysWithValues: zip(names, summaries.dropFirst())),
            meanTotalAbsResidual: Dictionary(uniqueKeysWithValues: zip(names, main.totalAbsResiduals.map { $0.reduce(0, +) / Double(max($0.count, 1)) })),
            sweep: sweepPoints,
            sweepFit: PowerLawFit(
                rebalances: sweepPoints.map(\.rebalances), std: sweepPoints.map(\.std),
                standardErrors: sweepPoints.map(\.stdStandardError)
            ),
            costTradeOffOptimum: scenario.hedge.costs == .none ? nil
                : sweepPoints.min { $0.std - $0.mean < $1.std - $1.mean }?.rebalances,
            volatilityMismatch: mismatch,
            gridError: gridError,
            gridErrorRelative: initial.price > 0 ? gridError.map { $0 / initial.price } : nil,
            gridPoints: gridPoints,
            hedgeComparison: main.optionHedgeFinalPnL.isEmpty ? nil
                : zip(OptionHedgeKind.compared(options: scenario.hedge.tradedOptions.count), zip(main.optionHedgeFinalPnL, main.optionHedgeTradedValue))
                    .map { kind, perPath in
                        let (finalPnL, tradedValue) = perPath
                        let statistics = SampleStatistics(finalPnL)
                        return MonteCarloReport.HedgeComparisonPoint(
                            hedge: kind.rawValue, mean: statistics.mean, std: statistics.standardDeviation,
                            meanStandardError: statistics.meanStandardError, stdStandardError: statistics.standardDeviationStandardError,
                            meanTradedValue: tradedValue.reduce(0, +) / Double(max(tradedValue.count, 1))
                        )
                    }
        )
        return (report, main)
    }

    /// The mismatch study's scenarios: `scenario` at each of `realizedVolatilities`, hedged at the
    /// implied volatility whatever `--hedge-vol` says, and the one whose grid serves them all
    /// (they share the scenario's dates; its range is wide enough for the most volatile paths);
    /// nil without a volatility.
    static func mismatchScenarios(
        of scenario: HedgeScenario, _ realizedVolatilities: [Double]
    ) -> (variants: [HedgeScenario], widest: HedgeScenario)? {
        guard let highest = realizedVolatilities.max() else { return nil }
        let variants = realizedVolatilities.map { volatility in
            var variant = scenario
            variant.dynamics.realizedVolatility = volatility
            variant.hedge.volatility = .implied
            return variant
        }
        var widest = scenario
        widest.dynamics.realizedVolatility = highest
        return (variants, widest)
    }

    /// The theory's std on the scenario's own schedule: exact on a walk's tree, the formula
    /// with the schedule's number of intervals otherwise; nil when it cannot be computed.
    private func ownTheoryStandardDeviation(
        _ theory: HedgingTheory, rebalances: Int, terms: Result<TheoryTerms, PricingError>
    ) -> Double? {
        guard case let .success(terms) = terms, theory.method != .none else { return nil }
        do {
            if let moments = try theory.walkProfitMoments(volatility: scenario.dynamics.realizedVolatility) {
                return (moments.variance + terms.noiseVariance).squareRoot().finite
            }
        } catch {
            return nil
        }
        return theory.standardDeviation(rebalances: rebalances, gammaIntegral: terms.gammaIntegral, noiseVariance: terms.noiseVariance).finite
    }

    /// ``HedgingTheory/expectedProfit(realizedVolatility:premium:)``, or nil with the first
    /// reason kept in `unavailable`; nil where no theory applies (``HedgingTheory/Method/none``).
    private func expectedProfit(
        _ theory: HedgingTheory, _ volatility: Double, premium: Double, unavailable: inout String?
    ) -> Double? {
        guard theory.method != .none else { return nil }
        do {
            return try theory.expectedProfit(realizedVolatility: volatility, premium: premium).finite
        } catch {
            if unavailable == nil { unavailable = "at a realized volatility of \(volatility): \(error.description)" }
            return nil
        }
    }
}
