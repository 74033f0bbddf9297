import Foundation
import Testing

/// Hostile output folders through the real executable (the in-process cases are in
/// `ReportTests/HostileFolderTests.swift`): a report folder received with a forged journal or
/// manifest is refused with 65 before the simulation, and files the unprivileged user running
/// the tool cannot read are refused with 74; nothing outside the report's own files changes.
@Suite(.serialized)
struct HostileFolderEndToEndTests {
    typealias Folder = OutputFolderEndToEndTests
    static let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    static func put(_ text: String, at url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The issue's cases: a journal whose staging is `../../victim`, an entry
    /// `../victim/important.txt`; each refused naming the journal, the victim kept.
    @Test(arguments: [
        #"{"staging":"../../victim","backup":"backup-0000000000000000","entries":[],"createdFolders":[]}"#,
        #"{"staging":"staging-0000000000000000","backup":"backup-0000000000000000","entries":[{"path":"../victim/important.txt","hadOld":false,"isNew":true}],"createdFolders":[]}"#,
    ])
    func forgedJournalIsRefusedBeforeTheSimulation(journal: String) throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(try Folder.run(Folder.small + ["--output", "F"], in: base).status == 0)
        try Self.put("precious\n", at: base.appendingPathComponent("victim/important.txt"))
        try Self.put(journal, at: base.appendingPathComponent("F/.hedge-report/journal.json"))
        let before = try Self.withoutLock(base)
        let result = try Folder.run(Folder.small.filter { $0 != "--quiet" } + ["--output", "F"], in: base)
        #expect(result.status == 65)
        #expect(result.standardError.contains("refusing F/.hedge-report/journal.json (nothing was changed)"), "\(result.standardError)")
        #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
        #expect(try Self.withoutLock(base) == before)
    }

    /// Every file under `base` but the output folder's lock, whose text names the run holding it.
    static func withoutLock(_ base: URL) throws -> [String: Data] {
        try Folder.snapshot(base).filter { !$0.key.hasSuffix(".hedge-report/lock") }
    }

    /// The issue's first case: charts at the tool's names in a folder it never wrote stay.
    @Test func firstRunIntoAFolderWithoutAManifestKeepsTheUsersCharts() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let mine = ["charts/greeks.png": "MINE\n", "charts/rule-frontier.svg": "<svg/>\n", "charts/wrong-information.svg": "<svg/>\n"]
        for (path, text) in mine { try Self.put(text, at: base.appendingPathComponent("F/" + path)) }
        let result = try Folder.run(Folder.small + ["--output", "F"], in: base)
        #expect(result.status == 0, "\(result.standardError)")
        let after = try Folder.snapshot(base.appendingPathComponent("F"))
        for (path, text) in mine { #expect(after[path] == Data(text.utf8), "\(path)") }
    }

    /// As an unprivileged user, in a folder of theirs: a manifest, a journal or a file at a
    /// report name that they cannot read is refused with 74 naming it, nothing changed.
    @Test(.enabled(if: Folder.isRoot, "needs root to switch to an unprivileged user"),
          arguments: [(".hedge-report/manifest.json", "cannot read it: Permission denied"),
                      (".hedge-report/journal.json", "which cannot be read (Permission denied)"),
                      ("report.html", "cannot read it to tell whether hedge-report wrote it: Permission denied")])
    func unreadableBookkeepingOrReportFileIsRefused(path: String, message: String) throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base.path)
        let output = base.appendingPathComponent("F")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: output.path)
        let first = try Folder.run(Folder.small + ["--output", output.path], in: base, launcher: Self.nobody)
        #expect(first.status == 0, "\(first.standardError)")
        let target = output.appendingPathComponent(path)
        if !FileManager.default.fileExists(atPath: target.path) {
            try Self.put(#"{"staging":"staging-0000000000000000","backup":"backup-0000000000000000","entries":[],"createdFolders":[]}"#, at: target)
        }
        try FileManager.default.setAttributes([.ownerAccountID: 0, .groupOwnerAccountID: 0, .posixPermissions: 0o600], ofItemAtPath: target.path)
        let before = try Folder.snapshot(output)
        let result = try Folder.run(Folder.small.filter { $0 != "--quiet" } + ["--seed", "9", "--output", output.path], in: base, launcher: Self.nobody)
        #expect(result.status == 74)
        #expect(result.standardError.contains(target.path) && result.standardError.contains(message), "\(result.standardError)")
        #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
        #expect(try Folder.snapshot(output) == before)
    }
}
