import Foundation
import Simulation

/// The implied volatility's noise, which reprices the option at every date: removed by
/// holding the implied volatility constant (the noise has its own random stream, so the share
/// path is unchanged).
public struct ImpliedVolatilityNoiseCause: ControlCause {
    public init() {}
    public var id: ControlCauseID { .impliedVolatilityNoise }

    public func isPresent(in scenario: HedgeScenario) -> Bool {
        if case .noisy = scenario.dynamics.volatilityModel { return true }
        return false
    }

    public func remove(from scenario: inout HedgeScenario) {
        scenario.dynamics.volatilityModel = .constant
    }
}
