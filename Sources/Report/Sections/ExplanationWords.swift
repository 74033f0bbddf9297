import Analytics
import Foundation
import Simulation

/// The sentences that say why a figure of the Monte Carlo study departs from its theory,
/// written from its control runs (``Explanation``, DESIGN.md §2.9): a cause is named as the
/// explanation only where removing it on the same paths moved the figure by more than 2
/// standard errors of the paired difference and closed at least ``Explanation/materialShare``
/// of the departure, with both figures; a cause past 2 standard errors that closes less is
/// reported as measurable but small, with its share; with no material cause the page says the
/// departure is unexplained by the candidates tried.
struct ExplanationWords {
    var context: ReportContext

    /// The explanation of `figure` in this run, if the study made one.
    func explanation(_ figure: Explanation.Figure) -> Explanation? {
        context.analysis.explanations.first { $0.figure == figure }
    }

    /// The sentence for `figure`, empty when the study did not explain it (the page then states
    /// the departure and no cause).
    func sentence(_ figure: Explanation.Figure, what: String) -> String {
        guard let explanation = explanation(figure) else { return "" }
        guard !explanation.causes.isEmpty else {
            return " None of the causes a control run can remove (a volatility gap, early exercise, transaction costs, a "
                + "non-GBM path model, implied-volatility noise, a drift away from r − q, a binomial walk, a hedge's Δ at a volatility other "
                + "than the realized one) is in this run: "
                + "the departure is not explained by these."
        }
        let paths = NumberFormat.number(Double(explanation.controlPaths), decimals: 0)
        let figure = explanation.figure
        let base = explanation.valueOnControlPaths
        // Enough decimals to show the smallest standard error of a difference.
        let smallest = explanation.causes.map(\.standardErrorOfDifference).filter { $0 > 0 }.min() ?? 1
        let extra = max(0, min(4, Int((-log10(smallest / unit(figure))).rounded(.up))))
        let studyPaths = context.analysis.monteCarlo?.paths ?? explanation.controlPaths
        var text: String
        if explanation.controlPaths < studyPaths {
            // A subset of the paths gives another figure than all of them: said, not hidden.
            text = " Control runs on the study's first \(paths) of its \(NumberFormat.number(Double(studyPaths), decimals: 0)) paths "
                + "(the same shocks) put \(what) at \(format(base, figure, extra: extra)) with every setting of this run, against "
                + "\(format(explanation.value, figure, extra: extra)) on all of them. "
        } else {
            text = " Control runs on the same \(paths) paths (the same shocks) put \(what) at "
                + "\(format(base, figure, extra: extra)) with every setting of this run"
            let stated = format(explanation.value, figure, extra: extra)
            if format(base, figure, extra: extra) == stated {
                text += ", the page's own figure. "
            } else if figure == .mismatchMeanMinusTheory {
                // The study's mismatch batches share one pricing grid, wide enough for the most
                // volatile of them; a control run prices on a grid for its own paths.
                text += ", against \(stated) in the table, which prices every realized volatility's batch on one grid wide enough "
                    + "for the most volatile paths, where a control run uses a grid for its own. "
            } else {
                text += ", against \(stated) on the page. "
            }
        }
        let named = explanation.namedCauses.sorted { abs($0.valueWithout - base) > abs($1.valueWithout - base) }
        let small = explanation.smallCauses
        let others = explanation.causes.filter { !$0.measurable }
        let material = NumberFormat.percent(Explanation.materialShare, decimals: 0)
        func change(_ cause: Explanation.Cause) -> String {
            "\(format(cause.valueWithout - base, figure, signed: true, extra: extra)) ± \(format(cause.standardErrorOfDifference, figure, signed: false, extra: extra))"
        }
        // Below 1% a share is given to two decimals, so that a measurable cause does not read 0%.
        func share(_ cause: Explanation.Cause) -> String {
            let share = abs(cause.shareOfDeparture ?? 0)
            return NumberFormat.percent(share, decimals: share < 0.01 ? 2 : 0)
        }
        // On the walk's tree the sweep's theory line is exact and not of slope −½: the slope's
        // target is the Black–Scholes 1/√N law, named as the sweep caption names it.
        let target = figure == .sweepSlope && context.analysis.monteCarlo?.theoryMethod == .walkTree ? "the Black–Scholes 1/√N law's" : "the theory's"
        if !named.isEmpty {
            text += "Removing one cause at a time on those paths: " + named.map { cause in
                "\(lead(cause.cause)) it is \(format(cause.valueWithout, figure, extra: extra)), a change of \(change(cause)) "
                    + "(\(share(cause)) of the way to \(target) \(format(explanation.theory, figure, extra: 0)))"
                    + (cause.theoryWithout.map { ", against the control's own theory of \(theoryFormat($0, figure))" } ?? "")
            }.joined(separator: "; ")
            text += (named.count == 1 ? ": a change of" : ": each a change of") + " more than 2 standard errors of the paired difference "
                + "that closes at least \(material) of the departure."
        }
        if !small.isEmpty {
            text += (named.isEmpty ? "" : " ") + small.map { cause in
                "\(lead(cause.cause).capitalisedFirst) it is \(format(cause.valueWithout, figure, extra: extra)), a change of \(change(cause)): "
                    + ((cause.shareOfDeparture ?? 0) >= 0 ? "measurable but small (\(share(cause)) of the departure)."
                        : "measurable, but it widens the departure (by \(share(cause)) of it).")
            }.joined(separator: " ")
        }
        if !others.isEmpty {
            text += (named.isEmpty && small.isEmpty ? "Removing " : " Removing ") + others.map { words($0.cause) }.joined(separator: " or ")
                + " changes it by less than 2 standard errors (" + others.map(change).joined(separator: ", ") + ")."
        }
        if named.isEmpty {
            text += " No candidate closes \(material) of the departure: it is unexplained by these."
        }
        return text
    }

    /// How a sentence introduces the figure on a control run: `without the transaction costs`,
    /// or, for the hedge's volatility, `hedged at the realized volatility (Δ at 30.0% instead of 60.6%)`.
    func lead(_ cause: ControlCauseID) -> String {
        guard cause == .hedgeVolatility else { return "without \(words(cause))" }
        let scenario = context.scenario
        return "hedged at the realized volatility (Δ at \(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)) instead of "
            + "\(NumberFormat.percent(scenario.hedgingVolatility() ?? scenario.market.volatility, decimals: 1)))"
    }

    /// What a control run removes, as the sentence names it.
    func words(_ cause: ControlCauseID) -> String {
        let scenario = context.scenario
        switch cause {
        case .volatilityMismatch:
            return "the volatility gap (the share moving at \(NumberFormat.percent(scenario.market.volatility, decimals: 1)), "
                + "the implied volatility, instead of \(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)))"
        case .earlyExercise:
            return context.hasSeveralLegs ? "early exercise (the book's American legs held as European options)"
                : "early exercise (the same contract held as a European option)"
        case .transactionCosts:
            return "the transaction costs"
        case .pathModel:
            return PathModelWords.removed(scenario.dynamics.pathModel.process)
        case .impliedVolatilityNoise:
            return "the implied volatility's noise"
        case .drift:
            return "the drift of \(NumberFormat.percent(scenario.dynamics.drift, decimals: 1)) (drifting at r − q, "
                + "\(NumberFormat.percent(scenario.market.rate - scenario.market.dividendYield, decimals: 1)), instead)"
        case .rebalancingRule:
            return "the rebalancing rule (the calendar instead)"
        case .binomialWalk:
            return "the binomial walk's two-valued steps (GBM paths instead)"
        case .hedgeVolatility:
            return "the hedge's Δ at \(NumberFormat.percent(scenario.hedgingVolatility() ?? scenario.market.volatility, decimals: 1)) "
                + "(trading the Δ at the realized \(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)) instead)"
        }
    }

    /// The figure's last shown decimal place with no extra decimals.
    private func unit(_ figure: Explanation.Figure) -> Double {
        switch figure {
        case .sweepSlope: 0.001
        case .sweepStdOverTheory, .finalPnLMean, .mismatchMeanMinusTheory: 0.01
        }
    }

    /// A figure's value as the page states it; `signed` defaults to the figure's own habit: a
    /// mean P&L always carries its sign ("+$2.50"), a slope or ratio only when it is a change.
    /// A standard error passes `signed: false`.
    private func format(_ value: Double, _ figure: Explanation.Figure, signed: Bool? = nil, extra: Int = 0) -> String {
        let signed = signed ?? (figure == .finalPnLMean || figure == .mismatchMeanMinusTheory)
        return switch figure {
        case .sweepSlope:
            signed ? NumberFormat.signed(value, decimals: 3 + extra) : NumberFormat.number(value, decimals: 3 + extra)
        case .sweepStdOverTheory:
            signed ? NumberFormat.signed(value, decimals: 2 + extra) : NumberFormat.number(value, decimals: 2 + extra)
        case .finalPnLMean, .mismatchMeanMinusTheory:
            signed ? NumberFormat.signedMoney(value, decimals: 2 + extra) : NumberFormat.money(value, decimals: 2 + extra)
        }
    }

    private func theoryFormat(_ value: Double, _ figure: Explanation.Figure) -> String {
        figure == .sweepStdOverTheory ? NumberFormat.money(value, decimals: 2) : NumberFormat.signedMoney(value, decimals: 2)
    }
}
