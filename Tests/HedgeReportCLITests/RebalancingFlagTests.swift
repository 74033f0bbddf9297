import Foundation
@testable import HedgeReportCLI
import Simulation
import Testing

/// `--rebalance`, `--band` and `--risk-aversion`: refused before any work when they do not fit
/// together or with the costs (exit 64, naming the flags), resolved into the scenario's rule
/// and, with costs, into the rules the Monte Carlo study compares.
struct RebalancingFlagTests {
    @Test(arguments: [
        (["--band", "5"], ["--band", "--rebalance band"]),
        (["--rebalance", "whalley-wilmott", "--cost-bps", "20", "--band", "5"], ["--band"]),
        (["--rebalance", "band", "--band", "-1"], ["--band"]),
        (["--rebalance", "band", "--band", "nan"], ["--band"]),
        (["--risk-aversion", "1"], ["--risk-aversion", "--rebalance whalley-wilmott"]),
        (["--rebalance", "whalley-wilmott", "--cost-bps", "20", "--risk-aversion", "0"], ["--risk-aversion"]),
        (["--rebalance", "whalley-wilmott", "--cost-bps", "20", "--risk-aversion", "-2"], ["--risk-aversion"]),
        (["--rebalance", "whalley-wilmott"], ["--rebalance", "--cost-bps", "zero width"]),
        (["--rebalance", "leland"], ["--rebalance", "--cost-bps", "implied one"]),
        (["--rebalance", "leland", "--cost-bps", "1000"], ["--rebalance", "--cost-bps", "--interval", "below 1"]),
        (["--rebalance", "weekly"], ["--rebalance"]),
        (
            ["--rebalance", "band", "--leg", "type=call,strike=270,position=short", "--leg", "type=put,strike=250,position=short"],
            ["--rebalance", "--leg"]
        ),
    ])
    func rejectsRulesThatDoNotFitNamingTheFlags(arguments: [String], names: [String]) {
        guard let error = Invocation.reportRefusal(arguments) else { return }
        #expect(error.exitStatus == 64, "\(arguments): \(error)")
        for name in names {
            #expect(error.description.contains(name), "\(arguments): \(error)")
        }
    }

    @Test func withoutARuleTheRunIsTheCalendarAndRecordsNoRule() throws {
        let run = try Invocation.report([])
        #expect(run.pipeline.scenario.hedge.rebalancing == .calendar)
        #expect(run.parameters[.rebalance] == nil)
        #expect(run.pipeline.monteCarlo?.rules == [])
    }

    @Test func aBandDefaultsToFiveSharesPerContract() throws {
        let run = try Invocation.report(["--rebalance", "band", "--contracts", "3"])
        #expect(run.pipeline.scenario.hedge.rebalancing == .band(shares: 15))
        #expect(run.parameters[.rebalance]?.value == .text("band"))
    }

    /// With costs the study compares the calendar, three bands (and the run's own), Whalley–Wilmott
    /// at the run's risk aversion and Leland.
    @Test func withCostsTheStudyComparesTheRules() throws {
        let run = try Invocation.report(["--cost-bps", "20", "--rebalance", "band", "--band", "7"])
        #expect(run.pipeline.monteCarlo?.rules == [
            .calendar, .band(shares: 2), .band(shares: 5), .band(shares: 7), .band(shares: 10),
            .whalleyWilmott(riskAversion: 0.01), .leland,
        ])
        let whalley = try Invocation.report(["--cost-bps", "20", "--rebalance", "whalley-wilmott", "--risk-aversion", "0.5"])
        #expect(whalley.pipeline.scenario.hedge.rebalancing == .whalleyWilmott(riskAversion: 0.5))
        #expect(whalley.pipeline.monteCarlo?.rules.contains(.whalleyWilmott(riskAversion: 0.5)) == true)
    }
}
