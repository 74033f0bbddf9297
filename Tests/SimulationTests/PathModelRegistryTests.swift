import Foundation
import Testing
@testable import Simulation

/// The one list of path models (``PathModels/all``) and the scenario's ``PathModel`` built on it.
struct PathModelRegistryTests {
    @Test func everyModelHasItsOwnName() {
        #expect(PathModels.ids == [.gbm, .binomial, .merton, .heston, BootstrapReturns.id])
        #expect(Set(PathModels.ids).count == PathModels.all.count)
        for id in PathModels.ids { #expect(PathModels.model(id)?.id == id) }
    }

    @Test func pathModelsRoundTripThroughJSONByTheirNames() throws {
        let models: [PathModel] = [
            .geometricBrownianMotion, .merton(.standard), .heston(.standard(level: 0.09)),
            .binomialWalk(BinomialWalk(up: 1.02, down: 0.98, upProbability: 0.5, interval: 1.0 / 365)),
            .observed(PricePath(times: [0, 1], spots: [100, 101])),
        ]
        for model in models {
            let data = try JSONEncoder().encode(model)
            #expect(try JSONDecoder().decode(PathModel.self, from: data) == model)
        }
        #expect(PathModel.merton(.standard) != .heston(.standard(level: 0.04)))
        #expect(PathModel.merton(.standard) != .merton(MertonJumps(intensity: 1, mean: -0.1, standardDeviation: 0.1)))
    }

    @Test func validationIsTheModelsOwnNamingTheValue() {
        var scenario = HedgeScenario.course
        scenario.dynamics.pathModel = .merton(MertonJumps(intensity: -1, mean: 0, standardDeviation: 0.1))
        #expect(throws: SimulationError.self) { try scenario.validate() }
        do { try scenario.validate() } catch { #expect(error.description.contains("jump intensity must be a finite number ≥ 0 per year, got -1.0")) }
    }
}
