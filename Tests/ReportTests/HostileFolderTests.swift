import Foundation
import Testing
@testable import Report

/// An output folder as a hostile user, or a zip from one, may hand it over: forged journals and
/// manifests, symbolic links under the report's names, files of the user's at the tool's names.
/// Each is refused before anything is touched — 65 and the bookkeeping file named for a journal
/// or manifest hedge-report could not have written, 74 for a file of the user's that a write
/// would replace — or it is written around, and no file outside the report's own changes.
@Suite struct HostileFolderTests {
    typealias Scratch = OutputFolderTests.Scratch

    /// A report folder `out` written by the tool, and a file `victim/important.txt` beside it.
    static func prepare(_ scratch: borrowing Scratch) throws -> (output: String, victim: String) {
        try OutputFolderTests.write(OutputFolderTests.oldFiles, to: scratch.output)
        let victim = scratch.base.appendingPathComponent("victim").path
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim + "/important.txt"))
        return (scratch.output, victim)
    }

    static func put(_ text: String, at path: String) throws {
        try FileManager.default.createDirectory(atPath: OutputPaths.parent(of: path), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func journal(staging: String = "staging-00000000000000aa", backup: String = "backup-00000000000000aa",
                        entries: [(String, Bool, Bool)] = [], created: [String] = []) -> String {
        let list = entries.map { #"{"path":"\#($0.0)","hadOld":\#($0.1),"isNew":\#($0.2)}"# }.joined(separator: ",")
        let folders = created.map { "\"\($0)\"" }.joined(separator: ",")
        return #"{"staging":"\#(staging)","backup":"\#(backup)","entries":[\#(list)],"createdFolders":[\#(folders)]}"#
    }

    /// Opening `output` throws a ReportError whose description contains every one of `words`
    /// and whose exit status is 65 (`badData`) or 74.
    static func expectRefusal(_ output: String, badData: Bool, _ words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            _ = try OutputFolder(path: output, lockTimeout: .seconds(2), fileSystem: POSIXFileSystem(synchronizes: false))
        } throws: { error in
            guard let error = error as? ReportError else { return false }
            let text = error.description
            let named = words.allSatisfy { text.contains($0) }
            if !named { Issue.record("\(text) does not name \(words)", sourceLocation: sourceLocation) }
            return named && error.isBadInputData == badData && error.isInputOutputFailure == !badData
        }
    }

    /// Everything under `base` (output folder and victim) but the lock, whose text names the
    /// run and the second it took the lock, with symbolic links as their destinations.
    static func everything(_ base: URL) throws -> [String: String] {
        var found = [String: String]()
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".hedge-report/lock") { continue }
            let full = base.path + "/" + path
            if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                found[path] = "-> " + destination
            } else if let data = FileManager.default.contents(atPath: full) {
                found[path] = String(decoding: data, as: UTF8.self)
            } else {
                found[path] = "folder"
            }
        }
        return found
    }

    @Test(arguments: [
        ("../../victim", "backup-00000000000000aa", #"its staging folder is "../../victim""#),
        ("staging-00000000000000aa", "/tmp", #"its backup folder is "/tmp""#),
        ("staging-XYZ", "backup-00000000000000aa", #"its staging folder is "staging-XYZ""#),
        ("staging-00000000000000aa/../../../victim", "backup-00000000000000aa", "not staging- and 16 hexadecimal digits"),
        ("staging-00000000000000aa", "backup-00000000000000AA", #"its backup folder is "backup-00000000000000AA""#),
    ])
    func journalWithForgedBookkeepingFoldersIsRefused(staging: String, backup: String, message: String) throws {
        let scratch = try Scratch()
        let (output, _) = try Self.prepare(scratch)
        try Self.put(Self.journal(staging: staging, backup: backup), at: output + "/.hedge-report/journal.json")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [output + "/.hedge-report/journal.json", message])
        #expect(try Self.everything(scratch.base) == before)
    }

    @Test(arguments: [
        ("../victim/important.txt", false, true, "a path with a '..' component"),
        ("VICTIM", true, false, "an absolute path"),
        ("charts/../../victim/important.txt", true, true, "a path with a '..' component"),
        ("./report.html", false, true, "a path with a '.' component"),
        ("charts//greeks.svg", false, true, "a path with an empty component"),
        ("", false, true, "an empty path"),
        ("notes.txt", false, true, "a new file under a name hedge-report never writes"),
        (".hedge-report/lock", true, true, "inside .hedge-report"),
    ])
    func journalEntryOutsideTheToolsNamesIsRefused(path: String, hadOld: Bool, isNew: Bool, message: String) throws {
        let scratch = try Scratch()
        let (output, victim) = try Self.prepare(scratch)
        try Self.put("mine\n", at: output + "/notes.txt")
        let entry = path == "VICTIM" ? victim + "/important.txt" : path
        try Self.put(Self.journal(entries: [("report.html", true, true), (entry, hadOld, isNew)]), at: output + "/.hedge-report/journal.json")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [".hedge-report/journal.json", message])
        let after = try Self.everything(scratch.base)
        #expect(after == before, "\(after.filter { before[$0.key] != $0.value }) \(before.filter { after[$0.key] != $0.value })")
    }

    /// `charts` (or the backup's `charts`) a link to another folder: the rollback would rename
    /// and remove files there.
    @Test(arguments: ["output", "backup", "staging"])
    func journalEntryUnderASymbolicLinkIsRefused(place: String) throws {
        let scratch = try Scratch()
        let (output, victim) = try Self.prepare(scratch)
        try Self.put("precious\n", at: victim + "/greeks.svg")
        let base = switch place {
        case "output": output
        case "backup": output + "/.hedge-report/backup-00000000000000aa"
        default: output + "/.hedge-report/staging-00000000000000aa"
        }
        if place == "output" {
            try FileManager.default.removeItem(atPath: output + "/charts")
        } else {
            try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        }
        try FileManager.default.createSymbolicLink(atPath: base + "/charts", withDestinationPath: victim)
        try Self.put(Self.journal(entries: [("charts/greeks.svg", place != "staging", true)]), at: output + "/.hedge-report/journal.json")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [".hedge-report/journal.json", "charts, which is a symbolic link"])
        let after = try Self.everything(scratch.base)
        #expect(after == before, "\(after.filter { before[$0.key] != $0.value }) \(before.filter { after[$0.key] != $0.value })")
    }

    @Test(arguments: [
        (Self.journal(created: ["../victim"]), #"it lists "../victim" as a folder it created"#),
        (Self.journal(created: ["victim"]), #"it lists "victim" as a folder it created"#),
        ("not json at all", "does not parse as one"),
        (#"{"staging": "staging-00000000000000aa"}"#, "does not parse as one"),
    ])
    func journalThatIsNotTheToolsIsRefused(text: String, message: String) throws {
        let scratch = try Scratch()
        let (output, _) = try Self.prepare(scratch)
        try Self.put(text, at: output + "/.hedge-report/journal.json")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [".hedge-report/journal.json", message])
        #expect(try Self.everything(scratch.base) == before)
    }

    @Test func journalThatIsASymbolicLinkIsRefused() throws {
        let scratch = try Scratch()
        let (output, victim) = try Self.prepare(scratch)
        try Self.put(Self.journal(), at: victim + "/journal.json")
        try FileManager.default.createSymbolicLink(atPath: output + "/.hedge-report/journal.json", withDestinationPath: victim + "/journal.json")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [".hedge-report/journal.json", "symbolic link"])
        #expect(try Self.everything(scratch.base) == before)
    }

    /// A stale entry (moved out, nothing new in its place) whose forged backup holds a file of
    /// the user's name: the rollback does not rename it over the user's file.
    @Test func rollbackNeverReplacesAFileAtAStaleEntrysName() throws {
        let scratch = try Scratch()
        let (output, _) = try Self.prepare(scratch)
        try Self.put("mine\n", at: output + "/notes.txt")
        try Self.put("forged\n", at: output + "/.hedge-report/backup-00000000000000aa/notes.txt")
        try Self.put(Self.journal(entries: [("notes.txt", true, false)]), at: output + "/.hedge-report/journal.json")
        _ = try OutputFolder(path: output, lockTimeout: .seconds(2), fileSystem: POSIXFileSystem(synchronizes: false))
        #expect(try String(contentsOfFile: output + "/notes.txt", encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: output + "/.hedge-report/journal.json"))
    }

    /// A manifest entry pointing out of the folder, with the victim's size and hash: the stale
    /// file removal would delete it.
    @Test(arguments: [
        ("../victim/important.txt", "a path with a '..' component"),
        ("VICTIM", "an absolute path"),
        ("ext/important.txt", "lies under ext, which is a symbolic link"),
        (".hedge-report/journal.json", "inside .hedge-report"),
    ])
    func manifestEntryOutsideTheFolderIsRefused(path: String, message: String) throws {
        let scratch = try Scratch()
        let (output, victim) = try Self.prepare(scratch)
        try FileManager.default.createSymbolicLink(atPath: output + "/ext", withDestinationPath: victim)
        let entry = path == "VICTIM" ? victim + "/important.txt" : path
        let contents = Data("precious\n".utf8)
        let manifest = #"{"note":"","tool":"hedge-report","files":[{"path":"\#(entry)","bytes":\#(contents.count),"fnv1a64":"\#(OutputManifest.digest(contents))"}]}"#
        try Self.put(manifest, at: output + "/.hedge-report/manifest.json")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [".hedge-report/manifest.json", message])
        #expect(try Self.everything(scratch.base) == before)
    }

    @Test(arguments: [("{\"files\": [", "does not parse"), ("[]", "does not parse"), ("LINK", "symbolic link")])
    func manifestThatIsNotTheToolsIsRefused(text: String, message: String) throws {
        let scratch = try Scratch()
        let (output, victim) = try Self.prepare(scratch)
        let manifest = output + "/.hedge-report/manifest.json"
        try FileManager.default.removeItem(atPath: manifest)
        if text == "LINK" {
            try FileManager.default.createSymbolicLink(atPath: manifest, withDestinationPath: victim + "/important.txt")
        } else {
            try Self.put(text, at: manifest)
        }
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: true, [".hedge-report/manifest.json", message])
        #expect(try Self.everything(scratch.base) == before)
    }

    /// A folder without a manifest: files at chart names the run does not write stay; a file
    /// where it writes is refused, before the work for the fixed names.
    @Test func folderWithoutAManifestLosesNothing() throws {
        let scratch = try Scratch()
        let output = scratch.output
        for name in ["charts/greeks.png", "charts/rule-frontier.svg", "charts/wrong-information.svg"] {
            try Self.put("MINE \(name)\n", at: output + "/" + name)
        }
        try OutputFolderTests.write(OutputFolderTests.newFiles, to: output)
        let after = try Self.everything(scratch.base)
        for name in ["charts/greeks.png", "charts/rule-frontier.svg", "charts/wrong-information.svg"] {
            #expect(after["out/" + name] == "MINE \(name)\n")
        }
    }

    @Test(arguments: ["report.html", "ledger.csv", "summary.json"])
    func usersFileAtAFixedNameIsRefusedBeforeTheWork(name: String) throws {
        let scratch = try Scratch()
        try Self.put("mine\n", at: scratch.output + "/" + name)
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(scratch.output, badData: false, ["\(name) is not a file hedge-report wrote", "has no .hedge-report/manifest.json"])
        #expect(try Self.everything(scratch.base) == before)
    }

    /// A chart the last run did not write (a PNG after a run without `--png`), or a file of
    /// the tool's the user edited: the write stops and the user's bytes stay.
    @Test(arguments: [("charts/greeks.png", "does not list it"), ("charts/greeks.svg", "it changed since hedge-report wrote it")])
    func usersFileAtAChartNameIsRefusedByTheWrite(name: String, message: String) throws {
        let scratch = try Scratch()
        try OutputFolderTests.write(OutputFolderTests.newFiles, to: scratch.output)
        try Self.put("mine\n", at: scratch.output + "/" + name)
        let before = try Self.everything(scratch.base)
        let folder = try OutputFolder(path: scratch.output, lockTimeout: .seconds(2), fileSystem: POSIXFileSystem(synchronizes: false))
        #expect {
            try folder.write(OutputFolderTests.files("next", ["report.html", "charts/greeks.svg", "charts/greeks.png"]))
        } throws: { error in
            "\(error)".contains("\(name) is not a file hedge-report wrote (") && "\(error)".contains("\(message))")
        }
        #expect(try Self.everything(scratch.base) == before)
    }

    @Test func symbolicLinkAtAFixedNameIsRefused() throws {
        let scratch = try Scratch()
        let (output, victim) = try Self.prepare(scratch)
        try FileManager.default.removeItem(atPath: output + "/report.html")
        try FileManager.default.createSymbolicLink(atPath: output + "/report.html", withDestinationPath: victim + "/important.txt")
        let before = try Self.everything(scratch.base)
        Self.expectRefusal(output, badData: false, ["report.html is a symbolic link or a special file"])
        #expect(try Self.everything(scratch.base) == before)
    }

    /// A folder that exists on a file system that takes no new entries: said so, not "No such
    /// file or directory" (issue 24).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/sys/kernel")))
    func systemFolderIsNamedAsOneThatHoldsNoNewFiles() {
        #expect {
            _ = try OutputFolder(path: "/proc/sys/kernel", lockTimeout: .zero)
        } throws: { error in
            "\(error)".contains("/proc/sys/kernel: the folder exists but .hedge-report cannot be created in it")
                || "\(error)".contains("the output folder is not writable")
        }
    }

    @Test(arguments: [("staging-0123456789abcdef", true), ("staging-0123456789abcde", false), ("staging-0123456789abcdeg", false),
                      ("backup-0123456789abcdef", false), ("staging-0123456789ABCDEF", false), ("staging-0123456789abcdef0", false)])
    func bookkeepingNamesAreTheToolsOnly(name: String, accepted: Bool) {
        #expect(OutputPaths.isBookkeepingName(name, prefix: "staging-") == accepted)
    }
}
