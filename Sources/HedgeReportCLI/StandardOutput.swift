import ArgumentParser
import Foundation
import Report

/// Results go to stdout, unbuffered, and a write that fails — a full disk, `> /dev/full` — is
/// an I/O failure (exit 74), not a silent success.
enum StandardOutput {
    static func print(_ line: String) throws {
        if let failure = writeAll(Data((line + "\n").utf8), to: STDOUT_FILENO) {
            StandardError.print("error: cannot write to standard output: \(String(cString: strerror(failure)))")
            throw ExitCode(74)
        }
    }
}
