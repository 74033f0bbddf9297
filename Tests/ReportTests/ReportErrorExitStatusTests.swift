import Testing
@testable import Report

/// Each failure of the report has the exit status of DESIGN.md §4, stated by the error itself
/// (``ReportError/exitStatus``), which `report` and `compare` both exit with: 74 for the file
/// system, 65 for bad input data, 70 for an internal error.
@Suite struct ReportErrorExitStatusTests {
    static let reasons: [(ReportError.Reason, Int32)] = [
        (.templateFolderUnreadable(path: "t", detail: "no such folder"), 74),
        (.templateUnreadable(path: "t/report.mustache", detail: "permission denied"), 74),
        (.templatePageMissing(folder: "t"), 74),
        (.writeFailed(path: "out", detail: "read-only file system"), 74),
        (.templateNotText(path: "t/report.mustache"), 65),
        (.templateSyntax(path: "t/report.mustache", line: 1, column: 2, detail: "unclosed section"), 65),
        (.templateEmpty(path: "t/report.mustache"), 65),
        (.templatePartialMissing(path: "t/report.mustache", line: 3, partial: "x", folder: "t"), 65),
        (.templateSectionMissing(folder: "t", partial: "path", section: "The path"), 65),
        (.templateDynamicPartial(path: "t/report.mustache", line: 4, name: "x"), 65),
        (.templateCycle(path: "t/report.mustache", cycle: ["report", "report"]), 65),
        (.templateRenderedEmpty(path: "t/report.mustache"), 65),
        (.untrustedBookkeeping(path: "out/.hedge-report/journal.json", detail: "does not parse"), 65),
        (.stageFailed("simulate: no path"), 70),
    ]

    @Test(arguments: reasons)
    func exitStatusFollowsTheKindOfFailure(_ reason: ReportError.Reason, _ expected: Int32) {
        let error = ReportError(step: "write", reason)
        #expect(error.exitStatus == expected, "\(error)")
        #expect(error.isInputOutputFailure == (expected == 74))
        #expect(error.isBadInputData == (expected == 65))
    }
}
