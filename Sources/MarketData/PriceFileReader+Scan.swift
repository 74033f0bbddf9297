import Foundation

extension PriceFileReader {
    /// Checks, before any parsing, that `path` names a readable file of text, not a directory: no NUL
    /// byte (binary data, UTF-16), no line longer than ``maximumLineBytes``.
    ///
    /// Reads the file in 64 KiB chunks, so a 100 MB file costs one chunk of memory; the
    /// CSV reader then never meets a line long enough to hold much memory.
    func checkIsTextFile(_ path: String) throws(PriceFileError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PriceFileError(file: path, .notFound)
        }
        guard !isDirectory.boolValue else { throw PriceFileError(file: path, .isDirectory) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw PriceFileError(file: path, .unreadable(detail: "permission denied"))
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw PriceFileError(file: path, .unreadable(detail: error.localizedDescription))
        }
        defer { try? handle.close() }
        var scanner = LineScanner(maximumLineBytes: maximumLineBytes)
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            } catch {
                throw PriceFileError(file: path, .unreadable(detail: error.localizedDescription))
            }
            if chunk.isEmpty { return }
            if scanner.line == 1, scanner.lineBytes == 0, chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
                throw PriceFileError(file: path, .notText(line: 1, detail: "it is UTF-16 text (save it as UTF-8)"))
            }
            if let reason = chunk.withUnsafeBytes({ scanner.scan($0) }) {
                throw PriceFileError(file: path, reason)
            }
        }
    }
}

/// Counts lines across chunks of a file and stops at the first NUL byte or over-long line.
///
/// LF, CR and CRLF each end a line, as they do for the CSV reader. `memchr` finds the
/// bytes, so a debug build scans 100 MB in a fraction of a second.
struct LineScanner {
    let maximumLineBytes: Int
    /// The 1-based line the next byte belongs to.
    private(set) var line = 1
    /// Bytes of the current line seen so far.
    private(set) var lineBytes = 0
    /// Whether the last byte seen was a CR, so that an LF right after it ends no new line.
    private var afterCarriageReturn = false

    init(maximumLineBytes: Int) {
        self.maximumLineBytes = maximumLineBytes
    }

    /// Scans the next chunk; returns why the file is refused, or `nil` to go on.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> PriceFileError.Reason? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        func find(_ byte: Int32, from start: Int) -> Int {
            guard start < count, let found = memchr(base + start, byte, count - start) else { return count }
            return UnsafeRawPointer(found) - base
        }
        let nul = find(0, from: 0)
        var lineFeed = find(0x0A, from: 0)
        var carriageReturn = find(0x0D, from: 0)
        var position = 0
        while position < count {
            let end = min(lineFeed, carriageReturn)
            if nul >= position, nul < end {
                return .notText(line: line, detail: "line \(line) has a NUL byte")
            }
            if end > position { afterCarriageReturn = false }
            lineBytes += end - position
            if lineBytes > maximumLineBytes {
                return .lineTooLong(line: line, limit: maximumLineBytes)
            }
            guard end < count else { break }
            let isLineFeed = end == lineFeed
            if !(isLineFeed && afterCarriageReturn && end == position) {
                line += 1
                lineBytes = 0
            }
            afterCarriageReturn = !isLineFeed
            position = end + 1
            if lineFeed < position { lineFeed = find(0x0A, from: position) }
            if carriageReturn < position { carriageReturn = find(0x0D, from: position) }
        }
        return nil
    }
}
