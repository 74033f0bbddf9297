import Analytics
import Foundation
@testable import HedgeReportCLI
import Testing

/// `--hedger-seed`, `--hedger-correlation`, `--hedger-prices`: checked before any work.
struct WrongInformationFlagTests {
    @Test func hedgerSeedDrawsAnotherPathOfTheSameGenerators() throws {
        let run = try Invocation.report(["--hedger-seed", "7", "--paths", "0"])
        let settings = try #require(run.pipeline.wrongInformation)
        #expect(settings.hedger == .seed(7))
        #expect(settings.studyCorrelations.isEmpty, "no study without --paths")
        #expect(run.parameters.command("report").contains("--hedger-seed 7"))
    }

    @Test func correlationAloneDrawsTheIndependentPartFromTheNextSeed() throws {
        let run = try Invocation.report(["--hedger-correlation", "0.9", "--seed", "40", "--paths", "50"])
        let settings = try #require(run.pipeline.wrongInformation)
        #expect(settings.hedger == .correlated(rho: 0.9, seed: 41))
        #expect(settings.studyCorrelations == [0, 0.5, 0.8, 0.9, 0.95, 0.99, 1])
        #expect(settings.studyPairs == 50)
    }

    @Test func defaultRunHasPerfectInformation() throws {
        let run = try Invocation.report([])
        #expect(run.pipeline.wrongInformation == nil)
        #expect(run.parameters[.hedgerSeed] == nil)
    }

    static func files(in folder: URL, model: String) throws -> (truth: String, model: String) {
        let truth = try Invocation.write("date,close\n2020-01-02,100\n2020-01-03,101\n2020-01-06,99\n2020-01-07,102\n", named: "true.csv", in: folder)
        let hedger = try Invocation.write(model, named: "model.csv", in: folder)
        return (truth, hedger)
    }

    @Test func hedgerPricesWithTheTrueDatesAreTheModelPath() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (truth, model) = try Self.files(in: folder, model: "date,close\n2020-01-02,100\n2020-01-03,103\n2020-01-06,104\n2020-01-07,101\n")
        let run = try Invocation.report(["--prices", truth, "--hedger-prices", model, "--lattice-steps", "20"])
        guard case let .observed(path, source, _)? = run.pipeline.wrongInformation?.hedger else { Issue.record("no model path"); return }
        #expect(path.spots == [100, 103, 104, 101])
        #expect(source == model)
    }

    @Test func hedgerPricesAreCutToTheTrueWindow() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (truth, model) = try Self.files(in: folder, model: "date,close\n2020-01-02,90\n2020-01-03,93\n2020-01-06,94\n2020-01-07,91\n")
        let run = try Invocation.report(["--prices", truth, "--hedger-prices", model, "--from", "2020-01-03", "--lattice-steps", "20"])
        guard case let .observed(path, _, _)? = run.pipeline.wrongInformation?.hedger else { Issue.record("no model path"); return }
        #expect(path.spots == [93, 94, 91])
    }

    @Test func studyPairsAreCapped() throws {
        let run = try Invocation.report(["--hedger-seed", "3", "--paths", "100000", "--sweep", "none", "--mismatch-vols", "none"])
        #expect(run.pipeline.wrongInformation?.studyPairs == ParameterReader.maximumStudyPairs)
    }

    @Test(arguments: [
        ("date,close\n2020-01-02,100\n2020-01-03,103\n2020-01-07,104\n2020-01-08,101\n", "model.csv:4 is dated 2020-01-07 where --prices"),
        ("date,close\n2020-01-02,100\n2020-01-03,103\n2020-01-06,104\n", "has 3 rows where --prices"),
        ("t,close\n0,100\n0.01,103\n0.02,104\n0.03,101\n", "must both have dates or both have times"),
    ])
    func hedgerPricesAtOtherDatesAreRefused(model text: String, message: String) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (truth, model) = try Self.files(in: folder, model: text)
        guard let error = Invocation.reportRefusal(["--prices", truth, "--hedger-prices", model]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--hedger-prices \(model)"), "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func unreadableHedgerPricesIsAnInputOutputFailure() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (truth, _) = try Self.files(in: folder, model: "date,close\n")
        guard let error = Invocation.reportRefusal(["--prices", truth, "--hedger-prices", folder.appendingPathComponent("missing.csv").path]) else { return }
        #expect(error.exitStatus == 74)
        #expect(error.description.contains("missing.csv"))
    }

    @Test(arguments: [
        (["--hedger-seed", "-1"], "--hedger-seed must be a whole number ≥ 0, got -1"),
        (["--hedger-seed", "2.5"], "--hedger-seed must be a whole number, got '2.5'"),
        (["--hedger-seed", "x"], "--hedger-seed must be a whole number, got 'x'"),
        (["--hedger-correlation", "1.5"], "--hedger-correlation must be a correlation from −1 to 1, got 1.5"),
        (["--hedger-correlation", "-1.01"], "--hedger-correlation must be a correlation from −1 to 1, got -1.01"),
        (["--hedger-correlation", "nan"], "--hedger-correlation must be a correlation from −1 to 1, got nan"),
        (["--path-model", "binomial", "--hedger-correlation", "0.5"], "--hedger-correlation correlates the normal draws of geometric Brownian motion"),
        (["--hedger-prices", "x.csv"], "--hedger-prices gives the hedger's path at the true path's dates, which come from a price file: add --prices FILE"),
        (["--hedger-prices", "x.csv", "--hedger-seed", "3"], "--hedger-seed draws the hedger's path, which --hedger-prices gives from a file"),
        (["--shares", "50", "--hedger-seed", "3"], "--hedger-seed compares one option's share balance on two paths; with --shares the position is a book"),
        (["--leg", "type=call,strike=270", "--leg", "type=put,strike=250", "--hedger-correlation", "0.5"],
         "--hedger-correlation compares one option's share balance on two paths; with --leg the position is a book"),
        (["--leg", "type=put,strike=250", "--start-premium", "market", "--premium", "20"],
         "--start-premium market starts one option's premium at its quote; with --leg the position is a book"),
    ])
    func badHedgerFlagsAreRefusedNamingThem(arguments: [String], message: String) {
        guard let error = Invocation.reportRefusal(arguments) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix(message), "\(error)")
    }

    @Test func hedgerSeedWithAPriceFileIsRefused() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (truth, _) = try Self.files(in: folder, model: "date,close\n")
        guard let error = Invocation.reportRefusal(["--prices", truth, "--hedger-seed", "3"]) else { return }
        #expect(error.exitStatus == 64)
        #expect(error.description.hasPrefix("--hedger-seed draws the hedger's path from the simulated path's generators, which --prices replaces"))
    }
}
