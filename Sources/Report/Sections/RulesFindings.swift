import Analytics
import Foundation
import Simulation

/// What the rules' comparison shows, decided from its numbers: which rule paid least and at what
/// extra spread against the calendar, how Whalley–Wilmott's band compares with the calendar,
/// which rules no other rule beats on both cost and spread (the frontier, in the chart's
/// caption), and which is best by −mean + std. Every sentence is a function of the outcomes; none is written in advance.
struct RulesFindings {
    var frontierCaption: String
    var paragraph: String

    /// - Parameters:
    ///   - implied: the implied volatility the option is priced at, per √year.
    ///   - paths: the paths every rule was compared on.
    init(_ outcomes: [RuleOutcome], implied: Double, paths: Int = 0) {
        guard let calendar = outcomes.first(where: \.rule.isCalendar) else {
            frontierCaption = "Each point is one rule over the same paths: further left paid less, lower ended less spread. "
                + Self.frontierSentence(outcomes)
            paragraph = Self.frontierSentence(outcomes)
            return
        }
        var sentences = [String]()
        let cheapest = outcomes.min { $0.costs < $1.costs }!
        if cheapest.rule.isCalendar {
            sentences.append("No rule paid less than the calendar, \(NumberFormat.money(calendar.costs)) a path.")
        } else {
            var text = "\(Self.name(cheapest.rule).capitalisedFirst) paid the least, \(NumberFormat.money(cheapest.costs)) a path against the calendar's "
                + "\(NumberFormat.money(calendar.costs)) (\(Self.change(cheapest.costs, from: calendar.costs))), trading "
                + "\(NumberFormat.number(cheapest.trades, decimals: 1)) times a path instead of \(NumberFormat.number(calendar.trades, decimals: 1)); "
                + "the standard deviation of its final P&L was \(NumberFormat.money(cheapest.std)) against \(NumberFormat.money(calendar.std)) "
                + "(\(Self.change(cheapest.std, from: calendar.std)))."
            let close = outcomes.filter { other in
                other.rule != cheapest.rule && other.costs - cheapest.costs <= Self.significance
                    * (other.costsStandardError * other.costsStandardError + cheapest.costsStandardError * cheapest.costsStandardError).squareRoot()
            }
            if !close.isEmpty {
                text += " Within \(NumberFormat.number(Self.significance, decimals: 0)) standard errors of its cost "
                    + (close.count == 1 ? "is " : "are ") + Self.list(close.map { "\(Self.name($0.rule)) (\(NumberFormat.money($0.costs)))" }) + "."
            }
            sentences.append(text)
        }
        if let whalley = outcomes.first(where: { $0.rule.policy(WhalleyWilmottRule.self) != nil }), cheapest.rule != whalley.rule {
            sentences.append(
                "Whalley–Wilmott's band paid \(NumberFormat.money(whalley.costs)) a path against the calendar's \(NumberFormat.money(calendar.costs)) "
                    + "(\(Self.change(whalley.costs, from: calendar.costs)), \(Self.costGap(whalley, calendar))), with a standard deviation of "
                    + "\(NumberFormat.money(whalley.std)) (\(Self.change(whalley.std, from: calendar.std)))."
            )
        }
        if let leland = outcomes.first(where: { $0.rule.policy(LelandRule.self) != nil }), let adjusted = leland.hedgingVolatility {
            // A measured comparison only: why Δ̂ trades more or fewer shares is not a control run of this study.
            sentences.append(
                "Leland's rule trades at every date like the calendar, only to Δ̂ at σ̂ = \(NumberFormat.percent(adjusted, decimals: 1)) "
                    + "at the start instead of Δ at the implied \(NumberFormat.percent(implied, decimals: 1)), and paid \(NumberFormat.money(leland.costs)) "
                    + "a path against the calendar's \(NumberFormat.money(calendar.costs)) (\(Self.change(leland.costs, from: calendar.costs)), "
                    + "\(Self.costGap(leland, calendar)))."
            )
        }
        let bands = outcomes.filter { $0.rule.bandShares != nil }.sorted { ($0.rule.bandShares ?? 0) < ($1.rule.bandShares ?? 0) }
        if let widest = bands.last, let width = widest.rule.bandShares {
            let stdError = (widest.stdStandardError * widest.stdStandardError + calendar.stdStandardError * calendar.stdStandardError).squareRoot()
            let riskWords = abs(widest.std - calendar.std) <= Self.significance * stdError
                ? "the standard deviation, \(NumberFormat.money(widest.std)) against \(NumberFormat.money(calendar.std)), is within "
                    + "\(Self.significance.formatted()) standard errors of the calendar's"
                : "the standard deviation \(widest.std > calendar.std ? "rose" : "fell") from \(NumberFormat.money(calendar.std)) to "
                    + "\(NumberFormat.money(widest.std))"
            sentences.append(
                "The widest band, \(Self.shareCount(width)) shares, traded \(NumberFormat.number(widest.trades, decimals: 1)) times "
                    + "a path instead of \(NumberFormat.number(calendar.trades, decimals: 1)) and paid \(NumberFormat.money(widest.costs)) instead of "
                    + "\(NumberFormat.money(calendar.costs)); \(riskWords)."
            )
        }
        sentences.append(Self.rankingSentence(outcomes, paths: paths))
        paragraph = sentences.joined(separator: " ")
        frontierCaption = "Each point is one rule over the same paths: further left paid less, lower ended less spread. "
            + Self.frontierSentence(outcomes)
    }

    /// Standard errors by which one rule must beat another for the page to say so.
    static let significance = 2.0

    /// Whether two rules' mean costs differ by more than ``significance`` standard errors of the
    /// difference (the errors combined as if independent, which errs on the side of no
    /// difference): `a difference of more than 2 standard errors` or `within 2 standard errors`.
    static func costGap(_ rule: RuleOutcome, _ base: RuleOutcome) -> String {
        let error = (rule.costsStandardError * rule.costsStandardError + base.costsStandardError * base.costsStandardError).squareRoot()
        return abs(rule.costs - base.costs) > significance * error
            ? "a difference of more than \(significance.formatted()) standard errors"
            : "within \(significance.formatted()) standard errors"
    }

    /// The best rule by −mean + std, named only where its score is ahead of every other rule's
    /// by more than ``significance`` standard errors of the gap (the two rules' errors of the mean
    /// and of the std combined as if independent, which errs on the side of calling no winner);
    /// otherwise the rules within that of the best are called indistinguishable on `paths` paths.
    static func rankingSentence(_ outcomes: [RuleOutcome], paths: Int) -> String {
        func score(_ o: RuleOutcome) -> Double { o.std - o.mean }
        func error(_ a: RuleOutcome, _ b: RuleOutcome) -> Double {
            [a.meanStandardError, a.stdStandardError, b.meanStandardError, b.stdStandardError].reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
        let ranked = outcomes.sorted { score($0) < score($1) }
        guard let best = ranked.first else { return "" }
        let judged = "Judged by −mean + std of the final P&L (the cost and the risk in one number, as the frequency sweep judges), "
        let close = ranked.dropFirst().filter { score($0) - score(best) <= significance * error(best, $0) }
        if close.isEmpty {
            let next = ranked.dropFirst().first
            return judged + "the best rule here is \(name(best.rule)), at \(NumberFormat.money(score(best)))"
                + (next.map { ", ahead of \(name($0.rule)) (\(NumberFormat.money(score($0)))) by more than \(significance.formatted()) standard errors of the gap" } ?? "")
                + "."
        }
        let tied = ([best] + close).map { "\(name($0.rule)) (\(NumberFormat.money(score($0))))" }
        return judged + tied.dropLast().joined(separator: ", ") + " and " + tied.last! + " are indistinguishable on \(NumberFormat.number(Double(paths), decimals: 0)) paths: "
            + "each lies within \(significance.formatted()) standard errors of the gap from the lowest."
    }

    /// Whether `a` beats `b`: no worse on mean cost or on std, and better on one of them, each by
    /// more than ``significance`` standard errors of the difference (the two rules' errors
    /// combined as if independent; the rules share their paths, so the true error of a
    /// difference is smaller and the test errs on the side of calling no winner).
    static func beats(_ a: RuleOutcome, _ b: RuleOutcome) -> Bool {
        let costError = significance * (a.costsStandardError * a.costsStandardError + b.costsStandardError * b.costsStandardError).squareRoot()
        let stdError = significance * (a.stdStandardError * a.stdStandardError + b.stdStandardError * b.stdStandardError).squareRoot()
        let noWorse = a.costs <= b.costs + costError && a.std <= b.std + stdError
        return noWorse && (a.costs < b.costs - costError || a.std < b.std - stdError)
    }

    /// The rules that no other rule beats (``beats(_:_:)``), and the others with one that beats them.
    static func frontierSentence(_ outcomes: [RuleOutcome]) -> String {
        let frontier = outcomes.filter { candidate in !outcomes.contains { beats($0, candidate) } }
        let beaten = outcomes.compactMap { candidate in
            outcomes.first { beats($0, candidate) }.map { (candidate, $0) }
        }
        var text = "On the frontier — no other rule paid less or left less spread, by more than "
            + "\(NumberFormat.number(significance, decimals: 0)) standard errors, without doing worse on the other — "
            + (frontier.count == 1 ? "is " : "are ") + list(frontier.map { name($0.rule) }) + "."
        if !beaten.isEmpty {
            text += " " + list(beaten.map { "\(name($0.0.rule)) is beaten by \(name($0.1.rule))" }).capitalisedFirst + "."
        }
        return text
    }

    /// A rule as a finding names it (``RuleWords``).
    static func name(_ rule: RebalancingRule) -> String {
        RuleWords.finding(rule)
    }

    /// A number of shares: whole without decimals, otherwise to the hundredth.
    static func shareCount(_ shares: Double) -> String {
        NumberFormat.number(shares, decimals: shares == shares.rounded() ? 0 : 2)
    }

    /// `12.3% less` / `4.5% more` / `the same`.
    static func change(_ value: Double, from base: Double) -> String {
        guard base != 0 else { return value == 0 ? "the same" : "against none" }
        let relative = (value - base) / abs(base)
        if abs(relative) < 0.0005 { return "the same to 0.1%" }
        return NumberFormat.percent(abs(relative), decimals: 1) + (relative < 0 ? " less" : " more")
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
