import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// Whether a study of `scenario` compares the volatilities the hedge may trade its Δ at: one
    /// option whose path realizes a volatility other than the implied one, or a run that hedges
    /// at another volatility than the implied one (`--hedge-vol`). Not under Leland's rule, which
    /// trades the Δ at a volatility of its own, nor below a realized volatility of 1% (a share that
    /// hardly moves has no Δ at its volatility that a lattice can price).
    public static func comparesHedgeVolatilities(_ scenario: HedgeScenario) -> Bool {
        scenario.book.isSingleOption && scenario.hedge.rebalancing.ownHedgingVolatility == nil && scenario.dynamics.realizedVolatility >= 0.01
            && (scenario.hedge.volatility != .implied || scenario.dynamics.realizedVolatility != scenario.market.volatility)
            && hedgeVolatilityChoices(scenario).count > 1
    }

    /// The volatilities the comparison hedges at: the implied one, the realized one and the
    /// scenario's own `--hedge-vol` number, each only once — a choice whose Δ volatility equals
    /// an earlier one's hedges the same paths with the same Δ, so it is left out (the realized
    /// hedge of a run that realizes its implied volatility is the implied hedge).
    public static func hedgeVolatilityChoices(_ scenario: HedgeScenario) -> [HedgeVolatility] {
        var candidates: [HedgeVolatility] = [.implied, .realized]
        if case .fixed = scenario.hedge.volatility { candidates.append(scenario.hedge.volatility) }
        var seen = [Double]()
        return candidates.filter { choice in
            var variant = scenario
            variant.hedge.volatility = choice
            let sigma = variant.hedgingVolatility() ?? scenario.market.volatility
            defer { seen.append(sigma) }
            return !seen.contains(sigma)
        }
    }

    /// Hedges the study's paths at the implied volatility, at the realized one, and at the
    /// scenario's own `--hedge-vol` number when it has one, on the scenario's own schedule and on
    /// each number of rebalances of `rebalances` (the frequency sweep): the same paths for every
    /// choice (path k's seed, the same dates), so the choices differ by their Δ only.
    ///
    /// The own schedule's paths are drawn at its dates alone and the sweep's at the sweep's dates,
    /// as the main study (``report(sweep:realizedVolatilities:)``) draws them: a GBM path drawn on
    /// a finer grid is another path at the same dates, so one shared draw would hedge other paths
    /// than the study's. The choice the run itself hedges with thus repeats the main study's
    /// figures and sweep.
    ///
    /// - Returns: one ``HedgeVolatilityOutcome`` per choice, implied first.
    /// - Throws: ``SimulationError`` when the scenario is invalid or pricing fails.
    public func compareHedgeVolatilities(sweep rebalances: [Int]) throws(SimulationError) -> [HedgeVolatilityOutcome] {
        let choices = Self.hedgeVolatilityChoices(scenario)
        for n in rebalances where n < 1 {
            throw SimulationError(.invalidInput(name: "number of rebalances", value: "\(n)", allowed: "a whole number ≥ 1"))
        }
        let sweepSchedules = Self.schedules(rebalances: rebalances, over: scenario.hedge.schedule.horizon)
        let premium: Double
        do {
            premium = try model.price(of: scenario.position.contract, in: scenario.market)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: scenario.market.spot, error))
        }
        let ownRebalances = max(scenario.hedge.schedule.times.count - 1, 1)
        var outcomes = [HedgeVolatilityOutcome]()
        for (index, choice) in choices.enumerated() {
            var variant = scenario
            variant.hedge.volatility = choice
            try variant.validate()
            let batches = 2 * choices.count
            let (ownProfits, _) = try finalProfits(of: variant, on: [scenario.hedge.schedule], batch: 2 * index, of: batches)
            let profits = sweepSchedules.isEmpty
                ? FinalProfits(values: [], paths: paths)
                : try finalProfits(of: variant, on: sweepSchedules, batch: 2 * index + 1, of: batches).0
            let theory = hedgeVolatilityTheory(variant, premium: premium)
            let own = SampleStatistics(ownProfits[0])
            let sweep = rebalances.enumerated().map { offset, n in
                let statistics = SampleStatistics(profits[offset])
                return MonteCarloReport.SweepPoint(
                    rebalances: n, std: statistics.standardDeviation, theory: theory.std?(n), mean: statistics.mean,
                    theoryMean: theory.mean, meanStandardError: statistics.meanStandardError,
                    stdStandardError: statistics.standardDeviationStandardError,
                    earlyExerciseFraction: profits.earlyExercises.map { Double($0[offset]) / Double(paths) }
                )
            }
            outcomes.append(HedgeVolatilityOutcome(
                hedgeVolatility: choice.name, volatility: variant.hedgingVolatility() ?? scenario.market.volatility,
                mean: own.mean, meanStandardError: own.meanStandardError, std: own.standardDeviation,
                stdStandardError: own.standardDeviationStandardError,
                theoryMean: theory.mean, theoryStd: theory.std?(ownRebalances),
                theoryMeanOmitted: theory.mean == nil ? theory.meanOmitted : nil,
                theoryStdOmitted: theory.std == nil ? theory.stdOmitted : nil,
                sweep: sweep,
                sweepFit: PowerLawFit(
                    rebalances: sweep.map(\.rebalances), std: sweep.map(\.std), standardErrors: sweep.map(\.stdStandardError)
                )
            ))
        }
        return outcomes
    }

    /// The theory of one choice (``HedgeVolatilityOutcome``): the expected P&L, and the std as
    /// a function of the number of rebalances, each with the reason when it is left out.
    private func hedgeVolatilityTheory(
        _ variant: HedgeScenario, premium: Double
    ) -> (mean: Double?, meanOmitted: String?, std: ((Int) -> Double?)?, stdOmitted: String?) {
        let theory = HedgingTheory(scenario: variant, model: model)
        let contract = variant.position.contract
        guard theory.method == .horizonFormula else {
            let reason = "no theory line for this path model: the formulas are derived for geometric Brownian motion"
            return (nil, reason, nil, reason)
        }
        guard contract.style == .european else {
            let reason = "an American option is exercised where it is optimal at the implied volatility, which ends "
                + "the hedge before expiry on some paths: m·(V(σr) − V(σi))·e^{rT} and the discrete-hedging variance "
                + "assume the position runs to expiry. What carries over is the mechanism (the hedge at σr tracks the "
                + "option's value at σr, the hedge at σi collects gamma rent at σi), not the figures"
            return (nil, reason, nil, reason)
        }
        let sigmaI = variant.market.volatility, sigmaR = variant.dynamics.realizedVolatility
        let sigmaH = variant.hedgingVolatility() ?? sigmaI
        let toExpiry = variant.hedge.schedule.horizon >= contract.expiry * (1 - 1e-12)
        var mean: Double?, meanOmitted: String?
        if !theory.expectedProfitAssumesOtherDrift || (toExpiry && sigmaH == sigmaR) {
            // Under drift r − q every hedge has this mean; hedged at σr to expiry the P&L tends
            // to it whatever the drift.
            do {
                mean = try theory.expectedProfit(realizedVolatility: sigmaR, premium: premium).finite
            } catch {
                meanOmitted = "the model cannot price the theory's points: \(error.description)"
            }
        } else {
            meanOmitted = "the drift is not r − q, and the expected P&L of a hedge not at σr to expiry depends on it"
        }
        guard sigmaH == sigmaR else {
            let stdOmitted = sigmaH == sigmaI
                ? "hedged at σi the P&L is path-dependent, Σ ½·m·Γ(σi)·S²·(σr² − σi²)·δt: its spread depends on where "
                    + "the path spends its time near the strike, and is not computed here"
                : "hedged at a volatility other than σr the P&L keeps a path-dependent part, Σ ½·m·Γ·S²·(σr² − σ²)·δt, "
                    + "whose spread is not computed here"
            return (mean, meanOmitted, nil, stdOmitted)
        }
        guard toExpiry else {
            return (mean, meanOmitted, nil,
                    "before expiry the option is marked at σi while the hedge follows σr: the gap m·(P_σi − P_σr) at S_H "
                        + "adds a spread the discrete-hedging formula leaves out")
        }
        // The discrete-hedging error of a hedge at σr on paths at σr: ``HedgingTheory`` with σi
        // replaced by σr (Γ at σr), the implied volatility's noise irrelevant at expiry.
        var atRealized = variant
        atRealized.market.volatility = sigmaR
        atRealized.hedge.volatility = .implied
        atRealized.dynamics.volatilityModel = .constant
        let realizedTheory = HedgingTheory(scenario: atRealized, model: model)
        do {
            let integral = try realizedTheory.gammaIntegral()
            return (mean, meanOmitted, { n in
                realizedTheory.standardDeviation(rebalances: n, gammaIntegral: integral, noiseVariance: 0).finite
            }, nil)
        } catch {
            return (mean, meanOmitted, nil, "the model cannot price the theory's points at σr: \(error.description)")
        }
    }
}

extension MonteCarloReport {
    /// The report with the comparison of hedging volatilities (``hedgeVolatilities``). When the
    /// scenario itself hedges at another volatility than the implied one, the run's own theory
    /// std and the sweep's are that choice's (the formula at σi describes another hedge), or
    /// none with the choice's reason.
    ///
    /// The row of the run's own choice takes the main study's figures on its schedule: the same
    /// hedge on the same paths, which the main study prices along the full ledger (direct
    /// lattice Δ at the hedging volatility) and the comparison without it (Δ from a grid), a few
    /// cents apart on an American option; one hedge must not show two figures.
    public func withHedgeVolatilities(_ outcomes: [HedgeVolatilityOutcome], hedging choice: HedgeVolatility) -> MonteCarloReport {
        var report = self
        report.hedgeVolatilities = outcomes.map { outcome in
            guard outcome.hedgeVolatility == choice.name else { return outcome }
            var own = outcome
            own.mean = finalPnLStatistics.mean
            own.meanStandardError = finalPnLStatistics.meanStandardError
            own.std = finalPnLStatistics.standardDeviation
            own.stdStandardError = finalPnLStatistics.standardDeviationStandardError
            return own
        }
        guard choice != .implied, let own = outcomes.first(where: { $0.hedgeVolatility == choice.name }) else { return report }
        report.finalPnLTheoryStd = own.theoryStd
        for index in report.sweep.indices {
            report.sweep[index].theory = own.sweep.first { $0.rebalances == report.sweep[index].rebalances }?.theory
        }
        // No line at all is no reference line either.
        if report.sweep.allSatisfy({ $0.theory == nil }) { report.theoryIgnoresEarlyExercise = false }
        return report
    }
}
