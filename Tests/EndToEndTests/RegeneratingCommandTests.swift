import Foundation
import Testing

/// The command a report prints under "Regenerate this report with" reproduces it: run again
/// with only `--output` changed, it writes the same `summary.json`, byte for byte, for every
/// scenario of the matrix (``ScenarioMatrixTests/scenarios``).
/// Each case has its own folders, so the cases run in parallel.
@Suite(.timeLimit(.minutes(3)))
struct RegeneratingCommandTests {
    /// The scenarios whose Monte Carlo study the round trip keeps: its sweep and mismatch
    /// volatilities are derived lists the command must write exactly (the default run's, and
    /// the binomial walk's doubling sweep). The others run with `--paths 0`, which leaves the
    /// rest of the run as it is, to keep the suite quick.
    static let withStudy: Set<String> = ["default", "binomial"]

    /// Beside the matrix: every path model and rebalancing rule, Heston with θ or v₀ given and
    /// left to their defaults (the command once wrote the derived `--realized-vol` beside
    /// `--heston-theta`, which the parser refuses), and every example config.
    static let scenarios: [(name: String, arguments: [String])] = ScenarioMatrixTests.scenarios + [
        ("heston-theta", ["--path-model", "heston", "--heston-theta", "0.3"]),
        ("heston-v0", ["--path-model", "heston", "--heston-v0", "0.2", "--style", "european"]),
        ("heston-realized", ["--path-model", "heston", "--realized-vol", "0.5"]),
        ("merton", ["--path-model", "merton", "--jump-intensity", "2", "--style", "european"]),
        ("band", ["--rebalance", "band", "--band", "20", "--style", "european"]),
        ("whalley-wilmott", ["--rebalance", "whalley-wilmott", "--cost-bps", "20", "--style", "european"]),
        ("leland", ["--rebalance", "leland", "--cost-bps", "20", "--style", "european"]),
    ] + exampleConfigs.map { ("example \($0)", ["--config", "examples/\($0)/config.yaml"]) }

    /// Every example folder with a config.
    static let exampleConfigs = (try? FileManager.default.contentsOfDirectory(atPath: "examples"))?
        .filter { FileManager.default.fileExists(atPath: "examples/\($0)/config.yaml") }.sorted() ?? []

    @Test func everyExampleIsRoundTripped() {
        #expect(Self.exampleConfigs.count >= 8, "\(Self.exampleConfigs)")
    }

    @Test(arguments: scenarios.map(\.name))
    func printedCommandReproducesTheSummary(_ name: String) throws {
        var arguments = Self.scenarios.first { $0.name == name }!.arguments
        if !Self.withStudy.contains(name) { arguments += ["--paths", "0"] }
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        let run = try Executable.run(["report", "--quiet"] + arguments + ["--output", first.path])
        try #require(run.status == 0, "\(name): \(run.standardError)")

        let page = try String(contentsOf: first.appendingPathComponent("report.html"), encoding: .utf8)
        let command = try #require(Self.command(in: page), "\(name): no command in the report")
        var words = try #require(Self.shellWords(command), "\(name): cannot split \(command)")
        #expect(Array(words.prefix(2)) == ["hedge-report", "report"])
        let output = try #require(words.lastIndex(of: "--output"), "\(name): the command names no --output")
        words[output + 1] = second.path
        let again = try Executable.run(Array(words.dropFirst()) + ["--quiet"])
        try #require(again.status == 0, "\(name): \(again.standardError)\n\(command)")

        let summary = try Data(contentsOf: first.appendingPathComponent("summary.json"))
        let regenerated = try Data(contentsOf: second.appendingPathComponent("summary.json"))
        #expect(regenerated == summary, "\(name): the regenerated summary differs\n\(command)")
    }

    /// The command as the page shows it, HTML unescaped.
    static func command(in page: String) -> String? {
        guard let start = page.range(of: #"<pre class="command"><code>"#),
              let end = page.range(of: "</code></pre>", range: start.upperBound..<page.endIndex)
        else { return nil }
        return String(page[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Words of a POSIX command as the report quotes them: single-quoted spans literal, `\'`
    /// outside quotes a quote.
    static func shellWords(_ command: String) -> [String]? {
        var words = [String](), word = "", inWord = false, quoted = false, escaped = false
        for character in command {
            if quoted {
                if character == "'" { quoted = false } else { word.append(character) }
            } else if escaped {
                word.append(character)
                escaped = false
            } else if character == "'" || character == "\\" {
                quoted = character == "'"
                escaped = character == "\\"
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                (word, inWord) = ("", false)
            } else {
                word.append(character)
                inWord = true
            }
        }
        guard !quoted, !escaped else { return nil }
        if inWord { words.append(word) }
        return words
    }
}
