extension HedgeScenario {
    /// Checks the rule: one option for any rule but the calendar, the rule's own checks
    /// (``RebalancingPolicy/validate(in:)``: a band ≥ 0, a risk aversion > 0, a Leland
    /// volatility that exists), and a proportional cost > 0 for a rule that is the calendar rule
    /// without one (Whalley–Wilmott's band has zero width, Leland's volatility is the implied one).
    func validateRebalancing() throws(SimulationError) {
        if !hedge.rebalancing.isCalendar, book.legs.count > 1 {
            throw SimulationError(.invalidInput(
                name: "rebalancing rule for a book of \(book.legs.count) legs", value: hedge.rebalancing.name.rawValue,
                allowed: "calendar (the rules read one option's Γ and volatility)"
            ))
        }
        try hedge.rebalancing.base.validate(in: self)
        if let dependence = type(of: hedge.rebalancing.base).costDependence, !(hedge.costs.basisPoints > 0) {
            throw SimulationError(.invalidInput(
                name: "transaction cost for \(dependence.what)", value: "\(hedge.costs.basisPoints)", allowed: "> 0 basis points"
            ))
        }
    }
}
