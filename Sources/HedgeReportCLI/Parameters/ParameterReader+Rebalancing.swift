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
    ///   - multiplier: the position's m, for the default band (``RuleParameter/defaultValue``: the band's 5% of |m| shares).
    ///   - legs: the book's option legs; a rule other than the calendar needs exactly one.
    mutating func resolveRebalancing(costs: TransactionCosts, multiplier: Double, legs: Int) throws(ParameterError) -> RebalancingRule {
        let name: RebalancingRule.Name = given.isGiven(.rebalance) ? try choice(.rebalance) : CalendarRule.name
        guard let rule = RebalancingRules.rule(named: name) else {
            preconditionFailure("\(name): the descriptor's choices and RebalancingRules.all differ")
        }
        if name != CalendarRule.name, legs > 1 {
            throw ParameterError(.invalid(
                "\(self.name(.rebalance)) \(name.rawValue) applies to one option, got a book of \(legs) legs (--leg): "
                    + "the rules read one option's Γ and volatility; use \(self.name(.rebalance)) calendar"
            ))
        }
        for owner in RebalancingRules.all {
            guard let parameter = owner.parameter else { continue }
            let key = Self.key(of: parameter)
            guard given.isGiven(key), name != owner.name else { continue }
            let chosen = given.isGiven(.rebalance) ? "\(self.name(.rebalance)) \(name.rawValue)" : "no \(self.name(.rebalance)) (the calendar rule)"
            throw ParameterError(.invalid("\(self.name(key)) applies to \(self.name(.rebalance)) \(owner.name.rawValue) only, got \(chosen)"))
        }
        if let dependence = rule.costDependence, costs.basisPoints == 0 {
            throw ParameterError(.invalid(
                "\(self.name(.rebalance)) \(name.rawValue) needs a proportional cost, \(self.name(.costBps)) > 0: without one "
                    + "\(dependence.withoutCost) and the rule is the calendar rule"
            ))
        }
        var value: Double?
        if let parameter = rule.parameter {
            value = try number(Self.key(of: parameter), otherwise: parameter.defaultValue(multiplier))
        }
        return RebalancingRule(rule.make(parameter: value))
    }

    /// The parameter key of a rule's number: its flag without the dashes.
    private static func key(of parameter: RuleParameter) -> ParameterKey {
        guard let key = ParameterKey(rawValue: parameter.flag) else {
            preconditionFailure("--\(parameter.flag): a rule's number has no ParameterKey")
        }
        return key
    }

    /// Refuses Leland's rule where its volatility does not exist: a bought option whose
    /// Leland number Le = √(2/π)·k/(σ·√δt) is at least 1 (``LelandRule/lelandVolatility(_:interval:roundTripCost:longGamma:)``).
    func checkLeland(_ scenario: HedgeScenario) throws(ParameterError) {
        guard scenario.hedge.rebalancing.policy(LelandRule.self) != nil, scenario.lelandVolatility(scenario.market.volatility) == nil else { return }
        let number = LelandRule.lelandNumber(
            volatility: scenario.market.volatility, interval: scenario.hedge.schedule.interval, roundTripCost: scenario.hedge.roundTripCost
        )
        throw ParameterError(.invalid(
            "\(name(.rebalance)) leland: Leland's number √(2/π)·k/(σ·√δt) is \(NumberFormat.plain(number, decimals: 4)) with "
                + "\(name(.costBps)) \(ParameterDescriptor.written(scenario.hedge.costs.basisPoints)) and \(name(.interval)) "
                + "\(resolved[.interval]?.written ?? "")"
                + ", so a bought option's hedging variance σ²·(1 − Le) is not positive: it must be below 1 (lower "
                + "\(name(.costBps)) or lengthen \(name(.interval)))"
        ))
    }

    /// The rules the Monte Carlo study compares when trades cost a proportional fee: none
    /// without one or for a book of several legs (``MonteCarloStudy/comparedRules(for:)`` otherwise, with
    /// the run's own band or risk aversion among them).
    func comparedRules(for scenario: HedgeScenario) -> [RebalancingRule] {
        // The rules read one option's Γ and volatility: a book of several legs is not compared.
        guard scenario.hedge.costs.basisPoints > 0, scenario.book.legs.count == 1 else { return [] }
        return MonteCarloStudy.comparedRules(for: scenario)
    }
}
