import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// The rules a study with costs compares by default: the calendar, bands of 2%, 5% and 10%
    /// of the position's |m| shares (and `band` when given), Whalley–Wilmott at `riskAversion`,
    /// and Leland's rule where its volatility exists for the scenario.
    public static func comparedRules(for scenario: HedgeScenario, band: Double?, riskAversion: Double) -> [RebalancingRule] {
        let size = abs(scenario.position.multiplier)
        let widths = Set([0.02, 0.05, 0.10].map { $0 * size } + (band.map { [$0] } ?? [])).sorted()
        var rules: [RebalancingRule] = [.calendar] + widths.map { .band(shares: $0) } + [.whalleyWilmott(riskAversion: riskAversion)]
        if scenario.lelandVolatility(scenario.market.volatility) != nil { rules.append(.leland) }
        return rules
    }

    /// Hedges the same ``paths`` paths of the scenario (its schedule, costs and path model) with
    /// each of `rules` (``RebalancingRule``) and summarises each rule's final P&L, trades and costs.
    ///
    /// Path k is the path the study's main batch hedges (same seed, same dates, the same
    /// prepared pricer), valued once; every rule but Leland's hedges that valued path, so the
    /// rules differ by their decisions only. Leland's rule takes its Δ from a second pricer
    /// prepared at Leland's volatility (``HedgeScenario/lelandDeltas(along:model:)``). The
    /// option's value, early exercise included, is the implied volatility's for every rule.
    ///
    /// - Throws: ``SimulationError`` when the scenario or a rule is invalid (Leland's rule where
    ///   its volatility does not exist) or pricing fails.
    public func compareRules(_ rules: [RebalancingRule]) throws(SimulationError) -> [RuleOutcome] {
        let base = {
            var base = scenario
            base.rebalancing = .calendar
            return base
        }()
        try base.validate()
        for rule in rules {
            var variant = base
            variant.rebalancing = rule
            try variant.validate()
        }
        let times = base.schedule.times
        // Every rule hedges the valued path on the textbook ledger: every Greek of the book's legs.
        let pricer = try fullPricer(for: base, hedges: .textbookOnly, times: times, measuringError: false).model
        let lelandVolatility = rules.contains(.leland) ? base.lelandVolatility(base.market.volatility) : nil
        let lelandPricer: (any PricingModel)? = if let lelandVolatility {
            try fullPricer(
                for: base.withImpliedVolatility(lelandVolatility), hedges: .textbookOnly, times: times, measuringError: false
            ).model
        } else {
            nil
        }
        let m = base.position.multiplier, costs = base.costs
        let outcomes = try mapPaths(completed: progressReporter(batch: 0, of: 1)) { k throws(SimulationError) -> [PathOutcome] in
            var single = base
            single.seed = Self.pathSeed(base.seed, k)
            let simulation = try single.hedge(along: single.pricePath(), model: pricer, hedges: .textbookOnly)
            let valued = simulation.valuedPath
            var lelandDeltas: [Double]?
            return try rules.map { (rule: RebalancingRule) throws(SimulationError) -> PathOutcome in
                let rows: [TextbookHedgeRow]
                switch rule {
                case .calendar:
                    rows = simulation.textbook
                case .leland:
                    if lelandDeltas == nil, let lelandPricer {
                        lelandDeltas = try single.lelandDeltas(along: valued, model: lelandPricer)
                    }
                    rows = TextbookHedge.run(
                        on: valued, multiplier: m, costs: costs, rule: rule, hedgeDeltas: lelandDeltas, expiry: scenario.book.nearestExpiry
                    )
                default:
                    rows = TextbookHedge.run(on: valued, multiplier: m, costs: costs, rule: rule, expiry: scenario.book.nearestExpiry)
                }
                return PathOutcome(rows)
            }
        }
        return rules.indices.map { r in
            let profits = SampleStatistics(outcomes.lazy.map { $0[r].profit })
            let paid = SampleStatistics(outcomes.lazy.map { $0[r].costs })
            return RuleOutcome(
                rule: rules[r], hedgingVolatility: rules[r] == .leland ? lelandVolatility : nil,
                mean: profits.mean, meanStandardError: profits.meanStandardError,
                std: profits.standardDeviation, stdStandardError: profits.standardDeviationStandardError,
                trades: Double(outcomes.reduce(0) { $0 + $1[r].trades }) / Double(max(paths, 1)),
                costs: paid.mean, costsStandardError: paid.meanStandardError
            )
        }
    }

    /// Why Leland's rule has no volatility for `scenario`, for a report; nil when it has one.
    public static func lelandOmission(_ scenario: HedgeScenario) -> String? {
        guard scenario.costs.basisPoints > 0 else { return "without a proportional cost Leland's volatility is the implied one" }
        guard scenario.lelandVolatility(scenario.market.volatility) == nil else { return nil }
        let number = RebalancingRule.lelandNumber(
            volatility: scenario.market.volatility, interval: scenario.schedule.interval, roundTripCost: scenario.roundTripCost
        )
        return "Leland's number Le = √(2/π)·k/(σ·√δt) is \(number) here, so a bought option's σ̂² = σ²·(1 − Le) is not positive"
    }
}

private extension HedgeScenario {
    /// The scenario priced at another implied volatility σ, per √year.
    func withImpliedVolatility(_ sigma: Double) -> HedgeScenario {
        var adjusted = self
        adjusted.market.volatility = sigma
        return adjusted
    }
}

/// One rule's figures on one path.
private struct PathOutcome: Sendable {
    var profit: Double
    var trades: Int
    var costs: Double

    init(_ rows: [TextbookHedgeRow]) {
        profit = rows.last?.profitAndLoss ?? 0
        trades = rows.count { $0.sharesBought != 0 }
        costs = rows.reduce(0) { $0 + $1.transactionCost }
    }
}
