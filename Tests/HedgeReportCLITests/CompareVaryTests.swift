import Foundation
@testable import HedgeReportCLI
import Testing

/// `hedge-report compare`'s scenarios are read and checked in process, before any work: bad
/// `--vary` input is refused with 64 and a message naming it (DESIGN.md §4).
struct CompareVaryTests {
    private func plan(_ arguments: [String]) throws -> ComparisonPlan {
        try CompareCommand.parse(arguments).plan()
    }

    private func refusal(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ParameterError? {
        do {
            _ = try plan(arguments)
            Issue.record("planned, expected a refusal", sourceLocation: sourceLocation)
            return nil
        } catch let error as ParameterError {
            return error
        } catch {
            Issue.record("refused by the argument parser: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test func varyingTheIntervalMakesOneScenarioPerValueNamedByIt() throws {
        let plan = try plan(["--vary", "interval=1d,1w,2w", "--paths", "200", "-o", "/tmp/cmp"])
        #expect(plan.scenarios.map(\.name) == ["interval-1d", "interval-1w", "interval-2w"])
        #expect(plan.directory == "/tmp/cmp")
        #expect(plan.scenarios.map(\.run.pipeline.outputDirectory) == ["/tmp/cmp/interval-1d", "/tmp/cmp/interval-1w", "/tmp/cmp/interval-2w"])
        let intervals = plan.scenarios.map(\.run.pipeline.scenario.hedge.schedule.interval)
        #expect(intervals[1] == 7 * intervals[0])
        #expect(Set(plan.scenarios.map(\.run.pipeline.scenario.dynamics.seed)).count == 1)
        // The coarser schedules draw their paths on the daily grid (common random numbers).
        #expect(plan.scenarios.map(\.run.pipeline.scenario.dynamics.drawingInterval) == [nil, intervals[0], intervals[0]])
    }

    @Test func aSecondVaryMakesAGrid() throws {
        let plan = try plan(["--vary", "interval=1d,1w", "--vary", "cost-bps=0,10", "--paths", "200"])
        #expect(plan.scenarios.map(\.name) == ["interval-1d_cost-bps-0", "interval-1d_cost-bps-10", "interval-1w_cost-bps-0", "interval-1w_cost-bps-10"])
    }

    @Test func aHedgeWithValueUsesSemicolonsAndNoneLeavesItOut() throws {
        let plan = try plan(["--vary", "hedge-with=none,type=call;strike=270", "--paths", "0"])
        #expect(plan.scenarios.map(\.run.pipeline.scenario.hedge.tradedOptions.count) == [0, 1])
        #expect(plan.scenarios[1].run.pipeline.scenario.hedge.tradedOptions[0].position.contract.strike == 270)
    }

    @Test(arguments: [
        (["--vary", "intervall=1d,1w"], "did you mean 'interval'?"),
        (["--vary", "interval=1d"], "only one value"),
        (["--vary", "interval"], "expected KEY=V1,V2"),
        (["--vary", "interval=1d,,1w"], "value 2 is empty"),
        (["--vary", "interval=1d,1d"], "given twice"),
        (["--vary", "seed=1,2"], "cannot vary"),
        (["--vary", "interval=1d,3x"], "scenario 'interval-3x'"),
        (["--vary", "realized-vol=0.3,-1"], "--realized-vol"),
        (["--vary", "interval=1d,1w", "--vary", "interval=2w,3w"], "varied twice"),
        (["--vary", "cost-bps=0,1,2,3,4", "--vary", "realized-vol=0.1,0.2,0.3"], "5 × 3 = 15 scenarios"),
        ([], "needs something to compare"),
    ])
    func refusesBadVaryInputNamingIt(arguments: [String], expected: String) throws {
        let error = try #require(refusal(arguments))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains(expected), "\(error.description)")
    }

    /// A student's review (11c): one varied flag's grid was "13 = 13 scenarios"; its count is
    /// said once, and a grid of two flags still shows its product.
    @Test func aGridOfOneFlagStatesItsCountOnce() throws {
        let strikes = (1...13).map { String(200 + 10 * $0) }.joined(separator: ",")
        let one = try #require(refusal(["--vary", "strike=\(strikes)", "--paths", "0"]))
        #expect(one.description.contains("--vary: the grid has 13 scenarios, more than the 12"), "\(one.description)")
        let two = try #require(refusal(["--vary", "cost-bps=0,1,2,3,4", "--vary", "realized-vol=0.1,0.2,0.3"]))
        #expect(two.description.contains("--vary: the grid has 5 × 3 = 15 scenarios, more than the 12"), "\(two.description)")
    }

    @Test func configsAreNamedByTheirNameKeyOrTheirStemOrTheirFolder() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        let first = try Invocation.write("strike: 250\n", named: "config.yaml", in: a)
        let second = try Invocation.write("strike: 270\n", named: "config.yaml", in: b)
        let named = try Invocation.write("name: wide strike\nstrike: 300\n", named: "wide.yaml", in: folder)
        let plan = try plan(["--config", first, "-c", second, "-c", named, "--paths", "0"])
        #expect(plan.scenarios.map(\.name) == ["a", "b", "wide-strike"])
        #expect(plan.scenarios.map(\.run.pipeline.scenario.position.contract.strike) == [250, 270, 300])
        // `name:` is a key of compare only: report refuses it as unknown.
        let error = try #require(Invocation.reportRefusal(["--config", named]))
        #expect(error.description.contains("unknown key 'name'"))
    }
}

extension CompareVaryTests {
    @Test func valuesThatShareAFolderNameGetDistinctFolders() throws {
        let plan = try CompareCommand.parse(["--vary", "drift=0.2,-0.2", "--paths", "0"]).plan()
        #expect(plan.scenarios.map(\.name) == ["drift-0.2", "drift-0.2-2"])
    }
}
