import ArgumentParser
import Foundation

/// Results go to stdout, unbuffered, and a write that fails — a full disk, `> /dev/full` — is
/// an I/O failure (exit 74), not a silent success.
enum StandardOutput {
    static func print(_ line: String) throws {
        var failure: Int32?
        Data((line + "\n").utf8).withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let count = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { failure = count < 0 ? errno : EIO; return }
                offset += count
            }
        }
        if let failure {
            StandardError.print("error: cannot write to standard output: \(String(cString: strerror(failure)))")
            throw ExitCode(74)
        }
    }
}
