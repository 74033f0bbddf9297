import Foundation

/// The built `hedge-report` executable, run as a user runs it: how hedge-bench times the whole
/// program, whose Report target it does not link.
struct HedgeReportProcess: Sendable {
    /// Path of the executable.
    var executable: String

    /// The `hedge-report` beside hedge-bench's own executable, where `swift build -c release`
    /// puts both (`make bench` builds it).
    static var besideThisProgram: HedgeReportProcess {
        let own = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let folder = own.deletingLastPathComponent()
        return HedgeReportProcess(executable: folder.appendingPathComponent("hedge-report").path)
    }

    /// Runs `hedge-report report --output FOLDER` + `arguments` into a fresh temporary folder,
    /// waits for it to exit, hands the folder to `inspect`, then removes it (about 1 MB in a
    /// dozen files: 1–2 ms).
    ///
    /// - Parameter line: receives each line the program writes on standard error, with the
    ///   seconds since its launch (its `[i/n] step` progress, without `--quiet`).
    /// - Returns: the seconds from its launch to its exit.
    /// - Throws: ``BenchError`` when the executable is missing or exits with a failure.
    @discardableResult
    func report(
        _ arguments: [String], line: (String, Double) -> Void = { _, _ in },
        inspect: (URL) throws(BenchError) -> Void = { _ throws(BenchError) in }
    ) throws(BenchError) -> Double {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hedge-bench-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let seconds = try run(["report", "--output", folder.path] + arguments, line: line)
        try inspect(folder)
        return seconds
    }

    /// Runs `hedge-report` + `arguments` (standard output discarded) and waits for it to exit.
    ///
    /// - Returns: the seconds from its launch to its exit.
    /// - Throws: ``BenchError`` when the executable is missing or exits with a failure.
    @discardableResult
    func run(_ fullArguments: [String], line: (String, Double) -> Void = { _, _ in }) throws(BenchError) -> Double {
        let command = "hedge-report " + fullArguments.joined(separator: " ")
        let clock = ContinuousClock()
        let launch = clock.now
        let (pid, errors) = try spawn(fullArguments, command: command)
        defer { close(errors) }
        // The program writes each progress line with one write(2): a read returns whole lines.
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = read(errors, &buffer, buffer.count), count != 0 {
            guard count > 0 else {
                if errno == EINTR { continue }
                break
            }
            let seconds = (clock.now - launch).seconds
            let received = String(decoding: buffer[..<count], as: UTF8.self)
            text += received
            for part in received.split(separator: "\n") {
                line(String(part), seconds)
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let seconds = (clock.now - launch).seconds
        // WIFEXITED and WEXITSTATUS, which Swift does not import: a normal exit has the low
        // seven bits 0 and the status in the next eight.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw BenchError(.programFailed(command: command, detail: "wait status \(status): \(text.suffix(500))"))
        }
        return seconds
    }

    /// Starts the executable with `arguments`, its standard output to /dev/null and its standard
    /// error to a pipe. Returns its process id and the pipe's reading end.
    ///
    /// posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit runs a run
    /// loop in 50 ms slices on Linux and added about 50 ms to every run's time.
    private func spawn(_ arguments: [String], command: String) throws(BenchError) -> (pid_t, Int32) {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError(.programFailed(
                command: command,
                detail: "no executable at \(executable); build it with swift build -c release --product hedge-report"
            ))
        }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            throw BenchError(.programFailed(command: command, detail: "cannot open a pipe: errno \(errno)"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(fds[1])
        guard spawned == 0 else {
            close(fds[0])
            throw BenchError(.programFailed(command: command, detail: "cannot start: errno \(spawned)"))
        }
        return (pid, fds[0])
    }
}
