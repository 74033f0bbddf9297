import Foundation
@testable import HedgeReportCLI
import Simulation
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
        (["--path-model", "merton", "--jump-intensity", "-1"], "--jump-intensity"),
        (["--path-model", "merton", "--jump-std", "-0.1"], "--jump-std"),
        (["--path-model", "merton", "--jump-mean", "nan"], "--jump-mean"),
        (["--path-model", "merton", "--jump-intensity", "100", "--jump-std", "0.2"], "--jump-intensity"),
        (["--path-model", "merton", "--realized-vol", "0.1"], "--realized-vol"),
        (["--path-model", "heston", "--heston-xi", "-0.5"], "--heston-xi"),
        (["--path-model", "heston", "--heston-rho", "1.5"], "--heston-rho"),
        (["--path-model", "heston", "--heston-rho", "-1.01"], "--heston-rho"),
        (["--path-model", "heston", "--heston-kappa", "0"], "--heston-kappa"),
        (["--path-model", "heston", "--heston-theta", "-0.1"], "--heston-theta"),
        (["--path-model", "heston", "--heston-v0", "11"], "--heston-v0"),
        (["--path-model", "heston", "--heston-theta", "0", "--heston-v0", "0"], "--heston-v0"),
        (["--path-model", "heston", "--realized-vol", "0"], "--realized-vol"),
        (["--path-model", "heston", "--heston-theta", "0.2", "--realized-vol", "0.5"], "--realized-vol"),
        (["--jump-std", "0.1"], "--path-model"),
        (["--path-model", "merton", "--jump-intensity", "5", "--mismatch-vols", "0.3,0.6"], "--mismatch-vols"),
        (["--path-model", "heston", "--jump-mean", "0.1"], "--jump-mean"),
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

    @Test(arguments: [
        (["--heston-kappa", "3"], "--heston-kappa sets Heston's variance, which --path-model gbm does not have: add --path-model heston"),
        (["--path-model", "binomial", "--jump-intensity", "1"],
         "--jump-intensity sets Merton's jumps, which --path-model binomial does not have: add --path-model merton"),
        (["--path-model", "merton", "--heston-rho", "0"],
         "--heston-rho sets Heston's variance, which --path-model merton does not have: add --path-model heston"),
    ])
    func modelParametersWithoutTheirModelAreRefusedNamingBoth(arguments: [String], message: String) throws {
        let error = try #require(Invocation.reportRefusal(arguments))
        #expect(error.exitStatus == 64)
        #expect(error.description == message)
    }

    /// Feller's condition 2κθ ≥ ξ² may fail: full truncation keeps the variance usable, so the
    /// run is accepted (the report notes it).
    @Test func hestonParametersThatBreakFellersConditionAreAccepted() throws {
        let run = try Invocation.report(["--path-model", "heston", "--heston-xi", "2", "--heston-kappa", "0.5"])
        guard let variance = run.pipeline.scenario.dynamics.pathModel.process(HestonVariance.self) else {
            Issue.record("not a Heston run: \(run.pipeline.scenario.dynamics.pathModel)")
            return
        }
        #expect(!variance.satisfiesFellerCondition)
    }

    /// The config file's keys are the flags' names: the same reads, the same refusals.
    @Test func pathModelKeysReadFromAConfigFile() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Invocation.write("path-model: merton\njump-intensity: 3\njump-mean: -0.05\n", named: "good.yaml", in: folder)
        let run = try Invocation.report(["--config", good])
        #expect(run.pipeline.scenario.dynamics.pathModel == .merton(MertonJumps(intensity: 3, mean: -0.05, standardDeviation: 0.1)))
        let bad = try Invocation.write("path-model: heston\nheston-rho: 2\n", named: "bad.yaml", in: folder)
        let error = try #require(Invocation.reportRefusal(["--config", bad]))
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("heston-rho") && error.description.contains("bad.yaml"), "\(error)")
    }

    /// Heston's θ and v₀ set the realized volatility, √(variance expected over the option's life).
    @Test func hestonVarianceGivenSetsTheRealizedVolatility() throws {
        let run = try Invocation.report(["--path-model", "heston", "--heston-theta", "0.25", "--heston-v0", "0.25"])
        #expect(abs(run.pipeline.scenario.dynamics.realizedVolatility - 0.5) < 1e-15)
    }

    @Test(arguments: ["--drift", "--realized-vol", "--interval", "--up", "--jump-intensity", "--heston-kappa"])
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
