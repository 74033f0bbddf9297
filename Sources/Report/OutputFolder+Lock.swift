import Foundation

extension OutputFolder {
    /// An exclusive `flock(2)` on `.hedge-report/lock`, held from the preflight to the end of
    /// the run, so one run at a time writes into a folder.
    ///
    /// The kernel releases the lock when the process ends, however it ends, so a killed run
    /// never leaves a stale lock. The file holds the holder's PID, host and start time, read
    /// by a run that finds the folder busy to say who holds it (a PID alone is ambiguous
    /// across containers; the host name tells them apart).
    final class Lock: Sendable {
        let descriptor: Int32

        /// Takes the lock, waiting up to `timeout` for another holder to finish.
        init(path: String, timeout: Duration) throws(LockFailure) {
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: timeout)
            while true {
                var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
                // Another user's lock file still locks (flock needs no write access); this run
                // then cannot say who it is, and its checks say what it may not write.
                let writable = descriptor >= 0
                if !writable, errno == EACCES { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
                guard descriptor >= 0 else { throw .failed(FileSystemFailure(path: path, code: errno)) }
                if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                    // A holder that removed the file (a run that created the output folder and
                    // failed) may have done so after we opened it: lock the file that is there.
                    if Self.isSameFile(descriptor, path) {
                        self.descriptor = descriptor
                        if writable { Self.record(descriptor) }
                        return
                    }
                    close(descriptor)
                    continue
                }
                let code = errno
                guard code == EWOULDBLOCK || code == EINTR else {
                    close(descriptor)
                    throw .failed(FileSystemFailure(path: path, code: code))
                }
                let holder = Self.holder(descriptor)
                close(descriptor)
                guard clock.now < deadline else { throw .busy(holder: holder) }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }

        deinit {
            close(descriptor)
        }

        /// Why the lock was not taken.
        enum LockFailure: Error {
            /// Another run holds it; `holder` is what it wrote, e.g. "PID 4711 on host lab-3,
            /// since 2026-11-29T17:02:11Z", or empty if it had not written yet.
            case busy(holder: String)
            case failed(FileSystemFailure)
        }

        private static func isSameFile(_ descriptor: Int32, _ path: String) -> Bool {
            var open = stat(), named = stat()
            guard fstat(descriptor, &open) == 0, stat(path, &named) == 0 else { return false }
            return open.st_dev == named.st_dev && open.st_ino == named.st_ino
        }

        private static func record(_ descriptor: Int32) {
            let since = ISO8601DateFormatter().string(from: Date())
            var name = [CChar](repeating: 0, count: 256)
            let host = gethostname(&name, name.count - 1) == 0
                ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
            let text = "PID \(getpid()) on host \(host), since \(since)\n"
            _ = ftruncate(descriptor, 0)
            _ = text.utf8CString.withUnsafeBufferPointer { pwrite(descriptor, $0.baseAddress, $0.count - 1, 0) }
        }

        private static func holder(_ descriptor: Int32) -> String {
            var buffer = [UInt8](repeating: 0, count: 512)
            let count = pread(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { return "" }
            return String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
