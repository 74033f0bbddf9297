import Foundation
import MarketData
import Testing

/// Large files are streamed: refused at a limit without being held in memory.
struct LargeFileTests {
    /// Writes `header` then `block` repeated `count` times to a new file, one block at a
    /// time, so the test itself never holds the file in memory.
    static func largeFile(header: String, block: String, count: Int) throws -> String {
        let path = try Fixture.file(header, name: "large.csv")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        let bytes = Data(block.utf8)
        for _ in 0..<count { try handle.write(contentsOf: bytes) }
        return path
    }

    /// The peak resident memory of this process so far, bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }

    @Test func hundredMegabyteFileIsRefusedAtTheRowLimitWithoutBeingHeld() throws {
        // 1 MiB of rows `t,price` with increasing t, written 100 times: 100 MiB, 6 million
        // rows. Only the first block is ever parsed: the limit is reached within it.
        var rows = ""
        var index = 0
        while rows.utf8.count < 1 << 20 {
            rows += "\(index),\(100 + index % 50)\n"
            index += 1
        }
        let path = try Self.largeFile(header: "t,price\n", block: rows, count: 100)
        defer { Fixture.remove(path) }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 > 100_000_000)

        let before = Self.peakMemory()
        let error = try #require(throws: PriceFileError.self) {
            try PriceFileReader(maximumRows: 10_000).read(contentsOfFile: path)
        }
        #expect(error.reason == .tooManyRows(line: 10_002, limit: 10_000))
        #expect(error.description.hasSuffix("large.csv:10002: more than 10,000 rows of prices, the limit (split the file or keep every n-th row)"))
        // Holding the file would raise the peak by 100 MB; streaming needs a few 64 KiB buffers.
        #expect(Self.peakMemory() - before < 50_000_000)
    }

    @Test func largeFileWithoutLineBreaksIsRefusedAtTheFirstLine() throws {
        let path = try Self.largeFile(header: "date,close,", block: String(repeating: "x", count: 1 << 20), count: 8)
        defer { Fixture.remove(path) }
        let error = try #require(throws: PriceFileError.self) { try PriceSeries(contentsOfFile: path) }
        #expect(error.reason == .lineTooLong(line: 1, limit: PriceFileReader.defaultMaximumLineBytes))
        #expect(error.exitCode == 65)
    }
}
