import Foundation
@testable import HedgeReportCLI
import Simulation
import Testing

/// `--hedge-vol implied|realized|σ`: read into the scenario's ``HedgeVolatility``, recorded only
/// when given, and refused (exit 64, naming the flag) where it does not make sense.
struct HedgeVolatilityFlagTests {
    @Test(arguments: [
        (["--hedge-vol", "abc"], ["--hedge-vol", "implied, realized"]),
        (["--hedge-vol", "0"], ["--hedge-vol"]),
        (["--hedge-vol=-0.3"], ["--hedge-vol"]),
        (["--hedge-vol", "11"], ["--hedge-vol"]),
        (["--hedge-vol", "nan"], ["--hedge-vol"]),
        (["--hedge-vol", "realized", "--rebalance", "leland", "--cost-bps", "10"], ["--hedge-vol", "--rebalance leland"]),
        (["--hedge-vol", "0.5", "--rebalance", "leland", "--cost-bps", "10"], ["--hedge-vol", "--rebalance leland"]),
        (
            ["--hedge-vol", "realized", "--leg", "type=call,strike=270,position=short", "--leg", "type=put,strike=250,position=short"],
            ["--hedge-vol", "--leg", "2 legs"]
        ),
        (["--hedge-vol", "realized", "--shares", "10"], ["--hedge-vol", "--shares"]),
    ])
    func rejectsChoicesThatDoNotFitNamingTheFlag(arguments: [String], names: [String]) {
        guard let error = Invocation.reportRefusal(arguments) else { return }
        #expect(error.exitStatus == 64, "\(arguments): \(error)")
        for name in names {
            #expect(error.description.contains(name), "\(arguments): \(error)")
        }
    }

    @Test func withoutTheFlagTheHedgeIsAtImpliedAndNothingIsRecorded() throws {
        let run = try Invocation.report([])
        #expect(run.pipeline.scenario.hedge.volatility == .implied)
        #expect(run.parameters[.hedgeVol] == nil)
    }

    @Test(arguments: [
        ("implied", HedgeVolatility.implied), ("realized", .realized), ("REALIZED", .realized), ("0.45", .fixed(0.45)),
    ])
    func readsEachChoice(_ text: String, _ expected: HedgeVolatility) throws {
        let run = try Invocation.report(["--hedge-vol", text, "--realized-vol", "0.8"])
        #expect(run.pipeline.scenario.hedge.volatility == expected)
        #expect(run.parameters[.hedgeVol]?.value == .text(text))
    }

    /// Hedging at implied is the default and may be said with Leland's rule or a book.
    @Test func impliedIsAcceptedWithLelandAndBooks() throws {
        let leland = try Invocation.report(["--hedge-vol", "implied", "--rebalance", "leland", "--cost-bps", "10"])
        #expect(leland.pipeline.scenario.hedge.volatility == .implied)
        let book = try Invocation.report(["--hedge-vol", "implied", "--shares", "10"])
        #expect(book.pipeline.scenario.hedge.volatility == .implied)
    }
}
