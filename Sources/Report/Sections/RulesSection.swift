import Analytics
import Foundation
import Simulation

/// When to trade: the rebalancing rules explained with this run's numbers (Whalley–Wilmott's
/// band and Leland's volatility at the start), what the path's textbook hedge did under the
/// run's rule, and, when the Monte Carlo study compared them, the rules side by side with the
/// cost–risk frontier.
struct RulesSection: PageSection {
    static let id = "rules"
    static let title = "When to trade: rules that save costs"
    var charts: [ReportFigure]

    /// What a trade costs in this run.
    var costWords: String
    /// Whalley–Wilmott's half-width at the start, in words and numbers.
    var whalleyWilmottNumbers: String
    /// Leland's volatility at the start, in words and numbers.
    var lelandNumbers: String
    /// Whether the page shows Leland's adjusted variance with a minus (a bought option).
    var lelandMinus: Bool
    /// What the path's textbook hedge did under the run's rule.
    var pathSentence: String
    /// The rules side by side over the study's paths; nil when the study compared none.
    var rules: PageTable?
    var studyIntro: String
    var paragraph: String
    var lelandNote: String?

    /// The section, or nil when the run neither chose a rule nor compared the rules.
    init?(_ context: ReportContext) {
        let scenario = context.scenario
        let outcomes = context.analysis.monteCarlo?.rules ?? []
        guard !scenario.hedge.rebalancing.isCalendar || !outcomes.isEmpty else { return nil }
        let c = scenario.hedge.costs.basisPoints / 10_000, k = scenario.hedge.roundTripCost, m = scenario.position.multiplier
        costWords = c > 0
            ? "In this run each trade costs \(NumberFormat.plain(scenario.hedge.costs.basisPoints, decimals: 1)) basis points of the value traded "
                + "(c = \(NumberFormat.plain(c, decimals: 4)) one way, k = 2c = \(NumberFormat.plain(k, decimals: 4)) for a round trip)."
            : "This run has no proportional cost, so Whalley–Wilmott's band has zero width and Leland's volatility is the implied one."
        let start = context.analysis.initialValuation
        let spot = scenario.market.spot
        let riskAversion = scenario.hedge.rebalancing.policy(WhalleyWilmottRule.self)?.riskAversion
            ?? outcomes.lazy.compactMap { $0.rule.policy(WhalleyWilmottRule.self)?.riskAversion }.first
            ?? WhalleyWilmottRule.defaultRiskAversion
        let discount = exp(-scenario.market.rate * (scenario.book.nearestExpiry ?? 0))
        let width = WhalleyWilmottRule.halfWidth(
            positionGamma: m * start.gamma, spot: spot, costRate: c, riskAversion: riskAversion, discount: discount
        )
        whalleyWilmottNumbers = c > 0
            ? "At the start, with the position's Γ = m·Γ = \(NumberFormat.plain(m * start.gamma, decimals: 4)) shares per USD, "
                + "S = \(NumberFormat.money(spot)), e^(−rT) = \(NumberFormat.plain(discount, decimals: 4)) and "
                + "γ = \(NumberFormat.exact(riskAversion) ?? "\(riskAversion)") per USD, h = \(NumberFormat.number(width, decimals: 2)) shares: "
                + "the hedge holds still while it is within \(NumberFormat.number(width, decimals: 2)) shares of "
                + "−m·Δ = \(NumberFormat.number(-m * start.delta, decimals: 2)) shares. Γ falls away from the strike, and the band narrows with it."
            : "Without a proportional cost c = 0 and the band has zero width."
        lelandMinus = m > 0
        let dt = scenario.hedge.schedule.interval
        let number = LelandRule.lelandNumber(volatility: scenario.market.volatility, interval: dt, roundTripCost: k)
        if c > 0, let adjusted = scenario.lelandVolatility(scenario.market.volatility) {
            lelandNumbers = "Here σ = \(NumberFormat.percent(scenario.market.volatility, decimals: 2)), δt = "
                + "\(NumberFormat.plain(dt, decimals: 6)) years and k = \(NumberFormat.plain(k, decimals: 4)), so "
                + "Le = √(2/π)·k/(σ·√δt) = \(NumberFormat.plain(number, decimals: 4)) and σ̂ = \(NumberFormat.percent(adjusted, decimals: 2)): "
                + (m > 0 ? "lower than σ, as the formula's minus sign for a bought option makes it." : "higher than σ, as the formula's plus sign for a written option makes it.")
        } else if c > 0 {
            lelandNumbers = "Here Le = √(2/π)·k/(σ·√δt) = \(NumberFormat.plain(number, decimals: 4)) is at least 1: for a bought option "
                + "σ²·(1 − Le) is not positive, no volatility makes the hedge pay for trading this often at this cost, and the rule is left out."
        } else {
            lelandNumbers = "Without a proportional cost k = 0 and σ̂ = σ."
        }
        pathSentence = Self.pathSentence(context)
        rules = outcomes.isEmpty ? nil : PageTable("rules", columns: [
            .init("Rule", .code), .init("Band (shares)", .number), .init("Mean P&L (USD)", .number), .init("Std (USD)", .number),
            .init("Trades", .number), .init("Costs (USD)", .number),
        ], rows: outcomes.map { outcome in
            PageTable.Row([
                RuleWords.table(outcome.rule), outcome.rule.bandShares.map(RulesFindings.shareCount) ?? "—",
                NumberFormat.signedMoney(outcome.mean) + " ±\u{00A0}" + NumberFormat.money(outcome.meanStandardError),
                NumberFormat.money(outcome.std) + " ±\u{00A0}" + NumberFormat.money(outcome.stdStandardError),
                NumberFormat.number(outcome.trades, decimals: 1), NumberFormat.money(outcome.costs),
            ])
        })
        studyIntro = Self.studyIntro(context, outcomes)
        if outcomes.isEmpty {
            paragraph = ""
            charts = []
        } else {
            let findings = RulesFindings(outcomes, implied: scenario.market.volatility, paths: context.analysis.monteCarlo?.paths ?? 0)
            paragraph = findings.paragraph
            charts = [ReportFigure(id: .ruleFrontier, chart: ReportCharts.ruleFrontier(outcomes), caption: findings.frontierCaption)]
        }
        lelandNote = !outcomes.isEmpty && !outcomes.contains { $0.rule.policy(LelandRule.self) != nil } ? MonteCarloStudy.lelandOmission(scenario).map { "Leland's rule is not in the table: \($0)." } : nil
    }

    /// What the path's textbook hedge did: its rule, its trades and its costs.
    private static func pathSentence(_ context: ReportContext) -> String {
        let rows = context.analysis.simulation.textbook
        let trades = rows.count { $0.sharesBought != 0 }
        let costs = rows.reduce(0) { $0 + $1.transactionCost }
        let ruleWords = RuleWords.followed(context.scenario.hedge.rebalancing)
        var text = "On the path above the textbook hedge (the ledger's textbook columns) followed \(ruleWords): it traded on "
            + "\(trades) of its \(rows.count) dates and paid \(NumberFormat.money(costs)) in transaction costs."
        if context.scenario.hedge.rebalancing.policy(WhalleyWilmottRule.self) != nil, let first = rows.first {
            text += " Its set-up trade, like every trade, went only to the band's nearer edge: it began with "
                + "\(NumberFormat.number(first.sharesHeld, decimals: 2)) shares where −m·Δ(0) is "
                + "\(NumberFormat.number(-context.multiplier * first.delta, decimals: 2))."
        }
        return text + " The share balance of the lecture trades at every date whatever the rule: its next holding is the hedge "
            + "constraint solved, with no target to stray from."
    }

    /// How the comparison was made, and whether its calendar row is the study's own.
    private static func studyIntro(_ context: ReportContext, _ outcomes: [RuleOutcome]) -> String {
        guard let study = context.analysis.monteCarlo, !outcomes.isEmpty else { return "" }
        var text = "The Monte Carlo study above hedges on the calendar. Here the same \(NumberFormat.number(Double(study.paths), decimals: 0)) "
            + "paths are hedged by each rule in turn, every rule marking the option at the implied volatility: the rows differ only in "
            + "the rule, when and how much it trades. Bands are in shares of the position; trades and costs are means per path, a trade "
            + "being a date on which shares change hands, the set-up included."
        if let calendar = outcomes.first(where: \.rule.isCalendar),
           abs(calendar.mean - study.finalPnL.mean) <= 1e-9 * max(1, abs(study.finalPnL.mean)) {
            text += " The calendar row is the study above: the same mean final P&L, \(NumberFormat.signedMoney(calendar.mean))."
        }
        return text
    }
}
