import Foundation
import Testing

/// `--templates` folders that used to crash the executable (a template including itself:
/// SIGSEGV, exit 139) or be found only after the simulation are refused before any work, with
/// the exit status of DESIGN.md §4; the in-process cases are `Tests/ReportTests/TemplateSetTests`.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct TemplateFolderTests {
    static let isRoot = getuid() == 0

    /// A page that includes itself, with the largest Monte Carlo study allowed: refused with 65
    /// before the first step, no output folder created.
    @Test func pageThatIncludesItselfIsRefusedBeforeTheSimulation() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        _ = try Executable.write("<html>{{> report }}</html>\n", named: "report.mustache", in: templates)
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(["report", "--paths", "1000000", "--templates", templates.path, "--output", output.path])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("\(templates.path)/report.mustache includes itself: report → report"), "\(result.standardError)")
        #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// A folder with every built-in template but one section's partial: refused with 65 before
    /// the first step, naming the file and the section, not rendered with the section missing.
    @Test func folderWithoutASectionsPartialIsRefusedBeforeTheSimulation() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Executable.packageRoot.appendingPathComponent("templates"), to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("monte-carlo.mustache"))
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(["report", "--paths", "0", "--templates", templates.path, "--output", output.path])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(
            result.standardError.contains(
                "error: templates: the templates folder \(templates.path) has no monte-carlo.mustache, the partial of the section “Many paths: the Monte Carlo study”"
            ),
            "\(result.standardError)"
        )
        #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// As an unprivileged user, a templates folder one may not read is "permission denied"
    /// (it was "no such folder"), exit 74, before the simulation.
    @Test(.enabled(if: isRoot, "needs root to switch to an unprivileged user"))
    func unreadableTemplatesFolderSaysPermissionDenied() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        _ = try Executable.write("<html>{{title}}</html>\n", named: "report.mustache", in: templates)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: templates.path)
        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", Executable.url.path]
        let result = try Executable.run(
            nobody + ["report", "--paths", "0", "--templates", templates.path, "--output", folder.appendingPathComponent("out").path],
            executable: URL(fileURLWithPath: "/usr/bin/setpriv")
        )
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardError.contains("cannot read the templates folder \(templates.path): permission denied"), "\(result.standardError)")
        #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
    }
}
