import Foundation
import Report
import Testing

/// The output folder through the real executable: a run killed at any rename or unlink of its
/// write, a second run into a busy folder, an unprivileged user's refusals — each leaves the
/// complete old report or the complete new one, and says what is wrong before the simulation.
@Suite(.serialized)
struct OutputFolderEndToEndTests {
    /// A small report, fast in a debug build.
    static let small = ["report", "--paths", "0", "--lattice-steps", "10", "--days", "5", "--quiet"]
    static let isRoot = getuid() == 0
    static let hasStrace = FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")

    /// Runs `launcher + [hedge-report] + arguments` in `folder`; standard output is `output`
    /// when given.
    static func run(
        _ arguments: [String], in folder: URL, launcher: [String] = [], output: FileHandle? = nil
    ) throws -> Executable.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? Executable.url.path)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [Executable.url.path] + arguments
        process.currentDirectoryURL = folder
        let standardOutput = Pipe(), standardError = Pipe()
        process.standardOutput = output ?? standardOutput
        process.standardError = standardError
        try process.run()
        let out = output == nil ? standardOutput.fileHandleForReading.readDataToEndOfFile() : Data()
        let err = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
                     standardError: String(decoding: err, as: UTF8.self))
    }

    /// Every file under `folder` but the lock, as path → bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files = [String: Data]()
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            if attributes[.type] as? FileAttributeType != .typeDirectory, path != ".hedge-report/lock" {
                files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return files
    }

    /// Copies `source` to `target` (a fresh path).
    static func copy(_ source: URL, to target: URL) throws {
        try FileManager.default.copyItem(at: source, to: target)
    }

    /// The report of seed 1 (with PNGs) in `old/out` and of seed 2 in `new/out`.
    static func references(in base: URL) throws -> (old: URL, new: URL) {
        for (name, seed) in [("old", "1"), ("new", "2")] {
            let folder = base.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let result = try run(small + ["--png", "--seed", seed, "--output", "out"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
        }
        return (base.appendingPathComponent("old/out"), base.appendingPathComponent("new/out"))
    }

    /// SIGKILL at the k-th rename, then at the k-th unlink, of a run replacing seed 1's report
    /// (with PNGs) by seed 2's (without): for every k, the next run's preflight leaves one
    /// complete report and nothing of the killed run.
    @Test(.enabled(if: hasStrace, "needs strace (.ci/run installs it)"))
    func killedAtAnyRenameOrUnlinkTheNextRunFindsOneCompleteReport() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let oldFolder = try Self.references(in: base).old
        let newReference = base.appendingPathComponent("new-no-png")
        try FileManager.default.createDirectory(at: newReference, withIntermediateDirectories: true)
        #expect(try Self.run(Self.small + ["--seed", "2", "--output", "out"], in: newReference).status == 0)
        let old = try Self.snapshot(oldFolder), new = try Self.snapshot(newReference.appendingPathComponent("out"))
        for call in ["rename", "unlink"] {
            var killed = 0
            for k in 1...60 {
                let trial = base.appendingPathComponent("\(call)-\(k)")
                try FileManager.default.createDirectory(at: trial, withIntermediateDirectories: true)
                try Self.copy(oldFolder, to: trial.appendingPathComponent("out"))
                let calls = call == "rename" ? "rename,renameat,renameat2" : "unlink,unlinkat,rmdir"
                let result = try Self.run(
                    Self.small + ["--seed", "2", "--output", "out"], in: trial,
                    launcher: ["/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(calls)",
                               "-e", "inject=\(calls):signal=KILL:when=\(k)"]
                )
                // The next run's preflight, in process (the executable's first step).
                _ = try OutputFolder(path: trial.appendingPathComponent("out").path, lockTimeout: .zero)
                let after = try Self.snapshot(trial.appendingPathComponent("out"))
                #expect(after == old || after == new, "killed at \(call) \(k): a mix of \(after.keys.sorted())")
                if result.status == 0 { break }
                killed += 1
                try FileManager.default.removeItem(at: trial)
            }
            // Each rename of the write (the journal, 12 old files out, 8 new ones in) is a kill point.
            #expect(call == "unlink" ? killed >= 3 : killed == 21, "\(call): \(killed) kill points")
        }
    }

    /// A second run into a folder a first run holds waits its bounded time, then fails naming
    /// the first; the first finishes its complete report.
    @Test func secondRunIntoABusyFolderFailsNamingTheFirst() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let first = Process()
        first.executableURL = Executable.url
        first.arguments = ["report", "--paths", "300", "--lattice-steps", "30", "--quiet", "--seed", "1", "--output", "out"]
        first.currentDirectoryURL = base
        first.standardError = FileHandle.nullDevice
        try first.run()
        let lock = base.appendingPathComponent("out/.hedge-report/lock")
        let marker = "PID \(first.processIdentifier) on host"
        for _ in 0..<1000 where !((try? String(contentsOf: lock, encoding: .utf8))?.contains(marker) ?? false) {
            Thread.sleep(forTimeInterval: 0.005)
        }
        kill(first.processIdentifier, SIGSTOP)
        let second = try Self.run(Self.small + ["--seed", "2", "--output", "out"], in: base)
        kill(first.processIdentifier, SIGCONT)
        first.waitUntilExit()
        #expect(second.status == 74)
        #expect(second.standardError.contains("another hedge-report run is writing into this folder (\(marker)"), "\(second.standardError)")
        #expect(first.terminationStatus == 0)
        let summary = try String(contentsOf: base.appendingPathComponent("out/summary.json"), encoding: .utf8)
        #expect(summary.contains("\"seed\" : 1"))
    }

    /// Two runs in separate PID namespaces (both PID 1) into one folder: the lock serialises
    /// them and neither removes the other's staging, so one complete report remains.
    @Test(.enabled(if: isRoot, "unshare needs root"))
    func runsInSeparatePIDNamespacesDoNotCollide() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let (oldFolder, newFolder) = try Self.references(in: base)
        let shared = base.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        let results = [("1", "a"), ("2", "b")].map { seed, _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            process.arguments = ["--pid", "--fork", Executable.url.path] + Self.small + ["--png", "--seed", seed, "--output", "out"]
            process.currentDirectoryURL = shared
            process.standardError = FileHandle.nullDevice
            try? process.run()
            return process
        }
        results.forEach { $0.waitUntilExit() }
        let statuses = results.map(\.terminationStatus).sorted()
        #expect(statuses == [0, 0] || statuses == [0, 74], "\(statuses)")
        let after = try Self.snapshot(shared.appendingPathComponent("out"))
        let old = try Self.snapshot(oldFolder), new = try Self.snapshot(newFolder)
        #expect(after == old || after == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("out/.hedge-report").path).sorted()
            == ["lock", "manifest.json"])
    }

    /// A relative one-letter name (Foundation's path functions trap on it on Linux).
    @Test func oneLetterOutputFolderIsCreated() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let result = try Self.run(Self.small + ["--output", "Z"], in: base)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("Z/report.html").path))
    }

    /// `charts` a file: refused before the simulation, naming it, nothing changed.
    @Test func chartsThatIsAFileIsRefusedBeforeTheSimulation() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(try Self.run(Self.small + ["--output", "out"], in: base).status == 0)
        let charts = base.appendingPathComponent("out/charts")
        try FileManager.default.removeItem(at: charts)
        try Data("x\n".utf8).write(to: charts)
        let before = try Self.snapshot(base.appendingPathComponent("out"))
        let result = try Self.run(Self.small.filter { $0 != "--quiet" } + ["--seed", "9", "--output", "out"], in: base)
        #expect(result.status == 74)
        #expect(result.standardError.contains("charts is a file, not a folder"), "\(result.standardError)")
        #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
        #expect(try Self.snapshot(base.appendingPathComponent("out")) == before)
    }

    /// As an unprivileged user: a `charts` folder of another user, and an output folder one
    /// cannot write in, are refused before the simulation with nothing changed.
    @Test(.enabled(if: isRoot, "needs root to switch to an unprivileged user"))
    func foldersAnUnprivilegedUserCannotWriteAreRefusedBeforeTheSimulation() throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let mine = base.appendingPathComponent("mine"), theirs = base.appendingPathComponent("theirs")
        for folder in [base, mine] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        }
        try FileManager.default.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: mine.path)
        let good = try Self.run(Self.small + ["--output", mine.path], in: base, launcher: nobody)
        #expect(good.status == 0, "\(good.standardError)")
        // Another user (root) takes over the charts folder.
        try FileManager.default.setAttributes([.ownerAccountID: 0, .groupOwnerAccountID: 0], ofItemAtPath: mine.appendingPathComponent("charts").path)
        // And root's own report, in a folder the unprivileged user may only read.
        #expect(try Self.run(Self.small + ["--output", theirs.path], in: base).status == 0)
        for (folder, message) in [(mine, "the folder charts is not writable"), (theirs, "the output folder is not writable")] {
            let before = try Self.snapshot(folder)
            let result = try Self.run(Self.small.filter { $0 != "--quiet" } + ["--seed", "9", "--output", folder.path], in: base, launcher: nobody)
            #expect(result.status == 74)
            #expect(result.standardError.contains(message), "\(result.standardError)")
            #expect(!result.standardError.contains("simulate"), "refused after the work: \(result.standardError)")
            #expect(try Self.snapshot(folder) == before)
        }
    }

    @Test(arguments: [["price", "--json"], ["price"], ["validate", "--paths", "100", "--case", "hull-discrete-hedging"]])
    func resultThatCannotBeWrittenToStandardOutputIsAnIOError(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try Self.run(arguments, in: Executable.packageRoot, output: full)
        #expect(result.status == 74)
        #expect(result.standardError.contains("cannot write to standard output: No space left on device"))
    }
}
