import Analytics
import Report
import Simulation

extension ParameterReader {
    /// The rule of `--rebalance`, with `--band` and `--risk-aversion` checked against it and
    /// against the costs; recorded only when `--rebalance` is given, so a run that does not
    /// choose a rule reads (and reports) as before rules existed.
    ///
    /// Whalley–Wilmott's band and Leland's volatility are functions of the proportional cost;
    /// without one (`--cost-bps 0`) both are the calendar rule, and asking for them is refused
    /// rather than run under a name that changes nothing.
    ///
    /// - Parameters:
    ///   - costs: the resolved transaction costs.
    ///   - multiplier: the position's m, for the default band (``RebalancingRule/defaultBand(multiplier:)``).
    ///   - legs: the book's option legs; a rule other than the calendar needs exactly one.
    mutating func resolveRebalancing(costs: TransactionCosts, multiplier: Double, legs: Int) throws(ParameterError) -> RebalancingRule {
        let name: RebalancingRule.Name = given.isGiven(.rebalance) ? try choice(.rebalance) : .calendar
        if name != .calendar, legs > 1 {
            throw ParameterError(.invalid(
                "\(self.name(.rebalance)) \(name.rawValue) applies to one option, got a book of \(legs) legs (--leg): "
                    + "the rules read one option's Γ and volatility; use \(self.name(.rebalance)) calendar"
            ))
        }
        for (key, owner) in [(ParameterKey.band, RebalancingRule.Name.band), (.riskAversion, .whalleyWilmott)]
        where given.isGiven(key) && name != owner {
            let chosen = given.isGiven(.rebalance) ? "\(self.name(.rebalance)) \(name.rawValue)" : "no \(self.name(.rebalance)) (the calendar rule)"
            throw ParameterError(.invalid("\(self.name(key)) applies to \(self.name(.rebalance)) \(owner.rawValue) only, got \(chosen)"))
        }
        if name == .whalleyWilmott || name == .leland, costs.basisPoints == 0 {
            let what = name == .leland ? "Leland's volatility is the implied one" : "Whalley–Wilmott's band has zero width"
            throw ParameterError(.invalid(
                "\(self.name(.rebalance)) \(name.rawValue) needs a proportional cost, \(self.name(.costBps)) > 0: without one \(what) and the rule is the calendar rule"
            ))
        }
        switch name {
        case .calendar:
            return .calendar
        case .band:
            return .band(shares: try number(.band, otherwise: RebalancingRule.defaultBand(multiplier: multiplier))!)
        case .whalleyWilmott:
            return .whalleyWilmott(riskAversion: try number(.riskAversion, otherwise: RebalancingRule.defaultRiskAversion)!)
        case .leland:
            return .leland
        }
    }

    /// Refuses Leland's rule where its volatility does not exist: a bought option whose
    /// Leland number Le = √(2/π)·k/(σ·√δt) is at least 1 (``RebalancingRule/lelandVolatility(_:interval:roundTripCost:longGamma:)``).
    func checkLeland(_ scenario: HedgeScenario) throws(ParameterError) {
        guard scenario.rebalancing == .leland, scenario.lelandVolatility(scenario.market.volatility) == nil else { return }
        let number = RebalancingRule.lelandNumber(
            volatility: scenario.market.volatility, interval: scenario.schedule.interval, roundTripCost: scenario.roundTripCost
        )
        throw ParameterError(.invalid(
            "\(name(.rebalance)) leland: Leland's number √(2/π)·k/(σ·√δt) is \(NumberFormat.plain(number, decimals: 4)) with "
                + "\(name(.costBps)) \(ParameterDescriptor.written(scenario.costs.basisPoints)) and \(name(.interval)) "
                + "\(resolved[.interval]?.written ?? "")"
                + ", so a bought option's hedging variance σ²·(1 − Le) is not positive: it must be below 1 (lower "
                + "\(name(.costBps)) or lengthen \(name(.interval)))"
        ))
    }

    /// The rules the Monte Carlo study compares when trades cost a proportional fee: none
    /// without one or for a book of several legs (``MonteCarloStudy/comparedRules(for:band:riskAversion:)`` otherwise, with
    /// the run's own band or risk aversion among them).
    func comparedRules(for scenario: HedgeScenario) -> [RebalancingRule] {
        // The rules read one option's Γ and volatility: a book of several legs is not compared.
        guard scenario.costs.basisPoints > 0, scenario.book.legs.count == 1 else { return [] }
        let riskAversion: Double = if case let .whalleyWilmott(a) = scenario.rebalancing { a } else { RebalancingRule.defaultRiskAversion }
        return MonteCarloStudy.comparedRules(for: scenario, band: scenario.rebalancing.bandShares, riskAversion: riskAversion)
    }
}
