import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// Paths of each control run when the study has more (DESIGN.md §2.9): the first
    /// `controlPathBudget` of the study's paths, so a control run costs at most that many
    /// hedges per schedule, whatever `--paths` asks.
    public static let controlPathBudget = 1_000

    /// The figures of `report` that depart from their theory, as the report states them
    /// (``Explanation/departures(in:)``), each with a control run per cause the scenario has
    /// (``ControlCauses/present(in:)``) on the first `controlPaths` paths of the study.
    public func explanations(for report: MonteCarloReport, controlPaths: Int? = nil) throws(SimulationError) -> [Explanation] {
        let n = max(min(controlPaths ?? Self.controlPathBudget, paths), 2)
        var explanations = [Explanation]()
        for departure in Explanation.departures(in: report) {
            var base = scenario
            if let volatility = departure.realizedVolatility {
                // The mismatch batches hedge at the implied volatility whatever `--hedge-vol` says.
                base.dynamics.realizedVolatility = volatility
                base.hedge.volatility = .implied
            }
            let causes = ControlCauses.present(in: base)
            var explanation = Explanation(
                figure: departure.figure, value: departure.value, standardError: departure.standardError,
                theory: departure.theory, controlPaths: causes.isEmpty ? 0 : n, valueOnControlPaths: departure.value,
                rebalances: departure.rebalances, realizedVolatility: departure.realizedVolatility, causes: []
            )
            guard !causes.isEmpty else {
                explanations.append(explanation)
                continue
            }
            let measuredBase = try measure(departure, on: base, paths: n, theoryOf: nil)
            explanation.valueOnControlPaths = measuredBase.value
            for cause in causes {
                if departure.figure == .mismatchMeanMinusTheory, cause.id == .volatilityMismatch { continue }
                let control = cause.removed(from: base)
                guard let measured = try? measure(departure, on: control, paths: n, theoryOf: control) else { continue }
                let difference = zip(measuredBase.influence, measured.influence).map { $0 - $1 }
                let error = SampleStatistics(difference).meanStandardError
                explanation.causes.append(.init(
                    cause: cause.id, valueWithout: measured.value, standardErrorOfDifference: error,
                    base: measuredBase.value, theory: departure.theory, theoryWithout: measured.theory
                ))
            }
            explanations.append(explanation)
        }
        return explanations
    }

    /// A figure on `paths` paths of `variant`, with each path's influence on it (the per-path
    /// term whose mean is the estimate's first-order error), and the theory it is measured
    /// against when `theoryOf` asks for the control's own.
    private func measure(
        _ departure: Explanation.Departure, on variant: HedgeScenario, paths n: Int, theoryOf control: HedgeScenario?
    ) throws(SimulationError) -> (value: Double, influence: [Double], theory: Double?) {
        let horizon = variant.hedge.schedule.horizon
        switch departure.figure {
        case .finalPnLMean:
            let x = try outcomes(of: variant, on: [variant.hedge.schedule], paths: n)[0]
            guard departure.lessExactTheoryMean else { return (mean(x), x.map { $0 - mean(x) }, nil) }
            var theory = departure.theoryFigure
            if let control {
                theory = try theoryMeanOnOwnSchedule(of: control)
            }
            return (mean(x) - theory, x.map { $0 - mean(x) }, control == nil ? nil : theory)
        case .mismatchMeanMinusTheory:
            let x = try outcomes(of: variant, on: [variant.hedge.schedule], paths: n)[0]
            var theory = departure.theoryFigure
            if let control {
                theory = try theoryMean(of: control, realizedVolatility: departure.realizedVolatility ?? control.dynamics.realizedVolatility)
            }
            return (mean(x) - theory, x.map { $0 - mean(x) }, control == nil ? nil : theory)
        case .sweepSlope:
            let schedules = departure.sweep.map { RebalancingSchedule(rebalances: $0, over: horizon) }
            let x = try outcomes(of: variant, on: schedules, paths: n)
            let logs = departure.sweep.map { log(Double($0)) }
            let centre = logs.reduce(0, +) / Double(logs.count)
            let sxx = logs.reduce(0) { $0 + ($1 - centre) * ($1 - centre) }
            var slope = 0.0, influence = [Double](repeating: 0, count: n)
            for (i, sample) in x.enumerated() {
                let weight = (logs[i] - centre) / sxx
                let (logStd, terms) = logStandardDeviation(sample)
                slope += weight * logStd
                for k in 0..<n { influence[k] += weight * terms[k] }
            }
            return (slope, influence, nil)
        case .sweepStdOverTheory:
            // The sweep's schedules together, as the sweep hedged them: a GBM path is drawn at
            // the union of their dates (``finalProfits(of:on:batch:of:)``), so hedging one
            // schedule alone would be other paths, and on a payoff whose std rests on a few
            // paths another figure than the table's.
            let rebalances = departure.rebalances ?? 1
            let shared = variant.pathGenerator?.samplesAnyDates == true && departure.sweep.contains(rebalances)
            let sweep = shared ? departure.sweep : [rebalances]
            let schedules = sweep.map { RebalancingSchedule(rebalances: $0, over: horizon) }
            let x = try outcomes(of: variant, on: schedules, paths: n)[sweep.firstIndex(of: rebalances)!]
            var theory = departure.theoryFigure
            if let control {
                theory = try theoryStandardDeviation(of: control, rebalances: rebalances)
            }
            let (logStd, terms) = logStandardDeviation(x)
            let ratio = exp(logStd) / theory
            return (ratio, terms.map { ratio * $0 }, control == nil ? nil : theory)
        }
    }

    /// The textbook hedge's final P&L on each of `schedules` for the first `n` paths of
    /// `variant` (the textbook hedge alone: ``BatchOutput/finalProfit``).
    private func outcomes(of variant: HedgeScenario, on schedules: [RebalancingSchedule], paths n: Int) throws(SimulationError) -> [[Double]] {
        var variant = variant
        var study = self
        study.scenario = variant
        study.paths = n
        study.progress = nil
        if schedules.count == 1 {
            variant.hedge.schedule = schedules[0]
            return [try study.run(variant, computing: .finalProfit, batch: 0, of: 1, measuresGridError: false).finalPnL]
        }
        let (profits, _) = try study.finalProfits(of: variant, on: schedules, batch: 0, of: 1)
        return schedules.indices.map { Array(profits[$0]) }
    }

    /// The theory's std with `rebalances` intervals for `control` (``theoryMoments(_:rebalances:terms:premium:)``).
    private func theoryStandardDeviation(of control: HedgeScenario, rebalances: Int) throws(SimulationError) -> Double {
        var study = self
        study.scenario = control
        let premium = try premium(of: control)
        guard let std = study.theoryMoments(
            HedgingTheory(scenario: control, model: model), rebalances: rebalances, terms: study.theoryTerms(), premium: premium
        ).std, std > 0 else {
            throw SimulationError(.invalidInput(name: "control theory", value: "none", allowed: "a theory std"))
        }
        return std
    }

    /// The theory's mean final P&L of `control` on its own schedule (exact on a binomial walk's
    /// tree, ``theoryMoments(_:rebalances:terms:premium:)``).
    private func theoryMeanOnOwnSchedule(of control: HedgeScenario) throws(SimulationError) -> Double {
        var study = self
        study.scenario = control
        let premium = try premium(of: control)
        let rebalances = max(control.hedge.schedule.times.count - 1, 1)
        guard let mean = study.theoryMoments(
            HedgingTheory(scenario: control, model: model), rebalances: rebalances, terms: study.theoryTerms(), premium: premium
        ).mean else {
            throw SimulationError(.invalidInput(name: "control theory", value: "none", allowed: "a theory mean"))
        }
        return mean
    }

    /// The mismatch theory's mean at `volatility` for `control`.
    private func theoryMean(of control: HedgeScenario, realizedVolatility volatility: Double) throws(SimulationError) -> Double {
        let premium = try premium(of: control)
        do {
            return try HedgingTheory(scenario: control, model: model).expectedProfit(realizedVolatility: volatility, premium: premium)
        } catch {
            throw SimulationError(.pricingFailed(step: 0, time: 0, spot: control.market.spot, error))
        }
    }
}

/// The sample mean.
private func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(max(x.count, 1)) }

/// ln s of a sample, s its standard deviation, and each value's influence on it,
/// ((xₖ − x̄)² − s²)/(2s²) (the delta method: ln s = ½·ln s²).
private func logStandardDeviation(_ x: [Double]) -> (Double, [Double]) {
    let m = mean(x)
    let variance = x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(max(x.count - 1, 1))
    guard variance > 0 else { return (-.infinity, x.map { _ in 0 }) }
    return (0.5 * log(variance), x.map { (($0 - m) * ($0 - m) - variance) / (2 * variance) })
}
