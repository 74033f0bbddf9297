import Simulation

extension HedgeSimulation {
    /// The same path and hedges with the premium at the start set to the market's `quote`
    /// (USD per share) instead of the model's price, as the course's worked example starts it
    /// (`--start-premium market`).
    ///
    /// The first premium change is then P(1) − quote: the model's own move P(1) − P(0) plus the
    /// model–market gap P(0) − quote, which every estimator books on the first step (the exact
    /// one moves its holding to absorb it, the others leave it in the residual), and the
    /// textbook hedge pays the quote for the option (B(0) = −m·quote − n(0)·S(0)). The Greeks at
    /// the start stay the model's: the quote says nothing about them.
    public func startingPremium(at quote: Double) -> HedgeSimulation {
        guard !valuedPath.valuations.isEmpty else { return self }
        var result = self
        result.valuedPath.valuations[0].price = quote
        let m = scenario.position.multiplier
        result.ledgers = ledgers.map {
            ShareBalanceHedge.run(on: result.valuedPath, multiplier: m, estimator: $0.estimator, initialShares: scenario.initialShares)
        }
        result.textbook = TextbookHedge.run(on: result.valuedPath, multiplier: m, costs: scenario.costs)
        return result
    }
}
