import Foundation
import Testing

/// The habits a person brings to a command line, run on the real executable: a config file
/// piped in with `-c -`, every error one line starting `error:`, and `--open` saying when no
/// browser could be opened.
@Suite(.timeLimit(.minutes(1)))
struct CommandLineHabitsTests {
    @Test func configPipedIntoDashConfigMakesTheReport() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(
            ["report", "-c", "-", "-o", folder.path, "-q", "--paths", "0"],
            standardInput: "strike: 250\nposition: short\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "-q prints nothing: \(result.standardError)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any]
        )
        let parameters = try #require(summary["parameters"] as? [String: Any])
        #expect(parameters["strike"] as? Double == 250)
        #expect(parameters["position"] as? String == "short")
    }

    @Test func misspeltKeyPipedInIsNamedWithTheNearestKey() throws {
        let result = try Executable.run(["report", "--config", "-", "--paths", "0"], standardInput: "strike: 250\nstrik: 3\n")
        #expect(result.status == 64)
        #expect(result.standardError == "error: standard input:2: unknown key 'strik'; did you mean 'strike'? ('hedge-report help report' lists every key as its flag)\n")
    }

    @Test(arguments: [
        (["report", "--strik", "3"], "error: Unknown option '--strik'. Did you mean '--strike'?", Int32(64)),
        (["report", "--strike", "-1"], "error: --strike ", Int32(64)),
        (["price", "--vol"], "error: Missing value for '--vol <number>'", Int32(64)),
        (["report", "--config", "/nonexistent/config.yaml"], "error: cannot read config file /nonexistent/config.yaml: no such file", Int32(74)),
        (["validate", "--paths", "5"], "error: --paths must be a whole number from 100 to 10000000, got 5", Int32(64)),
    ])
    func everyErrorStartsWithOneLowercaseErrorPrefix(arguments: [String], start: String, status: Int32) throws {
        let result = try Executable.run(arguments)
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.hasPrefix(start), "\(result.standardError)")
        #expect(!result.standardError.contains("Error:"), "\(result.standardError)")
    }

    @Test func helpAndVersionGoToStandardOutputWithStatusZero() throws {
        let help = try Executable.run(["help", "report"])
        #expect(help.status == 0)
        #expect(help.standardError.isEmpty)
        #expect(help.standardOutput.contains("HEDGE:\n"))
        #expect(help.standardOutput.contains("Exit status: 0 success; 64"))
    }

    /// An opener that runs but finds no browser (xdg-open exits 3 then) is reported; the report
    /// itself was written, so the run still succeeds.
    @Test func openSaysWhenTheOpenerCouldNotOpenABrowser() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let opener = try Executable.write("#!/bin/sh\nexit 3\n", named: "xdg-open", in: bin)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener)
        let output = folder.appendingPathComponent("out")
        let result = try Executable.run(
            ["report", "-o", output.path, "-q", "--paths", "0", "--open"],
            environment: ["PATH": "\(bin.path):/usr/bin:/bin"]
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("note: xdg-open could not open a browser (exit status 3); open \(output.path)/report.html in a browser"),
                "\(result.standardError)")
    }
}
