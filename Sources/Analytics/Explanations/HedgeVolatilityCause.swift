import Foundation
import Simulation

/// Hedging with a Δ at a volatility other than the one the share realizes (`--hedge-vol
/// implied` or a number, under a volatility gap): removed by trading the Δ at the realized
/// volatility on the same paths, the premium still marked at the implied one (issue 27).
///
/// Hedged at σr the final P&L tends to the deterministic m·(V(σr) − V(σi))·e^{rT} as the hedge
/// becomes continuous; hedged at σi it keeps the path-dependent gamma rent
/// Σ ½·m·Γ(σi)·S²·(σr² − σi²)·dt, a floor under the frequency sweep (Ahmad & Wilmott 2005).
/// This cause measures that floor. It is its own cause, beside ``VolatilityMismatchCause``, which
/// removes the gap itself (the share realizing σi), so both ids of issue 23 keep their meaning.
/// It exists only inside a volatility gap: with σr = σi the two hedges are one.
public struct HedgeVolatilityCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .hedgeVolatility }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        guard case .geometricBrownianMotion = scenario.dynamics.pathModel, scenario.book.isSingleOption,
              scenario.hedge.rebalancing.ownHedgingVolatility == nil, scenario.hedge.volatility != .realized else { return false }
        let traded = scenario.hedgingVolatility() ?? scenario.market.volatility
        return abs(traded - scenario.dynamics.realizedVolatility) > 1e-12
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.hedge.volatility = .realized
    }
}
