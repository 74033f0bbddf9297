import ArgumentParser
import Report

/// An error that stops a command: reported as one line `error: …` on standard error, with the
/// exit status of DESIGN.md §4 that the error itself states.
protocol CommandFailure: Error, CustomStringConvertible {
    /// The process exit status: 64 bad usage, 65 bad input data, 74 an I/O failure, 70 internal.
    var exitStatus: Int32 { get }
}

extension ParameterError: CommandFailure {}
extension ReportError: CommandFailure {}

extension CommandFailure {
    /// Prints `error: DESCRIPTION` on standard error and gives the exit to throw.
    func reported() -> ExitCode {
        StandardError.print("error: \(description)")
        return ExitCode(exitStatus)
    }
}
