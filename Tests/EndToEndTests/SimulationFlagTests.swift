import Foundation
import Testing

/// The simulation's flags reach the summary and change what they should.
@Suite(.serialized)
struct SimulationFlagTests {
    static func summary(_ arguments: [String]) throws -> [String: Any] {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "40", "--paths", "0"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func costsRaiseTheTextbookCumulativeCost() throws {
        let free = try #require(try Self.summary([])["textbook"] as? [String: Any])
        let costly = try #require(try Self.summary(["--cost-bps", "20", "--fee-per-trade", "1"])["textbook"] as? [String: Any])
        let freeCost = try #require(free["cumulativeCost"] as? Double)
        let costlyCost = try #require(costly["cumulativeCost"] as? Double)
        #expect(costlyCost > freeCost)
        #expect(try #require(costly["transactionCosts"] as? Double) > 0)
        #expect(free["transactionCosts"] as? Double == 0)
    }

    /// The walk's factors as given, and the probability that matches the drift when none is
    /// given, p = (e^{μ·dt} − d)/(u − d), recomputed here from the recorded drift and interval.
    @Test func binomialWalkIsRecordedWithItsFactors() throws {
        let given = try #require(try Self.summary(["--path-model", "binomial", "--up", "1.02", "--down", "0.98", "--up-probability", "0.45"])["parameters"] as? [String: Any])
        #expect(given["pathModel"] as? String == "binomial")
        let walk = try #require(given["binomialWalk"] as? [String: Any])
        #expect(walk["up"] as? Double == 1.02)
        #expect(walk["down"] as? Double == 0.98)
        #expect(walk["upProbability"] as? Double == 0.45)

        let derived = try #require(try Self.summary(["--path-model", "binomial", "--up", "1.03", "--down", "0.97"])["parameters"] as? [String: Any])
        let defaulted = try #require(derived["binomialWalk"] as? [String: Any])
        let mu = try #require(derived["drift"] as? Double), dt = try #require(derived["intervalYears"] as? Double)
        #expect(abs(try #require(defaulted["upProbability"] as? Double) - (exp(mu * dt) - 0.97) / (1.03 - 0.97)) < 1e-15)
        #expect(defaulted["interval"] as? Double == dt)
    }

    @Test func holdingKeepsTheOptionToExpiry() throws {
        // A deep in-the-money American put on a falling drift is exercised early unless held.
        let arguments = ["--strike", "400", "--drift", "-2", "--seed", "3"]
        let exercised = try #require(try Self.summary(arguments)["path"] as? [String: Any])
        let held = try #require(try Self.summary(arguments + ["--exercise", "hold"])["path"] as? [String: Any])
        #expect(exercised["exerciseStep"] as? Int != nil)
        #expect(held["exerciseStep"] == nil)
        #expect(held["rebalancingDates"] as? Int == 62)
    }
}
