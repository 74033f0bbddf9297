import Foundation
@testable import HedgeReportCLI
import Testing

/// Each message the issue found blaming what the user did not give, or saying it in another
/// program's words (issue 24, 6): it names the flag, item, file or value the user gave.
struct MessageNamingTests {
    @Test func legVolatilityTooSmallForTheLatticeNamesTheLeg() throws {
        let error = try #require(Invocation.reportRefusal(["--leg", "strike=260,vol=0.0001", "--paths", "0"]))
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--leg 1's vol 0.0001 is too small for the CRR lattice"), "\(error)")
        #expect(error.description.hasSuffix("or style=european in --leg 1 (priced in closed form)"), "\(error)")
        #expect(!error.description.contains("--vol"), "\(error)")
    }

    /// A leg that gives no vol takes `--vol`'s: the message names `--vol`, the flag the user
    /// gave, not "--leg 1's vol" (issue 24, third pass); likewise `--premium` and a traded option.
    @Test func legVolatilityFromTheVolFlagNamesTheFlag() throws {
        let error = try #require(Invocation.reportRefusal(["--leg", "strike=260", "--vol", "0.0001", "--paths", "0"]))
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--vol 0.0001 is too small for the CRR lattice"), "\(error)")
        #expect(!error.description.contains("--leg 1's vol"), "\(error)")
        let hedge = try #require(Invocation.reportRefusal([
            "--hedge-with", "type=call,strike=270", "--leg", "strike=260,vol=0.5", "--vol", "0.0001", "--paths", "0",
        ]))
        #expect(hedge.description.hasPrefix("--vol 0.0001 is too small"), "\(hedge)")
        #expect(!hedge.description.contains("--hedge-with 1's vol"), "\(hedge)")
    }

    @Test func hedgeOptionVolatilityTooSmallNamesTheOption() throws {
        let error = try #require(Invocation.reportRefusal(["--hedge-with", "type=call,strike=270,vol=0.0001", "--paths", "0"]))
        #expect(error.description.hasPrefix("--hedge-with 1's vol 0.0001 is too small"), "\(error)")
    }

    @Test(.enabled(if: FileManager.default.isReadableFile(atPath: "/proc/self/mem")))
    func configThatFailsToReadSaysTheSystemsWords() throws {
        let error = try #require(Invocation.reportRefusal(["--config", "/proc/self/mem"]))
        #expect(error.exitStatus == 74)
        #expect(error.description == "cannot read config file /proc/self/mem: Input/output error", "\(error)")
    }

    @Test func deeplyNestedYAMLIsNamedWithoutTheParsersAdvice() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write("legs: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n", named: "deep.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", config]))
        #expect(error.exitStatus == 65)
        #expect(error.description.contains("lists or mappings nested too deep"), "\(error)")
        #expect(!error.description.contains("yaml_set_max_nest_level") && !error.description.contains("))"), "\(error)")
    }

    /// 50 legs over 62 dates: the dates are 62, each priced for 50 options (not "3100 dates").
    /// At 4,000 levels the 50 paths need about 7.5e10 node updates (a full valuation at the first
    /// date, three lattices at each later one).
    @Test func manyLegsCountDatesAndOptionsApart() throws {
        let legs = (1...50).flatMap { ["--leg", "strike=\(200 + $0)"] }
        let error = try #require(Invocation.reportRefusal(legs + ["--lattice-steps", "4000", "--paths", "0"]))
        #expect(error.description.contains("the 62 rebalancing dates of --interval 1d, for each of 50 American options,"), "\(error)")
    }

    @Test func budgetBesideItsLimitReadsDifferently() {
        #expect(WorkBudget.shown(5.0003e10, beside: 5e10) == "5.0003e+10")
        #expect(WorkBudget.shown(5.04e10, beside: 5e10) == "5.04e+10")
        #expect(WorkBudget.shown(7e10, beside: 5e10) == "7.0e+10")
    }

    @Test func subnormalRealizedVolatilityUnderHestonIsNamedAsGiven() throws {
        let error = try #require(Invocation.reportRefusal(["--realized-vol", "5e-324", "--path-model", "heston", "--paths", "0"]))
        #expect(error.description.hasPrefix("--realized-vol 5e-324 makes Heston's variance 0"), "\(error)")
    }
}

extension MessageNamingTests {
    /// A fitted walk too wild for any volatility names the file that was fitted, not `--up`
    /// and `--down`, which the user did not give.
    @Test func fittedWalkTooWildNamesTheFile() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = ["date,close"]
        for day in 0..<10 { rows.append("2023-06-\(10 + day),\(day % 2 == 0 ? "1" : "1000000")") }
        let file = try Invocation.write(rows.joined(separator: "\n") + "\n", named: "wild.csv", in: folder)
        let error = try #require(Invocation.reportRefusal(["--fit-prices", file, "--paths", "0"]))
        #expect(error.description.hasPrefix("--fit-prices \(file) fits a walk of up factor"), "\(error)")
        #expect(!error.description.contains("--up ") && !error.description.contains("--down "), "\(error)")
    }
}
