import Foundation
import Testing

/// Bad input gets a clear error naming the flag or file, the exit status of DESIGN.md §4,
/// and leaves the previous report in place. The full matrix of bad flags and config files is
/// checked in process (`Tests/HedgeReportCLITests`); these run the executable to keep the exit
/// statuses and "nothing written" honest end to end.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct BadInputTests {
    @Test(arguments: [
        (["--vol", "-0.2"], "--vol"),
        (["--contracts", "2.5"], "--contracts"),
        (["--type", "straddle"], "--type"),
        (["--up", "1.1"], "--up"),
        (["--lattice-steps", "100000"], "--lattice-steps"),
    ])
    func rejectsBadFlagNamingItAndWritesNothing(arguments: [String], flag: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        let result = try Executable.run(["report", "--output", output.path, "--quiet"] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(result.standardError.hasPrefix("error: \(flag) "), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "a refused run created its output folder")
    }

    /// Issue 12: `--lattice-steps 100000` took 333 s to be refused by `report` (the quote's
    /// implied volatility was solved on that lattice first), and `price` had no budget at all.
    @Test(arguments: ["report", "price"])
    func hundredThousandLatticeLevelsAreRefusedInUnderASecond(_ command: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = ContinuousClock.now
        let result = try Executable.run([command, "--lattice-steps", "100000"] + (command == "report" ? ["--output", folder.path] : []))
        let elapsed = ContinuousClock.now - started
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("--lattice-steps 100000 "), "\(result.standardError)")
        #expect(elapsed < .seconds(1), "refused after \(elapsed)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func failedRunLeavesPreviousReportIntact() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "30", "--paths", "0"])
        #expect(good.status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("report.html"))
        let templates = folder.appendingPathComponent("broken-templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<html>\n{{#figures}}\n{{title}}\n".write(
            to: templates.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8
        )
        let bad = try Executable.run([
            "--output", folder.path, "--quiet", "--lattice-steps", "31", "--paths", "0", "--templates", templates.path,
        ])
        #expect(bad.status == 65, "\(bad.standardError)")
        #expect(bad.standardError.contains("report.mustache"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("report.html")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers == [".hedge-report"], "staging folder left behind: \(leftovers)")
        let bookkeeping = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".hedge-report").path)
        #expect(bookkeeping.sorted() == ["lock", "manifest.json"], "staging folder left behind: \(bookkeeping)")
    }

    @Test func missingTemplatesFolderIsAnIOErrorNamingIt() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no-such-templates").path
        let result = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "20", "--paths", "0", "--templates", missing])
        #expect(result.status == 74)
        #expect(result.standardError.contains(missing))
    }

    @Test func outputThatIsAFileIsAnIOError() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taken")
        try Data("keep me".utf8).write(to: file)
        let result = try Executable.run(["--output", file.path, "--quiet", "--lattice-steps", "20", "--paths", "0"])
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardError.contains(file.path))
        #expect(try Data(contentsOf: file) == Data("keep me".utf8))
    }
}
