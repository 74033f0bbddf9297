import Foundation
import Pricing

/// Trade to −m·Δ̂ at every date, Δ̂ the option's Δ at Leland's volatility
/// (``lelandVolatility(_:interval:roundTripCost:longGamma:)``); the option stays marked at the
/// implied volatility.
public struct LelandRule: RebalancingPolicy {
    public static let name = RebalancingRule.Name(rawValue: "leland")
    public static let help = "every --interval, at Leland's volatility, needs --cost-bps"

    public init() {}

    public static func make(parameter _: Double?) -> LelandRule { LelandRule() }

    public static let costDependence: CostDependence? = CostDependence(
        what: "Leland's volatility", withoutCost: "Leland's volatility is the implied one"
    )

    public static let ownHedgingVolatility: OwnHedgingVolatility? = OwnHedgingVolatility(
        rule: "Leland's rule", formula: "σ²·(1 ∓ √(2/π)·k/(σ·√δt))"
    )

    /// Refuses a bought option whose Leland number is at least 1: no volatility exists.
    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        guard scenario.lelandVolatility(scenario.market.volatility) == nil else { return }
        let number = Self.lelandNumber(
            volatility: scenario.market.volatility, interval: scenario.hedge.schedule.interval, roundTripCost: scenario.hedge.roundTripCost
        )
        throw SimulationError(.invalidInput(
            name: "Leland's number Le for a bought option", value: "\(number)", allowed: "below 1 (fewer costs or a longer interval)"
        ))
    }

    /// Leland's σ̂ at the implied volatility of `scenario`'s start.
    public func hedgingVolatility(in scenario: HedgeScenario) -> Double? {
        scenario.lelandVolatility(scenario.market.volatility)
    }

    /// The option's Δ at Leland's volatility at every date of `valued` (each date's implied
    /// volatility adjusted), priced by `model`.
    public func hedgeDeltas(
        along valued: ValuedPath, in scenario: HedgeScenario, model: some PricingModel
    ) throws(SimulationError) -> [Double]? {
        var volatilities = [Double]()
        volatilities.reserveCapacity(valued.markets.count)
        for (step, market) in valued.markets.enumerated() {
            guard let adjusted = scenario.lelandVolatility(market.volatility) else {
                throw SimulationError(.invalidInput(
                    name: "Leland's volatility at step \(step)", value: "σ² × (1 − Le) ≤ 0 at σ = \(market.volatility)",
                    allowed: "a positive variance (fewer costs or a longer interval)"
                ))
            }
            volatilities.append(adjusted)
        }
        return try ValuedPath.value(
            scenario.position.contract, along: valued.path, market: scenario.market, volatilities: volatilities, model: model
        ).valuations.map(\.delta)
    }

    /// Leland's rule where its volatility exists for `scenario`.
    public static func compared(in scenario: HedgeScenario) -> [RebalancingRule] {
        scenario.lelandVolatility(scenario.market.volatility) != nil ? [.leland] : []
    }

    /// Leland's number Le = √(2/π)·k/(σ·√δt): the cost of hedging every δt as a fraction of
    /// σ², with k the round-trip proportional cost (2 × the one-way ``TransactionCosts`` rate).
    ///
    /// Leland, "Option pricing and replication with transactions costs", *Journal of Finance*
    /// 40 (1985) 1283–1301.
    public static func lelandNumber(volatility sigma: Double, interval dt: Double, roundTripCost k: Double) -> Double {
        (2 / Double.pi).squareRoot() * k / (sigma * dt.squareRoot())
    }

    /// Leland's hedging volatility σ̂ = σ·√(1 ± Le) (``lelandNumber(volatility:interval:roundTripCost:)``).
    ///
    /// Leland's σ̂² = σ²·(1 + Le) is the writer's: a hedger short gamma (a written option) buys
    /// after rises and sells after falls, so the costs add to the variance it must cover. A hedger
    /// long gamma (a bought option) trades the other way and the costs take from the option's
    /// value: σ̂² = σ²·(1 − Le) (Hoggard, Whalley & Wilmott, "Hedging option portfolios in the
    /// presence of transaction costs", *Advances in Futures and Options Research* 7, 1994, whose
    /// variance is σ² − sign(Γ)·σ²·Le). In both, Δ̂ at σ̂ is the hedge.
    ///
    /// - Parameters:
    ///   - sigma: the implied volatility, per √year, > 0.
    ///   - dt: the rebalancing interval, years, > 0.
    ///   - k: the round-trip proportional cost, ≥ 0.
    ///   - longGamma: true for a bought option (m > 0), false for a written one.
    /// - Returns: σ̂ per √year; nil when 1 − Le ≤ 0 for a long-gamma hedger (the costs of trading
    ///   every δt exceed the variance the hedge earns: no volatility makes the hedge pay them).
    public static func lelandVolatility(_ sigma: Double, interval dt: Double, roundTripCost k: Double, longGamma: Bool) -> Double? {
        let number = lelandNumber(volatility: sigma, interval: dt, roundTripCost: k)
        let factor = longGamma ? 1 - number : 1 + number
        guard factor > 0, factor.isFinite else { return nil }
        return sigma * factor.squareRoot()
    }
}

extension RebalancingRule {
    /// Trade to −m·Δ̂ at Leland's volatility at every date (``LelandRule``).
    public static let leland = RebalancingRule(LelandRule())
}

extension HedgeScenario {
    /// Leland's hedging volatility for an implied volatility σ on this scenario's schedule
    /// (``LelandRule/lelandVolatility(_:interval:roundTripCost:longGamma:)``, δt the schedule's
    /// interval, the side from the position: a bought option is long gamma); nil when it does
    /// not exist.
    public func lelandVolatility(_ sigma: Double) -> Double? {
        LelandRule.lelandVolatility(
            sigma, interval: hedge.schedule.interval, roundTripCost: hedge.roundTripCost, longGamma: position.multiplier > 0
        )
    }
}
