import Foundation
import Synchronization
import Testing
@testable import Report

/// The output folder holds the complete previous set of files or the complete new one after a
/// failure or a kill at any step of a write, one run at a time writes into it, and a run
/// removes its own stale files but never the user's.
@Suite struct OutputFolderTests {
    /// A temporary folder with an output folder `out` inside, removed at the end.
    struct Scratch: ~Copyable {
        let base: URL
        var output: String { base.appendingPathComponent("out").path }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("output-folder-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: base) }
    }

    /// Everything in `folder` but the lock, as path → bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files = [String: Data]()
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            let isFile = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.type] as? FileAttributeType) != .typeDirectory
            if isFile, path != ".hedge-report/lock" {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
            }
        }
        return files
    }

    static func files(_ generation: String, _ paths: [String]) -> [OutputWriter.File] {
        paths.map { OutputWriter.File(path: $0, contents: Data("\(generation) \($0)\n".utf8)) }
    }

    /// The old run wrote PNGs the new one does not (stale, removed); the new one writes a
    /// chart the old did not; the user keeps two files of their own beside them.
    static let oldFiles = files("old", [
        "report.html", "ledger.csv", "summary.json", "charts/greeks.svg", "charts/greeks.png", "charts/mc-sweep.svg",
    ])
    static let newFiles = files("new", ["report.html", "ledger.csv", "summary.json", "charts/greeks.svg", "charts/price-path.svg"])
    static let userFiles = files("user", ["notes.txt", "charts/annotated.svg"])

    static func write(_ files: [OutputWriter.File], to output: String, using fileSystem: any OutputFileSystem = POSIXFileSystem(synchronizes: false)) throws {
        // Not `.zero`: other tests of this process spawn subprocesses, and a child holds a copy
        // of every descriptor, the lock's included, from its fork to its exec — a few
        // milliseconds in which the lock outlives the write that took it.
        let folder = try OutputFolder(path: output, lockTimeout: .seconds(2), fileSystem: fileSystem)
        try folder.write(files)
    }

    /// The old set with the user's files, and the new one, as snapshots.
    static func oldAndNew(in scratch: borrowing Scratch) throws -> (old: [String: Data], new: [String: Data]) {
        let reference = scratch.base.appendingPathComponent("reference").path
        try write(oldFiles, to: reference)
        for file in userFiles { try file.contents.write(to: URL(fileURLWithPath: reference + "/" + file.path)) }
        let old = try snapshot(reference)
        try write(newFiles, to: reference)
        return (old, try snapshot(reference))
    }

    static func prepareOld(_ output: String) throws {
        try write(oldFiles, to: output)
        for file in userFiles { try file.contents.write(to: URL(fileURLWithPath: output + "/" + file.path)) }
    }

    @Test func newRunReplacesItsOwnFilesRemovesItsStaleOnesAndKeepsTheUsers() throws {
        let scratch = try Scratch()
        let (old, new) = try Self.oldAndNew(in: scratch)
        #expect(old["charts/greeks.png"] != nil && new["charts/greeks.png"] == nil)
        #expect(new["charts/price-path.svg"] == Data("new charts/price-path.svg\n".utf8))
        #expect(new["notes.txt"] == Data("user notes.txt\n".utf8))
        #expect(new["charts/annotated.svg"] == Data("user charts/annotated.svg\n".utf8))
        let manifest = try JSONDecoder().decode(OutputManifest.self, from: #require(new[".hedge-report/manifest.json"]))
        #expect(manifest.files.map(\.path) == Self.newFiles.map(\.path))
        #expect(Set(new.keys) == Set(Self.newFiles.map(\.path) + Self.userFiles.map(\.path) + [".hedge-report/manifest.json"]))
    }

    @Test func staleFileTheUserChangedIsKept() throws {
        let scratch = try Scratch()
        try Self.write(Self.oldFiles, to: scratch.output)
        try Data("redrawn by hand".utf8).write(to: URL(fileURLWithPath: scratch.output + "/charts/greeks.png"))
        try Self.write(Self.newFiles, to: scratch.output)
        #expect(try Self.snapshot(scratch.output)["charts/greeks.png"] == Data("redrawn by hand".utf8))
    }

    /// Without a manifest no file counts as the tool's: the charts an earlier version wrote
    /// stay (they could be the user's); only its staging folder goes.
    @Test func folderOfAnEarlierVersionKeepsEveryFileItDoesNotWrite() throws {
        let scratch = try Scratch()
        let charts = scratch.output + "/charts"
        try FileManager.default.createDirectory(atPath: charts, withIntermediateDirectories: true)
        for name in ["mc-sweep.svg", "greeks.png", "mine.svg"] {
            try Data("earlier".utf8).write(to: URL(fileURLWithPath: charts + "/" + name))
        }
        try FileManager.default.createDirectory(atPath: scratch.output + "/.hedge-report-staging-4242", withIntermediateDirectories: true)
        try Self.write(Self.newFiles, to: scratch.output)
        let after = try Self.snapshot(scratch.output)
        for name in ["mc-sweep.svg", "greeks.png", "mine.svg"] {
            #expect(after["charts/" + name] == Data("earlier".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.output + "/.hedge-report-staging-4242"))
    }

    /// Every step of a write, failing: the run rolls back at once (the old set, and an error)
    /// or fails only in the clean-up after the commit (the new set, no error).
    @Test func failureAtAnyStepLeavesAllOldOrAllNew() throws {
        let scratch = try Scratch()
        let (old, new) = try Self.oldAndNew(in: scratch)
        let count = try stepsOfOneWrite(scratch)
        #expect(count > 20)
        for step in 0..<count {
            let output = scratch.base.appendingPathComponent("fail-\(step)").path
            try Self.prepareOld(output)
            let fileSystem = FaultyFileSystem(fault: .fail(at: step))
            var failed = false
            do {
                try Self.write(Self.newFiles, to: output, using: fileSystem)
            } catch {
                failed = true
                #expect("\(error)".contains(output), "step \(step): \(error)")
            }
            // A failed write undoes itself entirely; a clean-up that fails after the commit
            // may leave its backup for the next run.
            let after = try Self.snapshot(output).filter { failed || !$0.key.hasPrefix(".hedge-report/backup-") }
            #expect(after == (failed ? old : new), "step \(step) (\(fileSystem.steps[step])): \(failed ? "expected old" : "expected new")")
            // The next run finds nothing to undo, and nothing of the failed run is left.
            try Self.write(Self.newFiles, to: output)
            #expect(try Self.snapshot(output) == new)
            #expect(try FileManager.default.contentsOfDirectory(atPath: output + "/.hedge-report").sorted() == ["lock", "manifest.json"])
        }
    }

    /// Every step of a write, as the point where the process is killed: what it left is
    /// rolled back by the next run's preflight (or was committed), never a mix.
    @Test func killAtAnyStepIsRecoveredAsAllOldOrAllNew() throws {
        let scratch = try Scratch()
        let (old, new) = try Self.oldAndNew(in: scratch)
        let count = try stepsOfOneWrite(scratch)
        var outcomes = [Bool: Int]()
        for step in 0...count {
            let output = scratch.base.appendingPathComponent("die-\(step)").path
            try Self.prepareOld(output)
            try? Self.write(Self.newFiles, to: output, using: FaultyFileSystem(fault: .die(at: step)))
            _ = try OutputFolder(path: output, lockTimeout: .seconds(2), fileSystem: POSIXFileSystem(synchronizes: false))
            let after = try Self.snapshot(output)
            #expect(after == old || after == new, "killed at step \(step): a mix")
            outcomes[after == new, default: 0] += 1
            #expect(try FileManager.default.contentsOfDirectory(atPath: output + "/.hedge-report").sorted() == ["lock", "manifest.json"],
                    "killed at step \(step): leftovers")
        }
        // Killed before the commit: old; after it (during the clean-up, or never): new.
        #expect(outcomes[false, default: 0] > 0 && outcomes[true, default: 0] > 0)
    }

    /// A kill during the rollback itself (after a kill during the write) is recovered too.
    @Test func killDuringRecoveryIsRecoveredByTheRunAfter() throws {
        let scratch = try Scratch()
        let (old, _) = try Self.oldAndNew(in: scratch)
        let count = try stepsOfOneWrite(scratch)
        let output = scratch.base.appendingPathComponent("twice").path
        for recoveryStep in 0..<12 {
            try? FileManager.default.removeItem(atPath: output)
            try Self.prepareOld(output)
            // Killed after half of the swap, then again after `recoveryStep` steps of the undo.
            try? Self.write(Self.newFiles, to: output, using: FaultyFileSystem(fault: .die(at: count * 3 / 4)))
            _ = try? OutputFolder(path: output, lockTimeout: .seconds(2), fileSystem: FaultyFileSystem(fault: .die(at: recoveryStep)))
            _ = try OutputFolder(path: output, lockTimeout: .seconds(2), fileSystem: POSIXFileSystem(synchronizes: false))
            #expect(try Self.snapshot(output) == old, "recovery killed at step \(recoveryStep)")
        }
    }

    /// The number of steps a write of the new set over the old one takes.
    private func stepsOfOneWrite(_ scratch: borrowing Scratch) throws -> Int {
        let output = scratch.base.appendingPathComponent("count").path
        try Self.prepareOld(output)
        let counting = FaultyFileSystem(fault: .none)
        try Self.write(Self.newFiles, to: output, using: counting)
        return counting.steps.count
    }

    @Test func secondWriterFailsNamingTheFirst() throws {
        let scratch = try Scratch()
        let first = try OutputFolder(path: scratch.output, lockTimeout: .zero)
        let clock = ContinuousClock()
        let start = clock.now
        #expect {
            _ = try OutputFolder(path: scratch.output, lockTimeout: .milliseconds(300))
        } throws: { error in
            let text = "\(error)"
            return text.contains("another hedge-report run is writing into this folder") && text.contains("PID \(getpid()) on host")
                && text.contains(scratch.output)
        }
        #expect(clock.now - start >= .milliseconds(300))
        try first.write(Self.newFiles)
        _ = consume first
        _ = try OutputFolder(path: scratch.output, lockTimeout: .seconds(2))
    }

    @Test func failedRunLeavesNoTraceInAFolderItFoundWithoutBookkeeping() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: scratch.output + "/notes.txt"))
        let folder = try OutputFolder(path: scratch.output, lockTimeout: .zero)
        #expect(FileManager.default.fileExists(atPath: scratch.output + "/.hedge-report/lock"))
        folder.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.output) == ["notes.txt"])
    }

    /// A run waiting for one that fails and removes its bookkeeping, lock included, takes the
    /// folder over with a new lock. (The waiting run gets a thread of its own: blocked on the
    /// lock, it must not hold one of the few threads the test runner shares.)
    @Test func runWaitingForARunThatFailsTakesTheFolderOver() throws {
        let scratch = try Scratch()
        let path = scratch.output
        var first: OutputFolder? = try OutputFolder(path: path, lockTimeout: .zero)
        final class Waiting: Sendable {
            let outcome = Mutex<Result<OutputFolder, ReportError>?>(nil)
            let done = DispatchSemaphore(value: 0)
        }
        let waiting = Waiting()
        Thread.detachNewThread {
            let outcome = Result { () throws(ReportError) in try OutputFolder(path: path, lockTimeout: .seconds(10)) }
            waiting.outcome.withLock { $0 = outcome }
            waiting.done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        first?.abandon()
        first = nil
        waiting.done.wait()
        let folder = try #require(waiting.outcome.withLock { $0 }).get()
        try folder.write(Self.newFiles)
        #expect(try Self.snapshot(path)["report.html"] == Data("new report.html\n".utf8))
    }

    @Test func stagingNamesDifferBetweenRunsOfOneProcess() throws {
        let scratch = try Scratch()
        try Self.prepareOld(scratch.output)
        var stagings = Set<String>()
        for _ in 0..<3 {
            let counting = FaultyFileSystem(fault: .none)
            try Self.write(Self.newFiles, to: scratch.output, using: counting)
            let first = try #require(counting.steps.first { $0.hasPrefix("createFolder") && $0.contains("staging-") })
            stagings.insert(first)
        }
        #expect(stagings.count == 3)
    }

    @Test(arguments: [
        ("charts", "file", "charts is a file, not a folder"),
        ("charts/greeks.svg", "folder", "charts/greeks.svg is a folder, not a file"),
        ("report.html", "folder", "report.html is a folder, not a file"),
        (".hedge-report", "file", "it is not a folder"),
    ])
    func refusesWhatNoWriteCouldReplaceBeforeTouchingAnything(path: String, kind: String, message: String) throws {
        let scratch = try Scratch()
        try Self.write(Self.oldFiles, to: scratch.output)
        let target = scratch.output + "/" + path
        try FileManager.default.removeItem(atPath: target)
        if kind == "file" {
            try Data("x".utf8).write(to: URL(fileURLWithPath: target))
        } else {
            try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        }
        let before = try Self.snapshot(scratch.output)
        #expect {
            _ = try OutputFolder(path: scratch.output, lockTimeout: .seconds(2))
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains(target)
        }
        #expect(try Self.snapshot(scratch.output) == before)
    }

    @Test func danglingSymbolicLinkIsNamedWithItsDestination() throws {
        let scratch = try Scratch()
        let missing = scratch.base.appendingPathComponent("missing").path
        try FileManager.default.createSymbolicLink(atPath: scratch.output, withDestinationPath: missing)
        #expect {
            _ = try OutputFolder(path: scratch.output, lockTimeout: .seconds(2))
        } throws: { error in
            "\(error)".contains("the output folder is a dangling symbolic link to \(missing)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func missingFolderIsCreatedWithItsParentsAndRemovedAgainWhenTheRunFails() throws {
        let scratch = try Scratch()
        let nested = scratch.output + "/a/b"
        let folder = try OutputFolder(path: nested, lockTimeout: .seconds(2))
        #expect(FileManager.default.fileExists(atPath: nested + "/.hedge-report/lock"))
        folder.abandon()
        #expect(!FileManager.default.fileExists(atPath: nested))
    }

    @Test(arguments: [("report.html", ""), ("charts/greeks.svg", "charts"), ("Z", ""), ("/Z", "/"), ("a/b/c", "a/b")])
    func parentOfAPath(path: String, parent: String) {
        #expect(OutputPaths.parent(of: path) == parent)
    }

    @Test func folderUnderAFileIsRefusedNamingTheFile() throws {
        let scratch = try Scratch()
        let file = scratch.base.appendingPathComponent("plain").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect {
            _ = try OutputFolder(path: file + "/report", lockTimeout: .zero)
        } throws: { error in
            "\(error)".contains("\(file) is a file, not a folder")
        }
    }
}
