import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// The rules a study with costs compares by default: each registered rule's own
    /// (``RebalancingPolicy/compared(in:)``), in the order of ``RebalancingRules/all``: the
    /// calendar, bands of 2%, 5% and 10% of the position's |m| shares (and the run's band),
    /// Whalley–Wilmott at the run's γ or its default, and Leland's rule where its volatility
    /// exists for the scenario.
    public static func comparedRules(for scenario: HedgeScenario) -> [RebalancingRule] {
        RebalancingRules.all.flatMap { $0.compared(in: scenario) }
    }

    /// Hedges the same ``paths`` paths of the scenario (its schedule, costs and path model) with
    /// each of `rules` (``RebalancingRule``) and summarises each rule's final P&L, trades and costs.
    ///
    /// Path k is the path the study's main batch hedges (same seed, same dates, the same
    /// prepared pricer), valued once; every rule hedges that valued path, so the rules differ by
    /// their decisions only. A rule with a volatility of its own (Leland's) takes its Δ from a
    /// second pricer prepared at that volatility (``RebalancingPolicy/hedgeDeltas(along:in:model:)``). The
    /// option's value, early exercise included, is the implied volatility's for every rule.
    ///
    /// - Throws: ``SimulationError`` when the scenario or a rule is invalid (Leland's rule where
    ///   its volatility does not exist) or pricing fails.
    public func compareRules(_ rules: [RebalancingRule]) throws(SimulationError) -> [RuleOutcome] {
        let base = {
            var base = scenario
            base.hedge.rebalancing = .calendar
            return base
        }()
        try base.validate()
        for rule in rules {
            var variant = base
            variant.hedge.rebalancing = rule
            try variant.validate()
        }
        let times = base.hedge.schedule.times
        // Every rule hedges the valued path on the textbook ledger: every Greek of the book's legs.
        let pricer = try fullPricer(for: base, hedges: .textbookOnly, times: times, measuringError: false).model
        // A rule that trades the Δ at its own volatility (Leland's) takes it from a second
        // pricer prepared at that volatility (``RebalancingPolicy/hedgeDeltas(along:in:model:)``).
        let hedgingVolatilities = rules.map { $0.base.hedgingVolatility(in: base) }
        let deltaPricers = try hedgingVolatilities.map { (volatility: Double?) throws(SimulationError) -> (any PricingModel)? in
            try volatility.map { (sigma: Double) throws(SimulationError) in
                try fullPricer(for: base.withImpliedVolatility(sigma), hedges: .textbookOnly, times: times, measuringError: false).model
            }
        }
        let m = base.position.multiplier, costs = base.hedge.costs
        let outcomes = try mapPaths(completed: progressReporter(batch: 0, of: 1)) { k throws(SimulationError) -> [PathOutcome] in
            var single = base
            single.dynamics.seed = Self.pathSeed(base.dynamics.seed, k)
            let simulation = try single.hedge(along: single.pricePath(), model: pricer, hedges: .textbookOnly)
            let valued = simulation.valuedPath
            return try rules.indices.map { (r: Int) throws(SimulationError) -> PathOutcome in
                // The calendar's ledger is the simulation's own.
                if rules[r].isCalendar { return PathOutcome(simulation.textbook) }
                let hedgeDeltas = try deltaPricers[r].flatMap { (pricer: any PricingModel) throws(SimulationError) in
                    try rules[r].base.hedgeDeltas(along: valued, in: single, model: pricer)
                }
                return PathOutcome(TextbookHedge.run(
                    on: valued, multiplier: m, costs: costs, rule: rules[r], hedgeDeltas: hedgeDeltas, expiry: scenario.book.nearestExpiry
                ))
            }
        }
        return rules.indices.map { r in
            let profits = SampleStatistics(outcomes.lazy.map { $0[r].profit })
            let paid = SampleStatistics(outcomes.lazy.map { $0[r].costs })
            return RuleOutcome(
                rule: rules[r], hedgingVolatility: hedgingVolatilities[r],
                mean: profits.mean, meanStandardError: profits.meanStandardError,
                std: profits.standardDeviation, stdStandardError: profits.standardDeviationStandardError,
                trades: Double(outcomes.reduce(0) { $0 + $1[r].trades }) / Double(max(paths, 1)),
                costs: paid.mean, costsStandardError: paid.meanStandardError
            )
        }
    }

    /// Why Leland's rule has no volatility for `scenario`, for a report; nil when it has one.
    public static func lelandOmission(_ scenario: HedgeScenario) -> String? {
        guard scenario.hedge.costs.basisPoints > 0 else { return "without a proportional cost Leland's volatility is the implied one" }
        guard scenario.lelandVolatility(scenario.market.volatility) == nil else { return nil }
        let number = LelandRule.lelandNumber(
            volatility: scenario.market.volatility, interval: scenario.hedge.schedule.interval, roundTripCost: scenario.hedge.roundTripCost
        )
        return "Leland's number Le = √(2/π)·k/(σ·√δt) is \(number) here, so a bought option's σ̂² = σ²·(1 − Le) is not positive"
    }
}

extension HedgeScenario {
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
