/// Why the report could not be made, with the step that failed and the offending file or value.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable {
        /// The `--templates` folder cannot be listed; `detail` says why ("no such folder", "not a
        /// folder", "permission denied").
        case templateFolderUnreadable(path: String, detail: String)
        /// A template file cannot be read; `detail` says why.
        case templateUnreadable(path: String, detail: String)
        /// The templates folder has no `report.mustache`, the page.
        case templatePageMissing(folder: String)
        /// A template file is not UTF-8 text.
        case templateNotText(path: String)
        /// A template does not parse.
        case templateSyntax(path: String, line: Int, column: Int, detail: String)
        /// `report.mustache` is empty or only whitespace.
        case templateEmpty(path: String)
        /// A template includes `{{> partial}}`, which is not in the folder.
        case templatePartialMissing(path: String, line: Int, partial: String, folder: String)
        /// The templates folder has no partial for a section of the page, `PARTIAL.mustache`.
        case templateSectionMissing(folder: String, partial: String, section: String)
        /// A template includes a dynamic partial `{{>*name}}`, which cannot be checked before rendering.
        case templateDynamicPartial(path: String, line: Int, name: String)
        /// A template includes itself, directly or through others: `cycle` names the templates
        /// from it back to it.
        case templateCycle(path: String, cycle: [String])
        /// A template rendered to nothing.
        case templateRenderedEmpty(path: String)
        /// A file or folder could not be written.
        case writeFailed(path: String, detail: String)
        /// An earlier stage failed (simulation, charts).
        case stageFailed(String)
        /// A file of the output folder's bookkeeping (`.hedge-report/journal.json`,
        /// `.hedge-report/manifest.json`) that hedge-report could not have written — a name
        /// outside the folder, under a symbolic link, not one the tool makes — or that does not
        /// parse; `detail` says which name and why. Nothing was changed.
        case untrustedBookkeeping(path: String, detail: String)
    }

    /// The pipeline step that failed (templates, simulate, analyse, plot, render, write).
    public var step: String
    public var reason: Reason

    public init(step: String, _ reason: Reason) {
        self.step = step
        self.reason = reason
    }

    /// True for failures of the file system rather than of the inputs (exit status 74): a
    /// folder or file that cannot be read or written, or is not there.
    public var isInputOutputFailure: Bool {
        switch reason {
        case .templateFolderUnreadable, .templateUnreadable, .templatePageMissing, .writeFailed: true
        case .templateNotText, .templateSyntax, .templateEmpty, .templatePartialMissing, .templateSectionMissing,
             .templateDynamicPartial, .templateCycle, .templateRenderedEmpty, .stageFailed, .untrustedBookkeeping: false
        }
    }

    /// True for input files that can be read but are not usable templates, such as a template
    /// with a syntax error or one that includes itself, or a journal or manifest in the output
    /// folder that hedge-report could not have written (exit 65).
    public var isBadInputData: Bool {
        switch reason {
        case .templateNotText, .templateSyntax, .templateEmpty, .templatePartialMissing, .templateSectionMissing,
             .templateDynamicPartial, .templateCycle, .templateRenderedEmpty, .untrustedBookkeeping: true
        case .templateFolderUnreadable, .templateUnreadable, .templatePageMissing, .writeFailed, .stageFailed: false
        }
    }

    /// The exit status of DESIGN.md §4: 74 for a failure of the file system
    /// (``isInputOutputFailure``), 65 for bad input data (``isBadInputData``), 70 for an internal
    /// error (a stage that failed).
    public var exitStatus: Int32 {
        isInputOutputFailure ? 74 : (isBadInputData ? 65 : 70)
    }

    public var description: String {
        let detail: String
        switch reason {
        case let .templateFolderUnreadable(path, message):
            detail = "cannot read the templates folder \(path): \(message)"
        case let .templateUnreadable(path, message):
            detail = "cannot read template \(path): \(message)"
        case let .templatePageMissing(folder):
            detail = "the templates folder \(folder) has no report.mustache, the page (every other NAME.mustache is a partial it may include as {{> NAME}})"
        case let .templateNotText(path):
            detail = "template \(path) is not UTF-8 text"
        case let .templateSyntax(path, line, column, message):
            detail = "template \(path):\(line):\(column): \(message)"
        case let .templateEmpty(path):
            detail = "template \(path) is empty; the page needs some content"
        case let .templatePartialMissing(path, line, partial, folder):
            detail = "template \(path):\(line) includes {{> \(partial)}}, but the templates folder \(folder) has no \(partial).mustache"
        case let .templateSectionMissing(folder, partial, section):
            detail = "the templates folder \(folder) has no \(partial).mustache, the partial of the section “\(section)”"
        case let .templateDynamicPartial(path, line, name):
            detail = "template \(path):\(line) includes the dynamic partial {{>*\(name)}}, which cannot be checked before rendering; name the partial instead"
        case let .templateCycle(path, cycle):
            detail = "template \(path) includes itself: \(cycle.joined(separator: " → "))"
        case let .templateRenderedEmpty(path):
            detail = "template \(path) rendered an empty page"
        case let .writeFailed(path, message):
            detail = "cannot write \(path): \(message)"
        case let .stageFailed(message):
            detail = message
        case let .untrustedBookkeeping(path, message):
            detail = "refusing \(path) (nothing was changed): \(message)"
        }
        return "\(step): \(detail)"
    }
}
