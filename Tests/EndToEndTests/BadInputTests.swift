import Foundation
import Testing

/// Bad input gets a clear error naming the flag or file, the exit status of DESIGN.md §4,
/// and leaves the previous report in place.
@Suite(.serialized)
struct BadInputTests {
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
        (["--contracts", "0"], "--contracts"),
        (["--seed", "-1"], "--seed"),
        (["--up", "1.1"], "--up"),
        (["--path-model", "binomial", "--down", "1.5"], "--down"),
        (["--cost-bps", "-3"], "--cost-bps"),
        (["--iv-spread", "inf"], "--iv-spread"),
        (["--exercise", "never"], "--exercise"),
        (["--premium", "0"], "--premium"),
        (["--lattice-method", "bbsr", "--lattice-steps", "3"], "--lattice-steps"),
        (["--strike", "inf"], "--strike"),
        (["--rate", "nan"], "--rate"),
        (["--spot", "1e300"], "--spot"),
        (["--days", "abc"], "--days"),
        (["--paths", "10000000000"], "--paths"),
        (["--lattice-steps", "10000000"], "--lattice-steps"),
        (["--contracts", "2.5"], "--contracts"),
        (["--drift", "-inf"], "--drift"),
        (["--interval", "0d"], "--interval"),
        (["--interval", "1d", "--horizon", "0.1m"], "--interval"),
        (["--sweep", "0,10"], "--sweep"),
        (["--mismatch-vols", "x"], "--mismatch-vols"),
        (["--title", String(repeating: "t", count: 600)], "--title"),
        (["--type", "straddle"], "--type"),
        (["--lattice-steps", "100000"], "--lattice-steps"),
    ])
    func rejectsBadFlagNamingIt(arguments: [String], flag: String) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--output", folder.path, "--quiet"] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains(flag), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
    }

    @Test func failedRunLeavesPreviousReportIntact() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "30"])
        #expect(good.status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("report.html"))
        let templates = folder.appendingPathComponent("broken-templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<html>\n{{#figures}}\n{{title}}\n".write(
            to: templates.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8
        )
        let bad = try Executable.run([
            "--output", folder.path, "--quiet", "--lattice-steps", "31", "--templates", templates.path,
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
        let result = try Executable.run(["--output", folder.path, "--quiet", "--lattice-steps", "20", "--templates", missing])
        #expect(result.status == 74)
        #expect(result.standardError.contains(missing))
    }

    @Test func outputThatIsAFileIsAnIOError() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taken")
        try Data("keep me".utf8).write(to: file)
        let result = try Executable.run(["--output", file.path, "--quiet", "--lattice-steps", "20"])
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardError.contains(file.path))
        #expect(try Data(contentsOf: file) == Data("keep me".utf8))
    }
}
