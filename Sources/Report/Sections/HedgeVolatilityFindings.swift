import Analytics
import Foundation

/// The sentences of “Which volatility to hedge with”, each computed from the run's numbers:
/// what they show, and how far they are from the theory in standard errors (DESIGN.md §5).
enum HedgeVolatilityFindings {
    /// Standard errors within which a figure is said to agree with its theory.
    static let agreement = 3.0

    /// “z standard errors from the theory's $t (within 3)”, or nil without an error to measure by.
    static func distance(_ value: Double, _ error: Double, from theory: Double) -> String {
        guard error > 0 else { return "against the theory's \(NumberFormat.signedMoney(theory))" }
        let z = (value - theory) / error
        let verdict = abs(z) <= agreement ? "within \(NumberFormat.number(agreement, decimals: 0)) standard errors"
            : "more than \(NumberFormat.number(agreement, decimals: 0)) standard errors away"
        return "\(NumberFormat.signed(z, decimals: 1)) standard errors from the theory's \(NumberFormat.signedMoney(theory)) (\(verdict))"
    }

    /// True when two volatilities print the same as percentages with two decimals, as every
    /// sentence here shows them: a comparison between them would be vacuous.
    static func sameAsShown(_ a: Double, _ b: Double) -> Bool {
        NumberFormat.percent(a, decimals: 2) == NumberFormat.percent(b, decimals: 2)
    }

    /// "(z standard errors)": how far a measured `std` is from its theory's, in the std's
    /// standard errors; nil without an error to measure by.
    static func standardErrors(_ std: Double, _ standardError: Double, from theory: Double) -> String? {
        guard standardError > 0 else { return nil }
        return "(\(NumberFormat.signed((std - theory) / standardError, decimals: 1)) standard errors)"
    }

    /// The hedges at the implied and at the realized volatility, when both ran.
    private static func impliedAndRealized<Hedge>(_ hedges: [Hedge], _ name: (Hedge) -> String) -> (implied: Hedge, realized: Hedge)? {
        guard let implied = hedges.first(where: { name($0) == "implied" }),
              let realized = hedges.first(where: { name($0) == "realized" }) else { return nil }
        return (implied, realized)
    }

    /// The largest move of a P&L from one date to the next, USD; 0 with fewer than two dates.
    private static func largestMove(_ profits: [Double]) -> Double {
        zip(profits, profits.dropFirst()).map { abs($1 - $0) }.max() ?? 0
    }

    /// The study's comparison: each choice's mean and std against its theory, and the spread of
    /// the hedge at σr against the hedge at σi on the same paths.
    static func studyParagraph(_ outcomes: [HedgeVolatilityOutcome]) -> String {
        guard !outcomes.isEmpty else { return "" }
        var sentences = [String]()
        for outcome in outcomes {
            var text = "Hedged at \(outcome.hedgeVolatility) (\(NumberFormat.percent(outcome.volatility, decimals: 2))), the final P&L "
                + "averaged \(NumberFormat.withStandardError(NumberFormat.signedMoney(outcome.mean), outcome.meanStandardError))"
            if let theory = outcome.theoryMean {
                text += ", " + distance(outcome.mean, outcome.meanStandardError, from: theory)
            }
            text += ", with a std of \(NumberFormat.withStandardError(NumberFormat.money(outcome.std), outcome.stdStandardError))"
            if let theory = outcome.theoryStd, let errors = standardErrors(outcome.std, outcome.stdStandardError, from: theory) {
                text += " against the discrete-hedging theory's \(NumberFormat.money(theory)) \(errors)"
            }
            sentences.append(text + ".")
        }
        if case let (implied, realized)? = impliedAndRealized(outcomes, \.hedgeVolatility),
           implied.std > 0, implied.volatility != realized.volatility {
            let ratio = realized.std / implied.std
            let shown = NumberFormat.number(ratio, decimals: 2)
            if sameAsShown(implied.volatility, realized.volatility) {
                // Two hedges at volatilities the page cannot tell apart: no comparison to draw.
                sentences.append(
                    "Here the realized and the implied volatility are the same to two decimals, "
                        + "\(NumberFormat.percent(realized.volatility, decimals: 2)), so the two hedges trade nearly the same Δ: on the same "
                        + "paths their stds differ by \(NumberFormat.signedMoney(realized.std - implied.std)) and their means by "
                        + "\(NumberFormat.signedMoney(realized.mean - implied.mean))."
                )
            } else {
                let words = shown == NumberFormat.number(1, decimals: 2) ? "as spread, to two decimals"
                    : ratio < 1 ? "less spread" : "more spread"
                sentences.append(
                    "On the same paths the hedge at realized has \(shown)× the std of the hedge at implied: "
                        + "its final P&L is \(words), while the means differ by \(NumberFormat.signedMoney(realized.mean - implied.mean))."
                )
            }
        }
        return sentences.joined(separator: " ")
    }

    /// The sweep's caption: each choice's fitted slope and its std at the most frequent N, and
    /// the hedge at σr against its theory there.
    static func sweepCaption(_ outcomes: [HedgeVolatilityOutcome]) -> String {
        var sentences = [String]()
        for outcome in outcomes {
            guard let first = outcome.sweep.first, let last = outcome.sweep.last else { continue }
            var text = "Hedged at \(outcome.hedgeVolatility), the std goes from \(NumberFormat.money(first.std)) at N = \(first.rebalances) "
                + "to \(NumberFormat.withStandardError(NumberFormat.money(last.std), last.stdStandardError)) at N = \(last.rebalances)"
            if let fit = outcome.sweepFit {
                let error = fit.standardError.map { " ± " + NumberFormat.plain($0, decimals: 2) } ?? ""
                text += ", a fitted slope of \(NumberFormat.signed(fit.slope, decimals: 2))\(error) on log–log axes (−0.50 for the 1/√N of discrete hedging alone)"
            }
            if let theory = last.theory, let errors = standardErrors(last.std, last.stdStandardError, from: theory) {
                text += "; the theory gives \(NumberFormat.money(theory)) there \(errors)"
            }
            sentences.append(text + ".")
        }
        if case let (atImplied, atRealized)? = impliedAndRealized(outcomes, \.hedgeVolatility),
           !sameAsShown(atImplied.volatility, atRealized.volatility),
           let implied = atImplied.sweep.last, let realized = atRealized.sweep.last, realized.std > 0 {
            sentences.append(
                "At N = \(implied.rebalances) the hedge at implied has \(NumberFormat.number(implied.std / realized.std, decimals: 2))× "
                    + "the std of the hedge at realized."
            )
        }
        return sentences.joined(separator: " ")
    }

    /// The path chart's caption: where each hedge ended, how far its P&L ranged and its largest
    /// move from one date to the next, and the hedge at σr's distance from its deterministic end.
    static func pathCaption(_ paths: [HedgeVolatilityPath], destination: Double?) -> String {
        var sentences = [String]()
        for path in paths {
            guard let end = path.profits.last, let low = path.profits.min(), let high = path.profits.max() else { continue }
            let largest = largestMove(path.profits)
            sentences.append(
                "Hedged at \(path.hedgeVolatility) (\(NumberFormat.percent(path.volatility, decimals: 2))) the P&L ranged from "
                    + "\(NumberFormat.signedMoney(low)) to \(NumberFormat.signedMoney(high)), moved at most "
                    + "\(NumberFormat.money(largest)) from one date to the next, and ended at \(NumberFormat.signedMoney(end))."
            )
        }
        if let destination, let realized = paths.first(where: { $0.hedgeVolatility == "realized" })?.profits.last {
            sentences.append(
                "The hedge at realized ended \(NumberFormat.money(abs(realized - destination))) "
                    + "\(realized >= destination ? "above" : "below") the theory's m·(V(σr) − V(σi))·e^{rT} = "
                    + "\(NumberFormat.signedMoney(destination)), the end it travels to as rebalancing becomes continuous."
            )
        }
        if case let (implied, realized)? = impliedAndRealized(paths, \.hedgeVolatility),
           !sameAsShown(implied.volatility, realized.volatility) {
            let step = largestMove(implied.profits)
            let ratio = step > 0 ? largestMove(realized.profits) / step : 0
            if ratio > 0 {
                sentences.append(
                    "The largest one-date move of the hedge at realized is \(NumberFormat.number(ratio, decimals: 2))× the hedge at implied's."
                )
            }
        }
        return sentences.joined(separator: " ")
    }
}
