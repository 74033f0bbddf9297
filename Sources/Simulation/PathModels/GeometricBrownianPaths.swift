import Foundation

/// Geometric Brownian motion at the scenario's drift and realized volatility
/// (``GeometricBrownianMotion``): the model the Black–Scholes hedge is written for.
public struct GeometricBrownianPaths: PathProcess {
    public init() {}

    public static let id = PathModelID.gbm
    public static let title = "geometric Brownian motion"
    public static let label = "GBM"
    public static let help = "geometric Brownian motion"

    public static func resolve(_ inputs: PathModelInputs) throws(SimulationError) -> Self? { Self() }

    public func generator(in scenario: HedgeScenario) -> any PathGenerator {
        GeometricBrownianMotion(drift: scenario.dynamics.drift, volatility: scenario.dynamics.realizedVolatility)
    }

    public var theory: PathModelTheory { .lognormal }

    public var realizesTheRunsVolatility: Bool { true }
}
