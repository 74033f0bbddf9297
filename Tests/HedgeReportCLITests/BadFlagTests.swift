import Foundation
@testable import HedgeReportCLI
import Testing

/// A bad flag is refused while the parameters are read, before any work: exit status 64
/// (DESIGN.md §4) and a message naming the flag.
struct BadFlagTests {
    @Test(arguments: [
        (["--vol", "-0.2"], "--vol"),
        (["--vol", "nan"], "--vol"),
        (["--spot", "0"], "--spot"),
        (["--days", "0"], "--days"),
        (["--days", "10", "--years", "1"], "--years"),
        (["--lattice-steps", "0"], "--lattice-steps"),
        (["--interval", "3x"], "--interval"),
        (["--horizon", "90d"], "--horizon"),
        (["--estimators", "vega"], "--estimators"),
        (["--estimators", ","], "--estimators"),
        (["--contracts", "0"], "--contracts"),
        (["--seed", "-1"], "--seed"),
        (["--up", "1.1"], "--up"),
        (["--path-model", "binomial", "--down", "1.5"], "--down"),
        (["--path-model", "binomial", "--up", "100", "--down", "1e-9"], "--up"),
        (["--path-model", "brownian"], "--path-model"),
        (["--cost-bps", "-3"], "--cost-bps"),
        (["--fee-per-trade", "2e6"], "--fee-per-trade"),
        (["--iv-spread", "inf"], "--iv-spread"),
        (["--exercise", "never"], "--exercise"),
        (["--premium", "0"], "--premium"),
        (["--lattice-method", "bbsr", "--lattice-steps", "3"], "--lattice-steps"),
        (["--lattice-method", "trinomial"], "--lattice-method"),
        (["--strike", "inf"], "--strike"),
        (["--rate", "nan"], "--rate"),
        (["--spot", "1e300"], "--spot"),
        (["--days", "abc"], "--days"),
        (["--paths", "10000000000"], "--paths"),
        (["--paths", "1"], "--paths"),
        (["--lattice-steps", "10000000"], "--lattice-steps"),
        (["--contracts", "2.5"], "--contracts"),
        (["--drift", "-inf"], "--drift"),
        (["--interval", "0d"], "--interval"),
        (["--interval", "1d", "--horizon", "0.1m"], "--horizon"),
        (["--years", "30", "--interval", "1m", "--horizon", "3000d"], "--interval"),
        (["--sweep", "0,10"], "--sweep"),
        (["--mismatch-vols", "x"], "--mismatch-vols"),
        (["--title", String(repeating: "t", count: 600)], "--title"),
        (["--ticker", ""], "--ticker"),
        (["--type", "straddle"], "--type"),
        (["--lattice-steps", "100000"], "--lattice-steps"),
        (["--premium", "50", "--spot", "200"], "--premium"),
    ])
    func rejectsBadFlagNamingIt(arguments: [String], flag: String) {
        guard let error = Invocation.reportRefusal(arguments) else { return }
        #expect(error.exitStatus == 64, "\(arguments): \(error)")
        #expect(error.description.contains(flag), "\(arguments): \(error)")
    }

    /// The flags of `price` are the same parameters, read the same way.
    @Test(arguments: [
        (["--vol", "0"], "--vol"),
        (["--type", "straddle"], "--type"),
        (["--contracts", "1.5"], "--contracts"),
        (["--premium", "50", "--spot", "200"], "--premium"),
        (["--lattice-steps", "100000"], "--lattice-steps"),
    ])
    func priceRejectsBadFlagNamingIt(arguments: [String], flag: String) {
        guard let error = Invocation.priceRefusal(arguments) else { return }
        #expect(error.exitStatus == 64, "\(arguments): \(error)")
        #expect(error.description.contains(flag), "\(arguments): \(error)")
    }

    /// A value is refused with what is allowed: the descriptor's range, in its words.
    @Test func refusalSaysWhatIsAllowedAndWhatWasGiven() throws {
        let error = try #require(Invocation.reportRefusal(["--rate", "1.5"]))
        #expect(error.description == "--rate must be \(ParameterKey.rate.descriptor.allowed), got 1.5")
    }

    @Test func walkFactorsWithoutTheWalkAreRefusedNamingBothFlags() throws {
        let error = try #require(Invocation.reportRefusal(["--up", "1.02"]))
        #expect(error.exitStatus == 64)
        #expect(error.description == "--up sets the binomial walk: add --path-model binomial")
    }

    @Test(arguments: ["--drift", "--realized-vol", "--interval", "--up"])
    func simulationFlagWithAPriceFileIsRefusedNamingBoth(flag: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prices = try Invocation.write("t,close\n0,100\n0.01,101\n0.02,99\n", named: "prices.csv", in: folder)
        let value = flag == "--interval" ? "1d" : "1.02"
        let error = try #require(Invocation.reportRefusal(["--prices", prices, flag, value]))
        #expect(error.exitStatus == 64)
        #expect(error.description == "\(flag) does not apply with --prices: the path and its dates come from the file", "\(error)")
    }
}
