import Foundation
import MarketData
import Testing

/// Files that cannot be read at all (I/O failures, exit 74) and files that are not text
/// (bad data, exit 65).
struct BadFileTests {
    @Test func missingFileIsAnInputOutputFailureNamingThePath() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-prices-\(UUID()).csv").path
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: path) }
        #expect(error.reason == .notFound)
        #expect(error.isInputOutputFailure)
        #expect(error.exitCode == 74)
        #expect(error.description == "\(path): no such file (expected the path of a CSV file of prices)")
    }

    @Test func directoryIsAnInputOutputFailureNamingThePath() throws {
        let file = try Fixture.file("date,close\n")
        defer { Fixture.remove(file) }
        let folder = (file as NSString).deletingLastPathComponent
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: folder) }
        #expect(error.reason == .isDirectory)
        #expect(error.exitCode == 74)
        #expect(error.description.hasPrefix("\(folder): is a directory"))
    }

    @Test func namedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let file = try Fixture.file("")
        defer { Fixture.remove(file) }
        let fifo = (file as NSString).deletingLastPathComponent + "/prices.fifo"
        try #require(mkfifo(fifo, 0o600) == 0)
        // No process writes to it: opening it for reading the usual way would block forever.
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: fifo) }
        #expect(error.reason == .notRegularFile(kind: "a pipe (FIFO)"))
        #expect(error.exitCode == 74)
        #expect(error.description.contains("is a pipe (FIFO), not a regular file"))
    }

    @Test func deviceIsRefused() throws {
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: "/dev/null") }
        #expect(error.reason == .notRegularFile(kind: "a device"))
        #expect(error.description.hasPrefix("/dev/null: is a device, not a regular file"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem"), "Linux only"))
    func readErrorGivesTheSystemsReason() throws {
        // A regular file of size 0 whose first read fails with EIO.
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: "/proc/self/mem") }
        #expect(error.exitCode == 74)
        #expect(error.description == "/proc/self/mem: cannot be read: Input/output error")
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func unreadableFileIsAnInputOutputFailure() throws {
        let path = try Fixture.file("date,close\n2023-06-16,261.49\n2023-06-20,274.45\n")
        defer { Fixture.remove(path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: path) }
        #expect(error.isInputOutputFailure)
        #expect(error.exitCode == 74)
        #expect(error.description.hasPrefix("\(path): cannot be read"))
    }

    static let binaries: [BadInput] = [
        .init("NUL bytes", bytes: Array("date,close\n2023-06-16,261.49\n".utf8) + [0, 0, 0x41, 0x0A],
              line: 3, allowed: "not a text CSV file: line 3 has a NUL byte (expected UTF-8 text"),
        .init("invalid UTF-8", bytes: Array("date,close\n2023-06-16,261.49\n2023-06-20,27".utf8) + [0xFF, 0xC3, 0x28] + Array("4\n".utf8),
              line: 3, allowed: "not a text CSV file: line 3 is not valid UTF-8"),
        .init("UTF-16 with a byte-order mark", bytes: [0xFF, 0xFE] + Array("date,close\n".utf8).flatMap { [$0, 0] },
              line: 1, allowed: "not a text CSV file: it is UTF-16 text (save it as UTF-8)"),
        .init("PNG image", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
              line: 3, allowed: "not a text CSV file: line 3 has a NUL byte"),
    ]

    @Test(arguments: binaries)
    func rejectsBinaryFileAsNotText(_ input: BadInput) throws {
        try input.check()
    }

    @Test func rejectsOverlongLineNamingItAndTheLimit() throws {
        let input = BadInput(
            "a 200-byte line, limit 100", "date,close\n2023-06-16,261.49\n" + String(repeating: "9", count: 200) + "\n",
            line: 3, allowed: "line longer than 100 bytes: not a CSV file of prices"
        )
        try input.check(reader: PriceFileReader(maximumLineBytes: 100))
    }

    @Test func lineLimitCountsCRLFAsOneLineEnd() throws {
        let series = try Fixture.read(
            "date,close\r\n2023-06-16,261.49\r\n2023-06-20,274.45\r\n", reader: PriceFileReader(maximumLineBytes: 17)
        )
        #expect(series.lines == [2, 3])
    }
}
