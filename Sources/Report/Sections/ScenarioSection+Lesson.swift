import Analytics
import Foundation
import Simulation

extension ScenarioSection {
    /// The lesson of this run at the top of the page (DESIGN.md §2.9), from ``Lesson``: the
    /// trader's identity, the delta-hedged P&L ≈ Σ ½·m·Γ·S²·(dS²/S² − σ²·dt), its sum beside the
    /// actual P&L and what is left; on Merton's paths, whether this path jumped. Nil for a run
    /// with nothing to hedge (``degenerateSentence(_:)`` says so instead).
    static func lessonSentence(_ context: ReportContext) -> String? {
        guard context.analysis.degenerate == nil, let lesson = context.analysis.lesson else { return nil }
        let realized = context.realizedVolatilityOfPath
        let implied = context.scenario.market.volatility
        var text = "The lesson of this run. Step by step, a delta hedge's P&L is about ½·m·Γ·S²·(dS²/S² − σ²·dt), the gamma rent: "
            + "the share's squared move against the variance the implied volatility σ priced in, earned where m·Γ > 0 and the share "
            + "moves more than priced in, or m·Γ < 0 and it moves less, and paid otherwise. On this path the share moved more than "
            + "priced in on \(lesson.bigMoves) of \(lesson.steps) steps "
            + (realized.map { "(it realized \(NumberFormat.percent($0, decimals: 1)) against \(NumberFormat.percent(implied, decimals: 1)) implied), " }
                ?? "(too few steps to measure a realized volatility; \(NumberFormat.percent(implied, decimals: 1)) implied), ")
            + "and the rent summed to \(NumberFormat.signedMoney(lesson.gammaRent)). The hedge's actual P&L was "
            + "\(NumberFormat.signedMoney(lesson.actual)); the rest, \(NumberFormat.signedMoney(lesson.rest)), is "
        let total = context.analysis.textbook.attribution
        if let sigma = context.scenario.hedgingVolatility(), context.scenario.hedgesAtImpliedVolatilityValue {
            text = text.replacingOccurrences(
                of: "The hedge's actual P&L was",
                with: "This run's hedge trades the Δ at \(NumberFormat.percent(sigma, decimals: 1)) (--hedge-vol "
                    + "\(context.scenario.hedge.volatility.name)), the implied σ itself "
                    + "(\(context.scenario.hedge.volatility == .realized ? "the volatility the paths are drawn with is the implied one here" : "the volatility given is the implied one")), "
                    + "as the identity assumes. The hedge's actual P&L was"
            )
        } else if let sigma = context.scenario.hedgingVolatility() {
            text = text.replacingOccurrences(of: "Step by step, a delta hedge's P&L is about", with: "Step by step, a delta hedge at the implied σ makes about")
                .replacingOccurrences(
                    of: "The hedge's actual P&L was",
                    with: "This run's hedge trades the Δ at \(NumberFormat.percent(sigma, decimals: 1)) (--hedge-vol "
                        + "\(context.scenario.hedge.volatility.name)), not at the implied σ the identity assumes: what that Δ leaves open is "
                        + "part of the rest. The hedge's actual P&L was"
                )
        }
        let parts: [(String, Double)] = [
            ("the Δ the hedge left open, (m·Δ + n)·dS summed", total.delta),
            ("financing", total.financing), ("transaction costs", total.costs), ("the implied volatility's moves", total.vega),
            ("the rate's moves", total.rho), ("the model–market gap at the start", total.modelMarketGap),
            ("what the identity's second-order, Black–Scholes-Θ form does not capture",
             lesson.rest - total.delta - total.financing - total.costs - total.vega - total.rho - total.modelMarketGap),
        ]
        let shown = parts.filter { abs($0.1) >= 0.005 }
        text += shown.isEmpty ? "less than a cent."
            : shown.map { "\($0.0) \(NumberFormat.signedMoney($0.1))" }.joined(separator: ", ") + "."
        if let moves = lesson.largestMoveInStandardDeviations, let jumped = lesson.jumped {
            text += jumped
                ? " This Merton path jumped: its largest move was \(NumberFormat.number(moves, decimals: 1)) standard deviations of a step's diffusion."
                : " This Merton path did not jump visibly: its largest move was \(NumberFormat.number(moves, decimals: 1)) standard deviations "
                    + "of a step's diffusion, within the \(NumberFormat.number(Lesson.jumpThreshold, decimals: 0)) a normal step rarely passes."
        }
        return text
    }

    /// The one paragraph of a run with nothing to hedge (``Degenerate``): the number, and the
    /// event that would matter.
    static func degenerateSentence(_ context: ReportContext) -> String? {
        guard let degenerate = context.analysis.degenerate else { return nil }
        let spot = context.scenario.market.spot, strike = context.contract.strike
        let horizon = context.scenario.hedge.schedule.horizon
        let sigma = context.scenario.market.volatility
        let distance = abs(log(strike / spot)) / max(sigma * horizon.squareRoot(), 1e-12)
        let what: String
        switch degenerate.reason {
        case .exercisedAtStart:
            let premium = context.analysis.initialValuation.price
            return "The option is worth its intrinsic value when bought: \(NumberFormat.money(premium, decimals: 4)) a share, what "
                + "exercising pays with the share at \(NumberFormat.money(spot, decimals: 4)) and the strike at \(NumberFormat.money(strike)). "
                + "Exercising at once is optimal, so the option is exercised at the start (\(NumberFormat.money(degenerate.value)) for the "
                + "position) and the hedge is unwound on the date it is set up: there is nothing to hedge, so this report states no slopes, ratios or percentages "
                + "of noise and runs no Monte Carlo study."
        case .worthLessThanACent:
            what = "The position is worth \(NumberFormat.money(degenerate.value, decimals: 4)) at the start, less than a cent"
        case .gammaRiskBelowACent:
            what = "The position's Γ-risk over the horizon, ½·|m·Γ|·S²·σ²·(H − t) at its largest on the path, is "
                + "\(NumberFormat.money(degenerate.value, decimals: 4)), less than a cent"
        }
        let book = context.scenario.book
        // The event that would matter: a move to the strike for one option; none for holdings
        // that cancel; a wider book's legs each have their own, so none is named for it.
        let event = if book.offsetsExactly(marketVolatility: sigma) {
            " Its holdings cancel each other exactly: the book is worth nothing whatever the share does."
        } else if book.legs.count == 1 {
            " What would matter is the share moving to the strike, \(NumberFormat.money(strike)) against a spot of "
                + "\(NumberFormat.money(spot)), a move of \(NumberFormat.number(distance, decimals: 1)) standard deviations over the "
                + "\(context.clock.duration(horizon)) horizon at \(NumberFormat.percent(sigma, decimals: 1)) implied volatility: a gap through the strike."
        } else {
            ""
        }
        return what + ": there is nothing to hedge, so this report states no slopes, ratios or percentages of noise and runs no "
            + "Monte Carlo study." + event
    }
}
