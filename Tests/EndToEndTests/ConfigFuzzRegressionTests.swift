import Foundation
import Testing

/// Inputs found while fuzzing the config parser (`Fuzz/run config-file`, Fuzz/README.md), run
/// through the built executable as `--config FILE`: each gives a clear error naming the file
/// (exit 65, DESIGN.md §4) or the run it describes, quickly and in bounded memory. Each
/// input is also a seed of `Fuzz/corpus/config-file/`.
@Suite(.serialized)
struct ConfigFuzzRegressionTests {
    /// `regression-empty.yaml`: the whole-file read leaked 4 KiB for an empty file (found by
    /// LeakSanitizer). An empty config sets nothing, so the defaults apply.
    @Test func emptyConfigFileGivesTheDefaults() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Executable.write("", named: "empty.yaml", in: folder)
        let withConfig = try Executable.run(["price", "--config", config])
        let without = try Executable.run(["price"])
        #expect(withConfig.status == 0, "\(withConfig.standardError)")
        #expect(withConfig.standardOutput == without.standardOutput)
    }

    /// The same read went on until memory ran out for a file that never ends: a device is now
    /// refused before it is read (like a FIFO, which blocked for ever, issue 24), and a regular
    /// file is read in chunks and refused one byte past the 1 MiB limit.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")), .timeLimit(.minutes(1)))
    func endlessConfigFileIsRefusedAsTooLarge() throws {
        let result = try Executable.run(["price", "--config", "/dev/zero"])
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardError.contains("/dev/zero: it is a pipe, socket or device, not a regular file"), "\(result.standardError)")
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = try Executable.write(String(repeating: "#", count: 1 << 20) + "\n", named: "large.yaml", in: folder)
        let refused = try Executable.run(["price", "--config", large])
        #expect(refused.status == 65, "\(refused.standardError)")
        #expect(refused.standardError.contains("large.yaml: more than 1048576 bytes, too large for a config file"), "\(refused.standardError)")
    }

    /// `regression-alias-bomb-key.yaml`: a key that is an alias of nine nested levels of nine
    /// aliases each took Yams two minutes to check for repeated keys. Aliases are refused
    /// before the document is composed, naming the line of the first.
    @Test(.timeLimit(.minutes(1)))
    func aliasOfNestedAliasesIsRefusedBeforeItIsExpanded() throws {
        var lines = ["a0: &a0 [x,x,x,x,x,x,x,x,x]"]
        for level in 1...8 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        let text = (lines + ["? *a8", ": 1"]).joined(separator: "\n") + "\n"
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Executable.write(text, named: "bomb.yaml", in: folder)
        let result = try Executable.run(["price", "--config", config])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("bomb.yaml:2: an alias ('*name')"), "\(result.standardError)")
    }

    /// `regression-nested-lists-with-star.yaml` (a timeout): the search for aliases itself
    /// visited each level of nested lists twice, 2¹⁰⁰ visits for lists a hundred deep.
    @Test(.timeLimit(.minutes(1)))
    func aliasAtTheBottomOfDeeplyNestedListsIsFoundInLinearTime() throws {
        let found = Executable.packageRoot.appendingPathComponent("Fuzz/corpus/config-file/regression-nested-lists-with-star.yaml")
        let fuzzed = try Executable.run(["price", "--config", found.path])
        #expect(fuzzed.status == 65, "\(fuzzed.standardError)")
        #expect(fuzzed.standardError.contains("regression-nested-lists-with-star.yaml:1: an alias"), "\(fuzzed.standardError)")

        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let depth = 500
        let text = "strike: " + String(repeating: "[", count: depth) + "*a" + String(repeating: "]", count: depth) + "\n"
        let config = try Executable.write(text, named: "deep.yaml", in: folder)
        let result = try Executable.run(["price", "--config", config])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("deep.yaml:1: an alias"), "\(result.standardError)")
    }

    @Test(arguments: [
        ("vol: &v 0.5\nrealized-vol: *v\n", 2),
        ("{\"strike\": 250, \"vol\": *v}\n", 1),
        ("estimators:\n  - delta\n  - *e\n", 3),
    ])
    func aliasIsRefusedNamingItsLine(text: String, line: Int) throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Executable.write(text, named: "alias.yaml", in: folder)
        let result = try Executable.run(["price", "--config", config])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("alias.yaml:\(line): an alias"), "\(result.standardError)")
    }

    /// A `*` inside text, quotes or a comment is no alias, and an anchor alone is harmless.
    @Test func starsInTextQuotesAndCommentsAreRead() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Executable.write("""
            title: "Options * Futures"
            author: Hull *Options*
            strike: &k 250 # a *comment*
            """, named: "stars.yaml", in: folder)
        let result = try Executable.run(["price", "--config", config])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("K = 250.0"), "\(result.standardOutput)")
    }

    /// A syntax error in a file with a `*` is placed by line and column, as any other: the
    /// stand-in the alias check uses for `*` never shows, and the file's text is not echoed
    /// (a config error never repeats a line of the file, which may not be a config at all).
    @Test func syntaxErrorAfterAStarGivesItsPlaceWithoutTheFilesText() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Executable.write("title: [a * b, *c\n", named: "broken.yaml", in: folder)
        let result = try Executable.run(["price", "--config", config])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("broken.yaml: not valid JSON or YAML"), "\(result.standardError)")
        #expect(result.standardError.contains("line 2, column 1"), "\(result.standardError)")
        #expect(!result.standardError.contains("\u{E000}") && !result.standardError.contains("[a * b"), "\(result.standardError)")
    }
}
