import Simulation
import Testing
@testable import Report

/// What a control run on GBM paths removes, as an explanation names it (``PathModelWords/removed(_:)``):
/// the model's own feature where it has one, else one phrase for every other model.
struct PathModelWordsTests {
    @Test func aModelWithoutAFeatureOfItsOwnRemovesThePathModel() {
        let generic = "the path model (GBM paths instead)"
        #expect(PathModelWords.removed(nil) == generic)
        #expect(PathModelWords.removed(GeometricBrownianPaths()) == generic)
        #expect(PathModelWords.removed(BinomialWalk(up: 1.03, down: 1 / 1.03, upProbability: 0.5, interval: 1.0 / 365)) == generic)
        #expect(PathModelWords.removed(MertonJumps(intensity: 2, mean: -0.05, standardDeviation: 0.1)) == "Merton's jumps (GBM paths instead)")
    }
}
