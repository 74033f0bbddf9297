/// Why the report could not be made, with the step that failed and the offending file or value.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable {
        /// A template file is missing or unreadable.
        case templateMissing(path: String, detail: String)
        /// A template does not parse.
        case templateSyntax(path: String, line: Int, column: Int, detail: String)
        /// A template rendered to nothing.
        case templateRenderedEmpty(path: String)
        /// A file or folder could not be written.
        case writeFailed(path: String, detail: String)
        /// An earlier stage failed (simulation, charts).
        case stageFailed(String)
    }

    /// The pipeline step that failed (simulate, analyse, plot, render, write).
    public var step: String
    public var reason: Reason

    public init(step: String, _ reason: Reason) {
        self.step = step
        self.reason = reason
    }

    /// True for failures of the file system rather than of the inputs (exit status 74).
    public var isInputOutputFailure: Bool {
        switch reason {
        case .templateMissing, .writeFailed: true
        case .templateSyntax, .templateRenderedEmpty, .stageFailed: false
        }
    }

    /// True for input files that do not parse, such as a template with a syntax error (exit 65).
    public var isBadInputData: Bool {
        switch reason {
        case .templateSyntax: true
        case .templateMissing, .templateRenderedEmpty, .writeFailed, .stageFailed: false
        }
    }

    public var description: String {
        let detail: String
        switch reason {
        case let .templateMissing(path, message):
            detail = "cannot read template \(path): \(message); pass --templates DIR with a report.mustache in it"
        case let .templateSyntax(path, line, column, message):
            detail = "template \(path):\(line):\(column): \(message)"
        case let .templateRenderedEmpty(path):
            detail = "template \(path) rendered an empty page"
        case let .writeFailed(path, message):
            detail = "cannot write \(path): \(message)"
        case let .stageFailed(message):
            detail = message
        }
        return "\(step): \(detail)"
    }
}
