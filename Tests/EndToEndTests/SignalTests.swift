import Foundation
import Testing

/// SIGINT and SIGTERM delivered at every rename of a write (by strace, on the k-th rename
/// call): the write finishes its commit first, the process then ends by that signal (a shell
/// sees 130 or 143), and the folder holds the complete new report with no journal, staging or
/// backup left.
@Suite(.serialized)
struct SignalEndToEndTests {
    typealias Folder = OutputFolderEndToEndTests

    @Test(.enabled(if: Folder.hasStrace, "needs strace (.ci/run installs it)"), arguments: [("INT", SIGINT), ("TERM", SIGTERM)])
    func signalAtAnyRenameFinishesTheWriteThenEndsTheRun(name: String, number: Int32) throws {
        let base = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let oldFolder = try Folder.references(in: base).old
        let newReference = base.appendingPathComponent("new-no-png")
        try FileManager.default.createDirectory(at: newReference, withIntermediateDirectories: true)
        #expect(try Folder.run(Folder.small + ["--seed", "2", "--output", "out"], in: newReference).status == 0)
        let new = try Folder.snapshot(newReference.appendingPathComponent("out"))
        var signalled = 0
        for k in 1...40 {
            let trial = base.appendingPathComponent("\(name)-\(k)")
            try FileManager.default.createDirectory(at: trial, withIntermediateDirectories: true)
            try Folder.copy(oldFolder, to: trial.appendingPathComponent("out"))
            let calls = "rename,renameat,renameat2"
            let result = try Folder.run(
                Folder.small + ["--seed", "2", "--output", "out"], in: trial,
                // env resets the signals to their default action: a test runner may ignore
                // SIGINT, and an ignored signal stays ignored in the run (as under nohup).
                launcher: ["/usr/bin/env", "--default-signal=INT,TERM", "/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(calls)",
                           "-e", "inject=\(calls):signal=\(name):when=\(k)"]
            )
            let out = trial.appendingPathComponent("out")
            // Not the next run's recovery: the folder as the signalled run left it.
            let after = try Folder.snapshot(out)
            #expect(after == new, "SIG\(name) at rename \(k): \(after.keys.sorted())")
            let bookkeeping = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".hedge-report").path)
            #expect(bookkeeping.sorted() == ["lock", "manifest.json"], "SIG\(name) at rename \(k) left \(bookkeeping)")
            try FileManager.default.removeItem(at: trial)
            if result.status == 0 { break }
            // strace ends by the signal its tracee ended by; a run that exits instead says 128 + n.
            #expect(result.status == number || result.status == 128 + number, "SIG\(name) at rename \(k): status \(result.status)")
            signalled += 1
        }
        // The journal's rename, 12 old files out, 8 new ones in: each a point the signal came.
        #expect(signalled == 21, "SIG\(name): \(signalled) signal points")
    }
}
