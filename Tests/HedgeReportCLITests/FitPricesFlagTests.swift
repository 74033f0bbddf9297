import Foundation
@testable import HedgeReportCLI
import Simulation
import Testing

/// `--fit-prices FILE`: the walk fitted to a file, checked before any work.
struct FitPricesFlagTests {
    @Test func fitSetsTheWalkAndImpliesIt() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Invocation.write("t,price\n0,100\n1,110\n2,99\n3,118.8\n", named: "m.csv", in: folder)
        let run = try Invocation.report(["--fit-prices", file, "--paths", "0"])
        guard let walk = run.pipeline.scenario.dynamics.pathModel.process(BinomialWalk.self) else { Issue.record("no walk"); return }
        #expect(abs(walk.up - (1.1 * 1.2).squareRoot()) < 1e-12)
        #expect(abs(walk.down - 0.9) < 1e-12)
        #expect(abs(walk.upProbability - 2.0 / 3) < 1e-15)
        let command = run.parameters.command("report")
        #expect(command.contains("--fit-prices"))
        #expect(!command.contains("--up "), "the file reproduces the factors")
    }

    @Test(arguments: [
        ("t,price\n0,100\n1,101\n2,102\n", 65, "--fit-prices: "),
        ("t,price\n0,100\n", 65, "--fit-prices: "),
    ])
    func fileThatCannotFitAWalkIsRefusedNamingIt(text: String, status: Int32, prefix: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Invocation.write(text, named: "m.csv", in: folder)
        guard let error = Invocation.reportRefusal(["--fit-prices", file]) else { return }
        #expect(error.exitStatus == status)
        #expect(error.description.hasPrefix(prefix + file), "\(error)")
    }

    @Test(arguments: [
        (["--up", "1.01"], "--up contradicts --fit-prices"),
        (["--path-model", "gbm"], "--fit-prices fits the binomial walk, which --path-model gbm replaces"),
        (["--prices", "/nonexistent.csv"], "cannot"),
    ])
    func contradictionsAreRefused(extra: [String], message: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Invocation.write("t,price\n0,100\n1,110\n2,99\n", named: "m.csv", in: folder)
        guard let error = Invocation.reportRefusal(["--fit-prices", file] + extra) else { return }
        if message == "cannot" {
            #expect(error.exitStatus == 74, "the missing --prices file is read first: \(error)")
        } else {
            #expect(error.exitStatus == 64)
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    @Test func fitPricesWithAPriceFileIsRefused() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Invocation.write("date,close\n2020-01-02,100\n2020-01-03,101\n", named: "p.csv", in: folder)
        guard let error = Invocation.reportRefusal(["--prices", file, "--fit-prices", file]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description == "--fit-prices does not apply with --prices: the path and its dates come from the file")
    }
}
