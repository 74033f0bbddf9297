import Glibc

/// A broken promise found while fuzzing: prints it and aborts, so libFuzzer saves the input.
enum FuzzCheck {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        var text = "FuzzCheck failed: \(message())\n"
        text.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
        abort()
    }
}

/// The one file each fuzzing process rewrites for every input: on tmpfs when there is one,
/// so a run costs a write and a read of memory, and named after the process so that
/// `-jobs`/`-workers` never share it.
struct ScratchFile: Sendable {
    let path: String

    /// A file `name` in a new folder of this process's own.
    init(named name: String) {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp")
        let folder = "\(base)/hedge-report-fuzz-\(getpid())"
        mkdir(folder, 0o700)
        path = folder + "/" + name
        scratchPaths.append(path)
        if scratchPaths.count == 1 { atexit(removeScratchFiles) }
    }

    /// Replaces the file's contents with `bytes`; returns its path.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        FuzzCheck.require(descriptor >= 0, "cannot create \(path): errno \(errno)")
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            FuzzCheck.require(result > 0, "cannot write \(path): errno \(errno)")
            written += result
        }
        return path
    }
}

/// The scratch files to remove when the fuzzer exits normally (after a crash the run script
/// removes them).
nonisolated(unsafe) private var scratchPaths = [String]()

private func removeScratchFiles() {
    for path in scratchPaths {
        unlink(path)
        rmdir(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
    }
}
