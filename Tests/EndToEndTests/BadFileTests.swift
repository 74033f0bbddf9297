import Foundation
import Testing

/// Bad input files, end to end: each gets the exit status of DESIGN.md §4, one message that
/// names the file (and line or key), no stack trace, and the previous report left as it was.
/// (Price files turn the Monte Carlo study off by default; the other runs turn it off.)
@Suite(.serialized, .timeLimit(.minutes(1)))
struct BadFileTests {
    /// A folder holding a good report, made once; each case runs against it and checks it is intact.
    struct Fixture {
        let folder: URL
        let output: URL
        let report: Data

        init() throws {
            folder = try Executable.temporaryFolder()
            output = folder.appendingPathComponent("out")
            let good = try Executable.run(["--output", output.path, "--quiet", "--lattice-steps", "30", "--paths", "0"])
            #expect(good.status == 0, "\(good.standardError)")
            report = try Data(contentsOf: output.appendingPathComponent("report.html"))
        }

        func write(_ name: String, _ contents: Data) throws -> String {
            let url = folder.appendingPathComponent(name)
            try contents.write(to: url)
            return url.path
        }

        /// Runs with `arguments`, then checks status, message and that the old report survived.
        func expectRefusal(_ arguments: [String], status: Int32, mentions: [String]) throws {
            let result = try Executable.run(arguments + ["--output", output.path, "--quiet", "--lattice-steps", "30", "--paths", "0"])
            #expect(result.status == status, "\(arguments): \(result.standardError)")
            for text in mentions {
                #expect(result.standardError.contains(text), "\(arguments): '\(text)' not in: \(result.standardError)")
            }
            #expect(result.standardError.split(separator: "\n").count <= 8, "one message, no stack trace: \(result.standardError)")
            #expect(!result.standardError.contains("Fatal error"))
            #expect(try Data(contentsOf: output.appendingPathComponent("report.html")) == report)
        }
    }

    static let priceCases: [(name: String, contents: String, status: Int32, mentions: [String])] = [
        ("empty.csv", "", 65, ["empty.csv"]),
        ("header-only.csv", "date,close\n", 65, ["header-only.csv"]),
        ("no-price.csv", "date,volume\n2023-06-16,100\n2023-06-20,200\n", 65, ["no-price.csv", "volume"]),
        ("text-cell.csv", "date,close\n2023-06-16,261.49\n2023-06-20,abc\n", 65, ["text-cell.csv:3", "'abc'"]),
        ("negative.csv", "date,close\n2023-06-16,261.49\n2023-06-20,-5\n", 65, ["negative.csv:3", "'-5'"]),
        ("zero.csv", "date,close\n2023-06-16,261.49\n2023-06-20,0\n", 65, ["zero.csv:3"]),
        ("duplicate.csv", "date,close\n2023-06-16,261\n2023-06-20,262\n2023-06-20,263\n", 65, ["duplicate.csv:4", "2023-06-20"]),
        ("unsorted.csv", "date,close\n2023-06-16,261\n2023-06-20,262\n2023-06-19,263\n", 65, ["unsorted.csv:4"]),
        ("bad-date.csv", "date,close\n2023-06-16,261\n2023-13-40,262\n", 65, ["bad-date.csv:3", "2023-13-40"]),
        ("one-row.csv", "date,close\n2023-06-16,261\n", 65, ["one-row.csv"]),
    ]

    @Test func badPriceFilesAreRefusedNamingFileLineAndValue() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        for item in Self.priceCases {
            let path = try fixture.write(item.name, Data(item.contents.utf8))
            try fixture.expectRefusal(["--prices", path], status: item.status, mentions: item.mentions)
        }
        // A binary file and a folder.
        let binary = try fixture.write("binary.csv", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0xFF, 0xFE, 0, 1]))
        try fixture.expectRefusal(["--prices", binary], status: 65, mentions: ["binary.csv"])
        try fixture.expectRefusal(["--prices", fixture.folder.path], status: 74, mentions: [fixture.folder.path])
    }

    @Test func wellFormedQuirksAreAccepted() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        // A UTF-8 byte-order mark, CRLF line ends, quoted fields with thousands separators, $ prices.
        let quirky = "\u{FEFF}Date,\"Close\"\r\n2023-06-16,\"$1,261.49\"\r\n2023-06-20,\"1,262.00\"\r\n2023-06-21,$1260.10\r\n"
        let path = try fixture.write("quirky.csv", Data(quirky.utf8))
        let out = fixture.folder.appendingPathComponent("quirky-out")
        let result = try Executable.run(["--prices", path, "--output", out.path, "--quiet", "--lattice-steps", "30"])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func badConfigsAndTemplatesAreRefused() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let invalidJSON = try fixture.write("bad.json", Data(#"{"strike": 250, "vol": }"#.utf8))
        try fixture.expectRefusal(["--config", invalidJSON], status: 65, mentions: ["bad.json"])
        let wrongType = try fixture.write("type.yaml", Data("seed: many\n".utf8))
        try fixture.expectRefusal(["--config", wrongType], status: 64, mentions: ["type.yaml:1", "'seed'"])
        let templates = fixture.folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<p>{{#open}}\n{{/close}}</p>".utf8).write(to: templates.appendingPathComponent("report.mustache"))
        try fixture.expectRefusal(["--templates", templates.path], status: 65, mentions: ["report.mustache"])
        let empty = fixture.folder.appendingPathComponent("empty-templates")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try fixture.expectRefusal(["--templates", empty.path], status: 74, mentions: ["report.mustache"])
    }

    @Test func hostileFileNamesAreEscapedInTheReport() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = folder.appendingPathComponent("<script>alert(1)<'x'>.csv")
        try "date,close\n2023-06-16,261.49\n2023-06-20,262\n2023-06-21,259\n".write(to: name, atomically: true, encoding: .utf8)
        let result = try Executable.run(["--prices", name.path, "--output", folder.appendingPathComponent("out").path, "--quiet", "--lattice-steps", "30"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}

/// Whether this process may mount a small tmpfs to simulate a full disk (root, as on CI).
let canMountTmpfs: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

/// A full disk, simulated with a 64 KiB tmpfs.
@Suite(.serialized, .timeLimit(.minutes(1)), .enabled(if: canMountTmpfs, "needs root to mount a small tmpfs"))
struct FullDiskTests {
    static func run(_ command: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func fullDiskIsAnIOErrorAndLeavesThePreviousReport() throws {
        let mountPoint = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        try #require(try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path]) == 0)
        defer { _ = try? Self.run("/bin/umount", [mountPoint.path]) }
        // A previous "report" that fits, then a run that does not.
        let output = mountPoint.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: output.appendingPathComponent("report.html"))
        let result = try Executable.run(["--output", output.path, "--quiet", "--lattice-steps", "30", "--paths", "0"])
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardError.contains(output.path))
        #expect(try Data(contentsOf: output.appendingPathComponent("report.html")) == Data("previous".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["report.html"], "no staging left behind")
    }
}
