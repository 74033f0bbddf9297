import Foundation
import Report
import Testing

/// The executable needs nothing beside it: copied to an empty folder and run from another, it
/// writes the report from the templates built into it, the same page `--templates templates`
/// gives; it states its version and prints shell completions.
@Suite(.timeLimit(.minutes(2)))
struct InstallTests {
    /// Files of a `--paths 0` report: the page, the data and every chart it shows.
    static let reportFiles = [
        "report.html", "ledger.csv", "summary.json", "charts/price-path.svg", "charts/premium-vs-hedge.svg",
        "charts/greeks.svg", "charts/textbook-pnl.svg",
    ]

    @Test func copiedBinaryWritesTheSameReportFromAnyFolderAsTheRepositoryTemplates() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("hedge-report")
        try FileManager.default.copyItem(at: Executable.url, to: copy)
        let output = folder.appendingPathComponent("out")
        let builtIn = folder.appendingPathComponent("built-in")

        let first = try Executable.run(
            ["report", "--output", output.path, "--paths", "0", "--quiet"], in: URL(fileURLWithPath: "/tmp"), executable: copy
        )
        #expect(first.status == 0, "\(first.standardError)")
        try FileManager.default.moveItem(at: output, to: builtIn)

        let templates = Executable.packageRoot.appendingPathComponent("templates").path
        let second = try Executable.run(["report", "--output", output.path, "--paths", "0", "--quiet", "--templates", templates])
        #expect(second.status == 0, "\(second.standardError)")

        for file in Self.reportFiles {
            let fromBinary = try Data(contentsOf: builtIn.appendingPathComponent(file))
            var fromFolder = try Data(contentsOf: output.appendingPathComponent(file))
            if file == "report.html" {
                // The regenerating command names the templates folder when one was given.
                let flag = " --templates \(templates)"
                let page = String(decoding: fromFolder, as: UTF8.self)
                #expect(page.components(separatedBy: flag).count == 2, "the page's command lacks \(flag)")
                fromFolder = Data(page.replacingOccurrences(of: flag, with: "").utf8)
            }
            #expect(fromBinary == fromFolder, "\(file) differs between built-in and --templates templates")
        }
    }

    @Test func versionIsThePipelinesVersion() throws {
        let result = try Executable.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "\(ReportPipeline.version)\n")
    }

    @Test(arguments: [("bash", "-F _hedge-report hedge-report"), ("zsh", "#compdef hedge-report"), ("fish", "complete -c 'hedge-report'")])
    func completionScriptOffersTheReportFlags(shell: String, marker: String) throws {
        let result = try Executable.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(marker))
        for flag in ["lattice-steps", "templates", "paths"] {
            #expect(result.standardOutput.contains(flag), "\(shell) completion lacks --\(flag)")
        }
    }
}
