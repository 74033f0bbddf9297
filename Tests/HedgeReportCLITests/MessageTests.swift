import ArgumentParser
import Foundation
@testable import HedgeReportCLI
import Testing

/// Messages name the flag or key at fault and repeat no more of what was given than a short,
/// one-line quote: a config file's content is never echoed whole.
struct MessageTests {
    /// `--paths -5` is a value, not a flag: the message names `--paths` and its range (it
    /// said "Missing value for '--paths <paths>'").
    @Test(arguments: ["-5", "0", "99", "10000001"])
    func validatePathsOutOfRangeNamesTheRange(_ paths: String) {
        do {
            _ = try ValidateCommand.parseAsRoot(["--paths", paths])
            Issue.record("--paths \(paths) was accepted")
        } catch {
            let message = ValidateCommand.message(for: error)
            #expect(message == "--paths must be a whole number from 100 to 10000000, got \(paths)", "\(message)")
            #expect(ValidateCommand.exitCode(for: error).rawValue == 64)
        }
    }

    /// The value as a message quotes it: at most 40 characters and an ellipsis, control
    /// characters escaped.
    @Test func shownTextIsShortAndOneLine() {
        #expect("strike".shown == "'strike'")
        #expect(String(repeating: "k", count: 500_000).shown == "'\(String(repeating: "k", count: 40))…'")
        #expect("a\nb\u{1B}[31mc\td".shown == #"'a\nb\u{1B}[31mc\td'"#)
    }
}

/// A config file's errors quote keys and values shortened, and a file that is no config is
/// refused without its content.
struct ConfigMessageTests {
    /// Writes `text` as `name` in a fresh folder and returns the refusal of `report --config`.
    static func refusal(_ text: String, named name: String = "run.yaml") throws -> ParameterError {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Invocation.write(text, named: name, in: folder)
        return try #require(Invocation.reportRefusal(["--config", config]))
    }

    /// A 500,000-character key gave a 1 MB message: the parser's own message repeated the
    /// line (YAML reads a key of at most 1,024 characters).
    @Test func longKeyIsNotRepeated() throws {
        let key = String(repeating: "k", count: 500_000)
        let error = try Self.refusal("\(key): 1\n")
        #expect(error.exitStatus == 65)
        #expect(error.description.hasSuffix("not valid JSON or YAML: line 1, column 500001: mapping values are not allowed in this context"), "\(error.description.prefix(300))")
    }

    /// A key YAML reads (up to 1,024 characters) that could be a misspelt name is shortened.
    @Test func longUnknownKeyIsShortened() throws {
        let key = String(repeating: "k", count: 1_000)
        let error = try Self.refusal("\(key): 1\n")
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("unknown key '\(String(repeating: "k", count: 40))…'"), "\(error.description.prefix(300))")
        #expect(error.description.utf8.count < 1_000)
    }

    /// A key that is no parameter name, with control characters or a password hash in it, is
    /// described, not repeated.
    @Test(arguments: ["\"str\\e[31mike\": 1\n", "root:$6$c2VjcmV0$aGFzaA:19000:0:99999:7:\n"])
    func keyThatIsNoNameIsNotRepeated(_ text: String) throws {
        let error = try Self.refusal(text)
        #expect(error.exitStatus == 64)
        #expect(error.description.contains("unknown key of "), "\(error)")
        #expect(error.description.contains("characters that is not a parameter name (is this a config file?)"), "\(error)")
        #expect(!error.description.contains("\u{1B}"))
        #expect(!error.description.contains("c2VjcmV0"))
    }

    @Test(arguments: ["strike", "type", "interval", "estimators"])
    func longValueIsShortened(key: String) throws {
        let value = String(repeating: "9", count: 300_000) + "x"
        let error = try Self.refusal("\(key): \(value)\n")
        #expect(error.exitStatus == 64)
        #expect(error.description.contains(String(repeating: "9", count: 40) + "…"), "\(error.description.prefix(300))")
        #expect(error.description.utf8.count < 1_000)
    }

    /// A syntax error says where, not what the line holds: Yams's own message repeats the
    /// line, so `--config` of any file echoed its first line back.
    @Test(arguments: [
        "root:$6$c2VjcmV0$hash: x: y\n",
        "password: hunter2: secret\n",
        "secret: \"unterminated\n",
        "strike: 1\n\tsecret: hunter2\n",
    ])
    func syntaxErrorDoesNotEchoTheLine(_ text: String) throws {
        let error = try Self.refusal(text)
        #expect(error.exitStatus == 65, "\(error)")
        #expect(error.description.contains("not valid JSON or YAML: line "), "\(error)")
        for word in ["hash", "hunter2", "secret", "unterminated"] where text.contains(word) {
            #expect(!error.description.contains(word), "\(error)")
        }
    }

    @Test func duplicatedKeyIsShortened() throws {
        let key = String(repeating: "d", count: 1_000)
        let error = try Self.refusal("\(key): 1\n\(key): 2\n")
        #expect(error.exitStatus == 65)
        #expect(error.description.contains("duplicated key(s): '\(String(repeating: "d", count: 40))…'"), "\(error.description.prefix(300))")
        #expect(error.description.utf8.count < 1_000)
    }

    /// A file that is not a config (binary, or larger than a config can be) is refused by
    /// what it is, with none of its bytes.
    @Test func binaryFileIsRefusedWithoutItsContent() throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x73, 0x65, 0x63, 0x72, 0x65, 0x74]).write(to: url)
        let error = try #require(Invocation.reportRefusal(["--config", url.path]))
        #expect(error.exitStatus == 65)
        #expect(error.description == "\(url.path): not a UTF-8 text file")
    }

    @Test func hugeFileIsRefusedWithoutItsContent() throws {
        let line = "secret: " + String(repeating: "s", count: 100) + "\n"
        let error = try Self.refusal(String(repeating: line, count: ConfigFile.maximumSize / line.utf8.count + 1))
        #expect(error.exitStatus == 65)
        #expect(error.description.hasSuffix(": more than \(ConfigFile.maximumSize) bytes, too large for a config file (expected a few lines of keys and values)"))
        #expect(!error.description.contains("secret"))
    }

    /// A file that reads as one scalar, no mapping (a private key), is refused without it.
    @Test func fileThatIsNoMappingIsRefusedWithoutItsContent() throws {
        let error = try Self.refusal("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----\n")
        #expect(error.exitStatus == 65)
        #expect(error.description.hasSuffix("expected a mapping of keys to values, e.g. 'strike: 260'"), "\(error)")
        #expect(!error.description.contains("b3BlbnNzaC1rZXktdjEAAAAABG5vbmU"))
    }

    /// Every line of `/etc/shadow` ends with `:`, so YAML reads its first line as a key: the
    /// message describes that key and repeats none of it.
    @Test func shadowFileIsRefusedWithoutItsContent() throws {
        let error = try Self.refusal("root:$6$c2VjcmV0$aGFzaA:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n")
        #expect(error.exitStatus == 64)
        #expect(error.description.contains(":1: unknown key of 41 characters that is not a parameter name"), "\(error)")
        #expect(!error.description.contains("c2VjcmV0"))
    }
}
