import Pricing

extension HedgeScenario {
    /// k, the round-trip proportional cost: twice the one-way rate of ``costs``.
    public var roundTripCost: Double { 2 * costs.basisPoints / 10_000 }

    /// Leland's hedging volatility for an implied volatility σ on this scenario's schedule
    /// (``RebalancingRule/lelandVolatility(_:interval:roundTripCost:longGamma:)``, δt the
    /// schedule's interval, the side from the position: a bought option is long gamma); nil when
    /// it does not exist.
    public func lelandVolatility(_ sigma: Double) -> Double? {
        RebalancingRule.lelandVolatility(
            sigma, interval: schedule.interval, roundTripCost: roundTripCost, longGamma: position.multiplier > 0
        )
    }

    /// The option's Δ at Leland's volatility at every date of `valued` (each date's implied
    /// volatility adjusted), priced by `model`.
    public func lelandDeltas(along valued: ValuedPath, model: some PricingModel) throws(SimulationError) -> [Double] {
        var volatilities = [Double]()
        volatilities.reserveCapacity(valued.markets.count)
        for (step, market) in valued.markets.enumerated() {
            guard let adjusted = lelandVolatility(market.volatility) else {
                throw SimulationError(.invalidInput(
                    name: "Leland's volatility at step \(step)", value: "σ² × (1 − Le) ≤ 0 at σ = \(market.volatility)",
                    allowed: "a positive variance (fewer costs or a longer interval)"
                ))
            }
            volatilities.append(adjusted)
        }
        return try ValuedPath.value(
            position.contract, along: valued.path, market: market, volatilities: volatilities, model: model
        ).valuations.map(\.delta)
    }

    /// Checks the rule's parameters: a band ≥ 0, a risk aversion > 0, and for Whalley–Wilmott
    /// and Leland a proportional cost > 0 (without one the band has zero width and Leland's
    /// volatility is the implied one: both are the calendar rule) and, for Leland, a volatility
    /// that exists.
    func validateRebalancing() throws(SimulationError) {
        func refuse(_ name: String, _ value: String, _ allowed: String) -> SimulationError {
            SimulationError(.invalidInput(name: name, value: value, allowed: allowed))
        }
        if !rebalancing.isCalendar, book.legs.count > 1 {
            throw refuse(
                "rebalancing rule for a book of \(book.legs.count) legs", rebalancing.name.rawValue,
                "calendar (the rules read one option's Γ and volatility)"
            )
        }
        switch rebalancing {
        case .calendar:
            break
        case let .band(shares):
            guard shares.isFinite, shares >= 0 else { throw refuse("band", "\(shares)", "a finite number of shares ≥ 0") }
        case let .whalleyWilmott(riskAversion):
            guard riskAversion.isFinite, riskAversion > 0 else {
                throw refuse("risk aversion", "\(riskAversion)", "a finite number > 0 per USD")
            }
            guard costs.basisPoints > 0 else {
                throw refuse("transaction cost for Whalley–Wilmott's band", "\(costs.basisPoints)", "> 0 basis points")
            }
        case .leland:
            guard costs.basisPoints > 0 else {
                throw refuse("transaction cost for Leland's volatility", "\(costs.basisPoints)", "> 0 basis points")
            }
            guard lelandVolatility(market.volatility) != nil else {
                let number = RebalancingRule.lelandNumber(
                    volatility: market.volatility, interval: schedule.interval, roundTripCost: roundTripCost
                )
                throw refuse("Leland's number Le for a bought option", "\(number)", "below 1 (fewer costs or a longer interval)")
            }
        }
    }
}
