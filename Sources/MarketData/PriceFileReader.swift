import CSV
import Foundation

/// Reads a CSV file of share prices into a ``PriceSeries``, streaming it row by row.
///
/// The file needs a header row naming a date column (`date`) or a time column (`t`, years),
/// and a price column (`close`, `close/last` or `price`, USD per share); an `iv` column of
/// implied volatilities is optional. Other columns are ignored, so Yahoo Finance's
/// (`Date,Open,High,Low,Close,Adj Close,Volume`) and Nasdaq's
/// (`Date,Close/Last,Volume,Open,High,Low`, `$` prices, newest first) exports are read as
/// they are. A UTF-8 byte-order mark, CRLF or CR line ends, quoted cells, blank lines, and
/// empty trailing columns are all accepted.
///
/// Memory stays bounded: the file is read in 64 KiB chunks, rows are kept as numbers
/// only, a line may not exceed ``maximumLineBytes``, and a file with more than
/// ``maximumRows`` rows of prices is refused when the row past the limit is reached.
public struct PriceFileReader: Sendable {
    /// The default limit on rows of prices: a million, about 11 years of one-minute bars of
    /// a 6.5-hour trading day.
    public static let defaultMaximumRows = 1_000_000
    /// The default limit on the length of one line, bytes (1 MiB).
    public static let defaultMaximumLineBytes = 1 << 20

    /// The most rows of prices (blank lines and the header not counted) a file may have.
    public var maximumRows: Int
    /// The longest line accepted, bytes; anything longer is not a price file.
    public var maximumLineBytes: Int

    /// A reader with the given limits; the defaults suit any daily or intraday file a
    /// course would use. Both limits must allow a two-row file.
    public init(maximumRows: Int = defaultMaximumRows, maximumLineBytes: Int = defaultMaximumLineBytes) {
        precondition(maximumRows >= 2 && maximumLineBytes >= 1, "limits must allow a two-row file")
        self.maximumRows = maximumRows
        self.maximumLineBytes = maximumLineBytes
    }

    /// Reads the file at `path`, named in every error as given.
    ///
    /// - Throws: ``PriceFileError``, with ``PriceFileError/isInputOutputFailure`` set when
    ///   the file cannot be read at all.
    public func read(contentsOfFile path: String) throws(PriceFileError) -> PriceSeries {
        try checkIsTextFile(path)
        guard let stream = InputStream(fileAtPath: path) else {
            throw PriceFileError(file: path, .unreadable(detail: "the file cannot be opened"))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, trimFields: true)
        } catch {
            throw PriceFileError(file: path, .unreadable(detail: String(describing: error)))
        }
        var builder: PriceSeriesBuilder?
        var nextLine = 1
        while let cells = reader.next() {
            let line = nextLine
            nextLine += 1 + cells.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            try Self.check(reader.error, stream: stream, path: path, line: line)
            if cells.allSatisfy({ PriceTableLayout.trimmed($0).isEmpty }) { continue }
            if builder == nil {
                let layout = try PriceTableLayout(header: cells, file: path)
                builder = PriceSeriesBuilder(file: path, layout: layout, maximumRows: maximumRows)
            } else {
                try builder?.append(cells, line: line)
            }
        }
        try Self.check(reader.error, stream: stream, path: path, line: nextLine)
        guard let builder else { throw PriceFileError(file: path, .empty) }
        return try builder.finish()
    }

    /// Turns an error the CSV reader recorded while reading `line` into a ``PriceFileError``.
    ///
    /// `cannotReadFile` at the end of the stream is no error: on Linux an `InputStream` says
    /// it has bytes available until a read returns none, and CSV.swift 2.5 records that last,
    /// empty read as `cannotReadFile`.
    private static func check(_ error: (any Error)?, stream: InputStream, path: String, line: Int) throws(PriceFileError) {
        switch error {
        case nil: return
        case CSVError.cannotReadFile? where stream.streamStatus == .atEnd: return
        case CSVError.unicodeDecoding?:
            throw PriceFileError(file: path, .notText(line: line, detail: "line \(line) is not valid UTF-8"))
        case let error?:
            throw PriceFileError(file: path, .unreadable(detail: String(describing: error)))
        }
    }

    /// The line breaks inside a quoted cell (CRLF counted once), so line numbers stay
    /// those of the file.
    private static func lineBreaks(in cell: String) -> Int {
        var cell = cell
        let hasBreak = cell.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0A, bytes.count) != nil || memchr(base, 0x0D, bytes.count) != nil
        }
        guard hasBreak else { return 0 }
        var count = 0
        var previous: UInt8 = 0
        for byte in cell.utf8 {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }
}
