import Analytics
import Foundation
import Simulation
import Testing

/// Which control-run causes a path model admits (DESIGN.md §2.9), read from the model's own
/// declarations (``PathProcess/theory``, ``PathProcess/realizesTheRunsVolatility``).
struct PathModelCausesTests {
    static func scenario(_ model: PathModel, realized: Double) -> HedgeScenario {
        var scenario = HedgeScenario.course
        scenario.dynamics.pathModel = model
        scenario.dynamics.realizedVolatility = realized
        return scenario
    }

    static let bootstrap: PathModel = {
        let spots = (0..<40).map { 100 * exp(0.02 * sin(Double($0 * $0))) }
        return .simulated(try! BootstrapReturns(prices: PricePath(times: spots.indices.map { Double($0) / 252 }, spots: spots)))
    }()

    @Test(arguments: [
        (PathModel.geometricBrownianMotion, true, false),
        (bootstrap, true, true),
        (.merton(.standard), false, true),
        (.heston(.standard(level: 0.36)), false, true),
    ])
    func causesFollowTheModelsDeclarations(model: PathModel, mismatch: Bool, pathModel: Bool) {
        let scenario = Self.scenario(model, realized: 0.6)
        #expect(VolatilityMismatchCause().isPresent(in: scenario) == mismatch)
        #expect(PathModelCause().isPresent(in: scenario) == pathModel)
        // Removing the mismatch keeps the model and moves only σr to the implied volatility.
        let control = VolatilityMismatchCause().removed(from: scenario)
        #expect(control.dynamics.pathModel == scenario.dynamics.pathModel)
        #expect(control.dynamics.realizedVolatility == scenario.market.volatility)
    }
}
