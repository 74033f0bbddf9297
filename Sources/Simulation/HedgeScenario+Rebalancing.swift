extension HedgeScenario {
    /// k, the round-trip proportional cost: twice the one-way rate of ``costs``.
    public var roundTripCost: Double { 2 * costs.basisPoints / 10_000 }

    /// Checks the rule: one option for any rule but the calendar, the rule's own checks
    /// (``RebalancingPolicy/validate(in:)``: a band ≥ 0, a risk aversion > 0, a Leland
    /// volatility that exists), and a proportional cost > 0 for a rule that is the calendar rule
    /// without one (Whalley–Wilmott's band has zero width, Leland's volatility is the implied one).
    func validateRebalancing() throws(SimulationError) {
        if !rebalancing.isCalendar, book.legs.count > 1 {
            throw SimulationError(.invalidInput(
                name: "rebalancing rule for a book of \(book.legs.count) legs", value: rebalancing.name.rawValue,
                allowed: "calendar (the rules read one option's Γ and volatility)"
            ))
        }
        try rebalancing.base.validate(in: self)
        if let dependence = type(of: rebalancing.base).costDependence, !(costs.basisPoints > 0) {
            throw SimulationError(.invalidInput(
                name: "transaction cost for \(dependence.what)", value: "\(costs.basisPoints)", allowed: "> 0 basis points"
            ))
        }
    }
}
