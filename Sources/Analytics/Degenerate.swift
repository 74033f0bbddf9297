import Foundation
import Simulation

/// A run with nothing to hedge (DESIGN.md §2.9): the option is exercised when bought, the
/// position is worth less than a cent at the start, or its Γ-risk over the horizon is below a
/// cent. A report then says so in one paragraph and states no slopes, ratios or percentages of
/// noise.
public struct Degenerate: Sendable, Hashable, Codable {
    /// Why: ``Reason``.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// An American option worth its intrinsic value at the start, so exercised at once
        /// (``HedgeSimulation/exerciseStep`` 0): the hedge never runs.
        case exercisedAtStart = "exercised-at-start"
        /// |m·P(0)| < 1 cent.
        case worthLessThanACent = "position-worth-less-than-a-cent"
        /// The Γ-risk over the horizon (``gammaRisk(_:)``) is below a cent.
        case gammaRiskBelowACent = "gamma-risk-below-a-cent"
    }

    /// One cent, USD: below it there is nothing to hedge.
    public static let cent = 0.01

    public var reason: Reason
    /// The figure compared with a cent, USD for the whole position; for an option exercised at
    /// the start, the position's worth then, |m·P(0)|, its intrinsic value.
    public var value: Double

    /// The run's degeneracy, nil when there is something to hedge.
    public init?(_ analysis: HedgeAnalysis) {
        let worth = abs(analysis.simulation.scenario.book.multiplier * analysis.initialValuation.price)
        if analysis.simulation.exerciseStep == 0 {
            self.init(reason: .exercisedAtStart, value: worth)
            return
        }
        if worth < Self.cent {
            self.init(reason: .worthLessThanACent, value: worth)
            return
        }
        let risk = Self.gammaRisk(analysis)
        guard risk < Self.cent else { return nil }
        self.init(reason: .gammaRiskBelowACent, value: risk)
    }

    public init(reason: Reason, value: Double) {
        self.reason = reason
        self.value = value
    }

    /// The largest Γ-risk over what is left of the horizon at any date of the path:
    /// max ½·|m·Γ|·S²·σ²·(H − t), the gamma rent a one-standard-deviation move over the rest of
    /// the horizon would pay or earn, USD.
    public static func gammaRisk(_ analysis: HedgeAnalysis) -> Double {
        let valued = analysis.simulation.valuedPath
        let m = analysis.simulation.scenario.position.multiplier
        let horizon = analysis.simulation.scenario.hedge.schedule.horizon
        return valued.valuations.indices.dropLast().map { i in
            let s = valued.path.spots[i], sigma = valued.markets[i].volatility
            return 0.5 * abs(m * valued.valuations[i].gamma) * s * s * sigma * sigma * max(horizon - valued.path.times[i], 0)
        }.max() ?? 0
    }
}
