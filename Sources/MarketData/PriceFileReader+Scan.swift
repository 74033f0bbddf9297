import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX `read(2)`, which a method of the same name would shadow inside the extension.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

extension PriceFileReader {
    /// Checks, before any parsing, that `path` names a readable regular file of text: not a
    /// directory, a pipe, a socket or a device; no NUL byte (binary data, UTF-16), no line
    /// longer than ``maximumLineBytes``.
    ///
    /// The file is opened without blocking (a named pipe with no writer would otherwise wait
    /// forever) and its type checked on the open descriptor; a pipe or a device is refused,
    /// since its bytes can be read only once and may never end. Reads 64 KiB chunks, so a
    /// 100 MB file costs one chunk of memory; the CSV reader then never meets a line long
    /// enough to hold much memory. A read error is reported with the system's reason
    /// ("Input/output error"), as `/proc/self/mem` gives.
    func checkIsTextFile(_ path: String) throws(PriceFileError) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw PriceFileError(file: path, .notFound)
            case EACCES, EPERM: throw PriceFileError(file: path, .unreadable(detail: "permission denied"))
            default: throw PriceFileError(file: path, .unreadable(detail: String(cString: strerror(code))))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw PriceFileError(file: path, .unreadable(detail: String(cString: strerror(errno))))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw PriceFileError(file: path, .isDirectory)
        case S_IFIFO: throw PriceFileError(file: path, .notRegularFile(kind: "a pipe (FIFO)"))
        case S_IFCHR, S_IFBLK: throw PriceFileError(file: path, .notRegularFile(kind: "a device"))
        case S_IFSOCK: throw PriceFileError(file: path, .notRegularFile(kind: "a socket"))
        default: throw PriceFileError(file: path, .notRegularFile(kind: "a special file"))
        }
        var scanner = LineScanner(maximumLineBytes: maximumLineBytes)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var first = true
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PriceFileError(file: path, .unreadable(detail: String(cString: strerror(errno))))
            }
            if count == 0 { return }
            let reason: PriceFileError.Reason? = buffer.withUnsafeBytes { bytes in
                let chunk = UnsafeRawBufferPointer(rebasing: bytes[..<count])
                if first, chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
                    return .notText(line: 1, detail: "it is UTF-16 text (save it as UTF-8)")
                }
                return scanner.scan(chunk)
            }
            first = false
            if let reason { throw PriceFileError(file: path, reason) }
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
