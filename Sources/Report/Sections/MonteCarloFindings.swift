import Analytics
import Foundation
import Simulation

/// What the Monte Carlo study shows, decided from its numbers: whether the mean is a bias
/// (more than three standard errors from zero) and what in the run could cause it, the slope
/// of the error against the frequency with its standard error, and how far the study lies from
/// each theory line in standard errors. The captions and paragraphs of the Monte Carlo section
/// are these decisions written out.
struct MonteCarloFindings {
    /// Standard errors beyond which a mean is called significantly non-zero (about one chance
    /// in 370 for a normal mean that is truly zero).
    static let significance = Explanation.meanSignificance
    /// Relative gap between the Monte Carlo std and the theory that the page calls agreement:
    /// the theory is first order in δt, so a few per cent is expected at coarse rebalancing.
    static let theoryTolerance = Explanation.theoryTolerance

    var distributionCaption: String
    var sweepCaption: String
    var sweepParagraph: String
    var mismatchCaption: String
    var mismatchParagraph: String
    /// `over the 60.5-day life` or `over the 120-minute horizon`, for the sweep's axis.
    var horizonWords: String

    init(_ context: ReportContext, _ study: MonteCarloReport) {
        let scenario = context.scenario
        let n = Double(max(study.paths, 2))
        let horizon = scenario.hedge.schedule.horizon
        let toExpiry = horizon >= context.contract.expiry * (1 - 1e-9)
        horizonWords = toExpiry ? "over the option's \(context.clock.duration(horizon)) life" : "over the \(context.clock.duration(horizon)) horizon"

        // The final P&L: a spread or a bias?
        let pnl = study.finalPnL
        let meanError = Self.meanStandardError(study)
        // On a binomial walk's tree the hedge's exact mean is not zero: the mean is judged against it.
        let exact = study.theoryMethod == .walkTree ? study.finalPnLTheoryMean : nil
        let target = exact.map { "the walk's exact theory mean, \(NumberFormat.signedMoney($0, decimals: 2))" } ?? "zero"
        let t = meanError > 0 ? (pnl.mean - (exact ?? 0)) / meanError : 0
        var text = "The final P&L averaged \(NumberFormat.withStandardError(NumberFormat.signedMoney(pnl.mean), meanError)) "
            + "(one standard error) with a standard deviation of \(NumberFormat.money(pnl.standardDeviation, decimals: 2)). "
        let why = ExplanationWords(context: context)
        if abs(t) <= Self.significance {
            text += "The mean is within \(Self.significance.formatted()) standard errors of \(target) (\(NumberFormat.signed(t, decimals: 1))): "
                + "no bias shows on these \(NumberFormat.number(n, decimals: 0)) paths. "
        } else {
            text += "The mean is \(NumberFormat.number(abs(t), decimals: 1)) standard errors from \(target), a bias."
                + why.sentence(.finalPnLMean, what: exact == nil ? "the mean" : "the mean less the exact theory's") + " "
        }
        let tailDecimals = NumberFormat.moneyDecimals(scale: max(abs(pnl.quantile05), abs(pnl.expectedShortfall05)))
        text += "One path in twenty ends below \(NumberFormat.signedMoney(pnl.quantile05, decimals: tailDecimals)), and the worst 5% "
            + "average \(NumberFormat.signedMoney(pnl.expectedShortfall05, decimals: tailDecimals))."
        distributionCaption = text

        (sweepCaption, sweepParagraph) = Self.sweepWords(context, study, n: n)
        (mismatchCaption, mismatchParagraph) = Self.mismatchWords(context, study, n: n, toExpiry: toExpiry)
    }

    private static func sweepWords(_ context: ReportContext, _ study: MonteCarloReport, n: Double) -> (String, String) {
        let points = study.sweep
        guard let first = points.first, let last = points.last, points.count > 1 else { return ("", "") }
        var caption = ""
        let (rebalances, stds, errors) = (points.map(\.rebalances), points.map(\.std), points.map(\.stdStandardError))
        if let fit = study.sweepFit {
            let error = fit.standardError.map { " ± \(NumberFormat.number($0, decimals: 3))" } ?? ""
            let alongLine = fit.fallsAlongLine(rebalances: rebalances, std: stds, standardErrors: errors)
            if !alongLine, let farthest = fit.farthestPoint(rebalances: rebalances, std: stds, standardErrors: errors) {
                caption = "On these logarithmic axes the points do not fall along a line: the std at N = \(rebalances[farthest.index]), "
                    + "\(NumberFormat.money(stds[farthest.index], decimals: 2)), lies \(NumberFormat.number(abs(farthest.standardErrors), decimals: 1)) "
                    + "of its standard errors \(farthest.standardErrors > 0 ? "above" : "below") the least-squares line of slope "
                    + "\(NumberFormat.signed(fit.slope, decimals: 3))\(error)"
            } else {
                caption = "On these logarithmic axes the points fall along a line of slope \(NumberFormat.signed(fit.slope, decimals: 3))\(error)"
            }
            // On the walk's tree the theory line is exact and falls faster than 1/√N: the −½ is
            // the Black–Scholes law's, not that line's slope, and the words name which is which.
            let law = study.theoryMethod == .walkTree ? "the Black–Scholes 1/√N law's −½" : "the theory's −½"
            let distance = fit.standardError.flatMap { $0 > 0 ? abs(fit.slope + 0.5) / $0 : nil }
            let away = distance.map { " (\(NumberFormat.number($0, decimals: 1)) standard errors from it)" } ?? ""
            if context.scenario.book.payoffJumpsAtStrike {
                caption += " against the −½ of the 1/√N law\(away), a law for a bounded Γ, which a payoff that jumps at the strike "
                    + "does not have. "
            } else if !alongLine, let distance, distance <= 2 {
                caption += ", within 2 of its standard errors of \(law), which with points this scattered says little. "
            } else if let distance, distance <= 2 {
                caption += ", consistent with \(law): halving the error takes about four times the trades. "
            } else if fit.standardError == nil, abs(fit.slope + 0.5) <= 0.05 {
                caption += ", close to \(law): halving the error takes about four times the trades. "
            } else if fit.slope > -0.5 {
                caption += ", flatter than \(law)\(away): more trades buy less precision than 1/√N promises."
                    + ExplanationWords(context: context).sentence(.sweepSlope, what: "the slope") + " "
            } else {
                caption += ", steeper than \(law)\(away)."
                    + ExplanationWords(context: context).sentence(.sweepSlope, what: "the slope") + " "
            }
        }
        caption += "Going from \(first.rebalances) to \(last.rebalances) rebalances changes the error from "
            + "\(NumberFormat.money(first.std, decimals: 2)) to \(NumberFormat.money(last.std, decimals: 2))."
        let theories = points.compactMap { $0.theory.flatMap { $0 > 0 ? $0 : nil } }
        if let outside = Self.outsideTheory(context) {
            caption += " No theory line is drawn: the discrete-hedging formula is derived for GBM, and here \(outside)."
        } else if study.theoryIgnoresEarlyExercise, theories.count == points.count {
            let exercised = points.compactMap(\.earlyExerciseFraction)
            let range = exercised.isEmpty ? NumberFormat.percent(study.earlyExerciseFraction, decimals: 0)
                : Self.percentRange(exercised.min()!, exercised.max()!)
            let gaps = zip(points, theories).map { abs($0.std / $1 - 1) }
            let worst = zip(points, gaps).max { $0.1 < $1.1 }!
            caption += " The dashed line is the discrete-hedging formula for this horizon evaluated as if the option were never "
                + "exercised early, a European result: the American \(context.contract.type.rawValue) was exercised early on \(range) of "
                + "the sweep's paths, which the formula does not cover, so the line is drawn for reference only and no gap to it is "
                + "judged or explained (the largest, \(NumberFormat.percent(worst.1, decimals: 1)), is at N = \(worst.0.rebalances))."
        } else if context.scenario.book.payoffJumpsAtStrike {
            caption += " No theory line is drawn: the discrete-hedging formula expands each step's error in a bounded Γ, and a "
                + "payoff that jumps at the strike has a Γ that grows without bound there as expiry nears (the pin risk of the path "
                + "section), so its error need not fall as 1/√N."
        } else if !study.discreteHedgingTheoryApplies, study.theoryMethod == .horizonFormula {
            let scenario = context.scenario
            let traded = scenario.hedgingVolatility() ?? scenario.market.volatility
            let exercised = ([study.earlyExerciseFraction] + points.compactMap(\.earlyExerciseFraction)).filter { $0 > 0 }
            if abs(traded - scenario.dynamics.realizedVolatility) > 1e-12 {
                caption += " No theory line is drawn: the discrete-hedging formula assumes the share realizes the volatility of the Δ "
                    + "the hedge trades, and here it realizes \(NumberFormat.percent(scenario.dynamics.realizedVolatility, decimals: 1)) "
                    + "against a Δ at \(NumberFormat.percent(traded, decimals: 1)); the gamma rent "
                    + "Σ ½·m·Γ·S²·(σr² − σ²)·dt that gap adds varies from path to path and does not shrink as N grows, a term the formula leaves out."
            } else if let sigma = scenario.hedgingVolatility(), abs(sigma - scenario.market.volatility) > 1e-12 {
                caption += " No theory line is drawn: the formula here is written for a Δ at the implied volatility, "
                    + "\(NumberFormat.percent(scenario.market.volatility, decimals: 1)), and this run's hedge trades the Δ at "
                    + "\(NumberFormat.percent(traded, decimals: 1)) (--hedge-vol \(scenario.hedge.volatility.name))."
            } else if let low = exercised.min(), let high = exercised.max() {
                caption += " No theory line is drawn: the American \(context.contract.type.rawValue) was exercised early on "
                    + "\(Self.percentRange(low, high)) of the study's paths, which the discrete-hedging formula (a European result) does not cover."
            }
        } else if !study.discreteHedgingTheoryApplies {
            caption += " No theory line is drawn: the leading-order formula does not describe this run's path model at these sizes."
        } else if !context.scenario.book.hasOneOptionLeg {
            caption += " No theory line is drawn: the discrete-hedging theory is written for one option's Γ, and a book's "
                + "E[(Γ·S²)²] has cross terms between its legs that it does not compute."
        } else if theories.count < points.count, let reason = study.theoryUnavailable {
            caption += " No theory line is drawn: the pricing model could not value what the theory needs (\(reason))."
        } else if theories.count == points.count {
            let gaps = zip(points, theories).map { abs($0.std / $1 - 1) }
            let worst = zip(points, gaps).max { $0.1 < $1.1 }!
            let within = gaps.filter { $0 <= Self.theoryTolerance }.count
            let line = study.theoryMethod == .walkTree ? "the walk's exact tree line" : "the theory line"
            caption += within == points.count
                ? " Every point lies within \(NumberFormat.percent(Self.theoryTolerance, decimals: 0)) of \(line) (the largest gap, "
                    + "\(NumberFormat.percent(worst.1, decimals: 1)), at N = \(worst.0.rebalances))."
                : " \(within) of \(points.count) points lie within \(NumberFormat.percent(Self.theoryTolerance, decimals: 0)) of \(line); "
                    + "the largest gap is \(NumberFormat.percent(worst.1, decimals: 0)) at N = \(worst.0.rebalances)."
                    + ExplanationWords(context: context).sentence(
                        .sweepStdOverTheory, what: "the std over the theory's at N = \(worst.0.rebalances)"
                    )
        }
        let ratio = first.std / max(last.std, 1e-300)
        let expected = (Double(last.rebalances) / Double(first.rebalances)).squareRoot()
        let sweepHasTheory = points.contains { $0.theory != nil }
        var paragraph = switch study.theoryMethod {
        case _ where !sweepHasTheory:
            ""
        case .walkTree:
            "On the binomial walk the theory column is exact: the mean and standard deviation of the hedge's P&L computed on "
                + "the walk's own recombining tree, early exercise included; the walk's moves are two-valued, so its error falls "
                + "faster than 1/√N and depends on where the strike falls between the walk's nodes. "
        case .horizonFormula where study.theoryIgnoresEarlyExercise:
            "The theory column evaluates the integral for the horizon this run simulated, on the option's own Γ, at the volatility "
                + "the paths realize, as if no path were exercised early. "
        case .horizonFormula:
            "The theory column evaluates the integral for the horizon this run simulated, on the option's own Γ, at the volatility "
                + "the paths realize\(context.scenario.dynamics.volatilityModel == .constant ? "" : ", plus the last date's implied-volatility draw")"
                + ". "
        default:
            ""
        }
        paragraph += "From \(first.rebalances) to \(last.rebalances) rebalances the standard deviation of the hedging P&L "
            + (ratio >= 1 ? "fell by a factor of \(NumberFormat.number(ratio, decimals: 2))" : "rose by a factor of \(NumberFormat.number(1 / ratio, decimals: 2))")
            + "; 1/√N predicts a fall by \(NumberFormat.number(expected, decimals: 2))."
        if let best = study.costTradeOffOptimum {
            paragraph += " With transaction costs the mean P&L went from \(NumberFormat.signedMoney(first.mean)) ± "
                + "\(NumberFormat.money(first.meanStandardError)) at N = \(first.rebalances) to \(NumberFormat.signedMoney(last.mean)) ± "
                + "\(NumberFormat.money(last.meanStandardError)) at N = \(last.rebalances); of the frequencies tried, \(best) rebalances "
                + "minimise the trade-off −mean + std."
        }
        return (caption, paragraph)
    }

    /// What a book of several option legs holds, which the one-option theories do not value:
    /// `this book holds 2 option legs` or `this book holds 2 option legs and 100 shares`.
    static func bookHoldings(_ context: ReportContext) -> String {
        let book = context.scenario.book
        let shares = NumberFormat.number(abs(book.shares), decimals: book.shares.rounded() == book.shares ? 0 : 2)
        let sharesWords = book.shares == 0 ? "" : book.shares > 0 ? " and \(shares) shares" : " and \(shares) shares short"
        return "this book holds \(book.legs.count) option legs\(sharesWords)"
    }

    /// `14%` or `14% to 45%`.
    static func percentRange(_ low: Double, _ high: Double) -> String {
        let a = NumberFormat.percent(low, decimals: 0), b = NumberFormat.percent(high, decimals: 0)
        return a == b ? a : "\(a) to \(b)"
    }

    /// The decimals that tell the mismatch study's realized volatilities apart as percentages
    /// (the binomial walk's own 60.558% beside the implied 60.562%), one by default: the fewest
    /// from 1 to 4 at which no two read alike. The table and its caption both use them, so the
    /// caption names the rows as the table labels them (2.5%, not 2%).
    static func mismatchVolatilityDecimals(_ study: MonteCarloReport) -> Int {
        let volatilities = study.volatilityMismatch.map(\.realizedVolatility)
        return (1...4).first { decimals in
            Set(volatilities.map { NumberFormat.percent($0, decimals: decimals) }).count == Set(volatilities).count
        } ?? 4
    }

    /// The standard error of the study's mean final P&L, USD: its std over √paths.
    static func meanStandardError(_ study: MonteCarloReport) -> Double {
        study.finalPnL.standardDeviation / Double(max(study.paths, 2)).squareRoot()
    }

    /// Whether a mismatch batch's realized `volatility` is this run's own: the row the table
    /// marks "(this run)" and ``thisRunRowWords(_:_:)`` sets beside the main study.
    static func isThisRun(_ volatility: Double, _ context: ReportContext) -> Bool {
        abs(volatility - context.scenario.dynamics.realizedVolatility) < 1e-12
    }

    /// Why the mismatch row at this run's realized volatility is not the main study's figure,
    /// where it is not: the same paths, but its premium and Δ read off the one grid the mismatch
    /// batches share (wide enough for the most volatile of them) and, with `--hedge-vol`, a Δ at
    /// the implied volatility; the difference of the means and its size in standard errors.
    static func thisRunRowWords(_ context: ReportContext, _ study: MonteCarloReport) -> String {
        guard let row = study.volatilityMismatch.first(where: { isThisRun($0.realizedVolatility, context) }) else { return "" }
        let main = study.finalPnL.mean
        let error = meanStandardError(study)
        let difference = row.mean - main
        guard NumberFormat.signedMoney(row.mean) != NumberFormat.signedMoney(main) else {
            return "The row marked (this run) is the main study's batch again, the same paths and mean. "
        }
        let decimals = NumberFormat.moneyDecimals(scale: abs(difference))
        let hedgesOtherwise = context.scenario.hedgingVolatility() != nil && !context.scenario.hedgesAtImpliedVolatilityValue
        return "The row marked (this run) hedges the main study's paths at this run's realized volatility, but its mean, "
            + "\(NumberFormat.signedMoney(row.mean)), differs from the main study's \(NumberFormat.signedMoney(main)) ± \(NumberFormat.money(error)) "
            + "by \(NumberFormat.signedMoney(difference, decimals: decimals)), \(NumberFormat.number(abs(difference) / max(error, 1e-300), decimals: abs(difference) < 0.1 * error ? 3 : 1)) "
            + "of its standard errors: the mismatch batches read the premium and Δ off one grid wide enough for the most volatile of them, "
            + "where the main study's grid covers its own paths"
            + (hedgesOtherwise ? ", and they hedge with the Δ at the implied volatility. " : ". ")
    }

    /// What this run's path model does that the GBM theory lines leave out (Merton's jumps,
    /// Heston's moving variance: ``PathModelTheory/unavailable(reason:)``), nil for the models the
    /// theory describes and for observed prices.
    static func outsideTheory(_ context: ReportContext) -> String? {
        guard case let .unavailable(reason)? = context.scenario.dynamics.pathModel.process?.theory else { return nil }
        return reason
    }

    private static func mismatchWords(
        _ context: ReportContext, _ study: MonteCarloReport, n: Double, toExpiry: Bool
    ) -> (String, String) {
        let points = study.volatilityMismatch
        guard let low = points.first, let high = points.last, points.count > 1 else { return ("", "") }
        let rising = zip(points, points.dropFirst()).allSatisfy { $1.mean > $0.mean }
        let falling = zip(points, points.dropFirst()).allSatisfy { $1.mean < $0.mean }
        let trend = rising ? "rises" : (falling ? "falls" : "moves, not steadily,")
        let meanDecimals = NumberFormat.moneyDecimals(scale: max(abs(low.mean), abs(high.mean)))
        let volatilityDecimals = Self.mismatchVolatilityDecimals(study)
        var caption = "The mean P&L \(trend) from \(NumberFormat.signedMoney(low.mean, decimals: meanDecimals)) at "
            + "\(NumberFormat.percent(low.realizedVolatility, decimals: volatilityDecimals)) to \(NumberFormat.signedMoney(high.mean, decimals: meanDecimals)) at "
            + "\(NumberFormat.percent(high.realizedVolatility, decimals: volatilityDecimals)) realized volatility. "
        let expected = context.isLong ? "rise" : "fall"
        if context.scenario.book.payoffJumpsAtStrike {
            caption += "A payoff that jumps at the strike is long Γ on one side of it and short on the other, so no direction "
                + "is expected from the sign of the position alone. "
        } else if (context.isLong && rising) || (!context.isLong && falling) {
            caption += "A \(context.holdingNoun)'s hedge \(context.isLong ? "earns" : "pays") the gap between realized and implied "
                + "volatility, so the mean should \(expected) with it, and it does. "
        } else {
            let against = zip(points, points.dropFirst()).filter { pair in
                (context.isLong ? pair.1.mean < pair.0.mean : pair.1.mean > pair.0.mean)
            }
            let beyondNoise = against.filter { pair in
                abs(pair.1.mean - pair.0.mean) > 2 * (pair.0.meanStandardError * pair.0.meanStandardError
                    + pair.1.meanStandardError * pair.1.meanStandardError).squareRoot()
            }
            caption += "A \(context.holdingNoun)'s hedge should \(expected) with the realized volatility; here it does not at "
                + "\(against.count) of \(points.count - 1) steps, "
                + (beyondNoise.isEmpty ? "each within 2 standard errors of noise on \(NumberFormat.number(n, decimals: 0)) paths. "
                    : "\(beyondNoise.count) of them by more than 2 standard errors, which no control run here explains. ")
        }
        let withTheory = points.filter { $0.theory != nil }
        let agreeing = withTheory.filter { point in
            let theory = point.theory!
            return abs(point.mean - theory) <= Self.significance * point.meanStandardError + 0.1 * abs(theory)
        }
        caption += withTheory.isEmpty && Self.outsideTheory(context) != nil
            ? "There is no theory line: the expected P&L formula is derived for GBM, and here \(Self.outsideTheory(context)!)."
            : withTheory.isEmpty && !context.scenario.book.hasOneOptionLeg
            ? "There is no theory line: the mismatch theory values one option alone at the realized volatility, and \(Self.bookHoldings(context))."
            : withTheory.isEmpty
            ? "There is no theory line: the pricing model could not value the option at these volatilities"
                + (study.theoryUnavailable.map { " (\($0))." } ?? ".")
            : withTheory.count < points.count
            ? "\(agreeing.count) of the \(withTheory.count) means with a theory figure lie within 3 standard errors (plus 10%) of "
                + "the theory line; at the others the pricing model could not value the option"
                + (study.theoryUnavailable.map { " (\($0))" } ?? "") + ". The band shows how far one path can stray."
            : agreeing.count == points.count
            ? "Every mean lies within 3 standard errors (plus 10%) of the theory line; the band shows how far one path can stray."
            : "\(agreeing.count) of \(points.count) means lie within 3 standard errors (plus 10%) of the theory line"
                + "." + ExplanationWords(context: context).sentence(
                    .mismatchMeanMinusTheory,
                    what: "the mean less the theory at \(NumberFormat.percent(ExplanationWords(context: context).explanation(.mismatchMeanMinusTheory)?.realizedVolatility ?? 0, decimals: volatilityDecimals)) realized volatility"
                ) + " The band shows how far one path can stray."
        let side = context.scenario.book.payoffJumpsAtStrike
            ? "gains from a move larger than implied where m·Γ > 0 and loses from it where m·Γ < 0, and a payoff that jumps at "
                + "the strike has both, one on each side of it"
            : context.isLong
            ? "gains when the share moves more than implied and loses when it moves less"
            : "loses when the share moves more than implied and gains when it moves less"
        let legVolatilities = context.scenario.book.legs.map { $0.impliedVolatility ?? context.scenario.market.volatility }
        let implied = Set(legVolatilities).count > 1
            ? "the implied volatilities of its legs, " + legVolatilities.map { NumberFormat.percent($0, decimals: 1) }.joined(separator: " and ") + ","
            : "the implied volatility \(NumberFormat.percent(context.scenario.market.volatility, decimals: 1))"
        var paragraph = "Hedging at \(implied) "
            + "while the share moves with another volatility: \(context.hasSeveralLegs ? "the \(context.holdingNoun)'s holder" : context.isLong ? "the option's holder" : "the option's writer") \(side). "
        if let sigma = context.scenario.hedgingVolatility() {
            paragraph += context.scenario.hedgesAtImpliedVolatilityValue
                ? "These batches hedge at the implied volatility, as this run's hedge does: its \(NumberFormat.percent(sigma, decimals: 1)) "
                    + "(--hedge-vol \(context.scenario.hedge.volatility.name)) equals the implied volatility here. "
                : "These batches hedge at the implied volatility, not at this run's \(NumberFormat.percent(sigma, decimals: 1)) "
                    + "(--hedge-vol \(context.scenario.hedge.volatility.name)), so that each realized volatility is met by the same hedge. "
        }
        paragraph += Self.thisRunRowWords(context, study)
        if study.theoryMethod == .walkTree {
            paragraph += "The theory column is exact for the binomial walk: the hedge's mean P&L computed on the walk's own "
                + "recombining tree, early exercise included."
            return (caption, paragraph)
        }
        if let outside = Self.outsideTheory(context) {
            paragraph += "The theory column is empty: its formula is for GBM, and here \(outside)."
            return (caption, paragraph)
        }
        if !points.contains(where: { $0.theory != nil }) {
            paragraph += !context.scenario.book.hasOneOptionLeg
                ? "The theory column is empty: the mismatch theory values one option alone at the realized volatility, and \(Self.bookHoldings(context))."
                : "The theory column is empty: the pricing model could not value the option at these volatilities"
                    + (study.theoryUnavailable.map { " (\($0))." } ?? ".")
            return (caption, paragraph)
        }
        paragraph += toExpiry
            ? "The theory column is the option's value at the realized volatility less its value at the implied one, "
                + "carried to expiry at the rate."
            : "The theory column is the expected value at the horizon, \(context.clock.duration(context.scenario.hedge.schedule.horizon)) from the start, "
                + "of the option priced at the implied volatility on paths that move with the realized one, less the premium carried to the horizon."
        if study.mismatchTheoryAssumesDriftEqualsRate {
            let market = context.scenario.market
            paragraph += " It assumes the share drifts at r − q = \(NumberFormat.percent(market.rate - market.dividendYield, decimals: 1)) "
                + "(the rate \(NumberFormat.percent(market.rate, decimals: 1)) less the dividend yield \(NumberFormat.percent(market.dividendYield, decimals: 1))); "
                + "this run's drift is \(NumberFormat.percent(context.scenario.dynamics.drift, decimals: 1))."
        }
        return (caption, paragraph)
    }
}
