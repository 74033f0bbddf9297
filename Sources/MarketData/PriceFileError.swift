/// Why a price file could not be read or used, naming the file, the line, the column, the
/// offending value and what is allowed.
///
/// Lines are 1-based and count every physical line, the header being line 1. The CLI
/// exits with ``exitCode``: 74 when the file cannot be read at all (``isInputOutputFailure``),
/// 65 when it was read but its contents are bad (DESIGN.md §4).
public struct PriceFileError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What is wrong with a single cell.
    public enum CellProblem: Sendable, Hashable {
        /// Nothing in the cell.
        case empty
        /// Not a decimal number (`abc`, `1.2.3`, `N/A`).
        case notANumber
        /// `nan`, `inf`, or a number too large for a `Double`.
        case notFinite
        /// Zero or negative where only positive values make sense (prices, volatilities).
        case notPositive
        /// Above the largest accepted value (an implied volatility above 10).
        case tooLarge
        /// Outside the accepted range (a time more than ``PriceColumn/maximumYears`` from 0).
        case outOfRange
        /// A comma that does not separate thousands (`261,49`, `1,23.4`).
        case misplacedComma
        /// Commas that may separate thousands or mark decimals (`261,490`: 261490 or 261.49),
        /// in a column with no decimal point anywhere to tell which.
        case ambiguousComma
        /// Not a calendar date in an accepted format, or a day that does not exist.
        case notADate
    }

    /// What went wrong, with the values to show.
    public enum Reason: Sendable, Hashable {
        /// No file at the path.
        case notFound
        /// The path names a directory.
        case isDirectory
        /// The file exists but could not be opened or read; `detail` is the system's reason.
        case unreadable(detail: String)
        /// A pipe, a socket or a device, whose bytes can be read once at most and may never
        /// end: `kind` names it.
        case notRegularFile(kind: String)
        /// Binary data: a NUL byte, UTF-16 text, or bytes that are not UTF-8.
        case notText(line: Int, detail: String)
        /// A line longer than the reader's limit, in bytes.
        case lineTooLong(line: Int, limit: Int)
        /// No bytes, or only blank lines.
        case empty
        /// A header row and nothing after it.
        case noDataRows
        /// No column for `role` among the header's columns.
        case missingColumn(role: PriceColumn, found: [String])
        /// A cell of a recognised column that cannot be used.
        case invalidCell(line: Int, column: String, role: PriceColumn, value: String, problem: CellProblem)
        /// A row that stops before the cell of `column`.
        case missingCells(line: Int, column: String, cells: Int, columns: Int)
        /// A row with a non-empty cell past the header's last column.
        case extraCells(line: Int, value: String, cells: Int, columns: Int)
        /// A date or time that breaks the order of the rows before it.
        case outOfOrder(line: Int, column: String, value: String, previousLine: Int, previousValue: String, newestFirst: Bool)
        /// A date or time equal to the one on the row before.
        case duplicate(line: Int, column: String, value: String, previousLine: Int)
        /// Fewer than two rows of prices (the count is 1).
        case tooFewRows(line: Int)
        /// More rows of prices than the reader's limit.
        case tooManyRows(line: Int, limit: Int)
        /// A row dated after the option's expiry.
        case pastExpiry(line: Int, value: String, expiry: String)
        /// No up move or no down move between consecutive rows, so no binomial walk can be fitted.
        case noMoves(ups: Int, downs: Int)
        /// A window of dates asked of a file that has no date column (only `t`).
        case noDateColumn
        /// A window (ISO dates) reaching before the file's first date or after its last.
        case windowOutsideFile(from: String, to: String, first: String, last: String)
        /// A window (ISO dates) holding fewer than two rows (`rows` is 0 or 1).
        case windowTooFewRows(from: String, to: String, rows: Int)
    }

    /// The file as the user named it.
    public var file: String
    /// What went wrong.
    public var reason: Reason

    /// An error about `file`, named as the user gave it.
    public init(file: String, _ reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// Whether the file could not be read at all (missing, a directory, no permission, a
    /// read error), as opposed to read and found bad: exit status 74 rather than 65.
    public var isInputOutputFailure: Bool {
        switch reason {
        case .notFound, .isDirectory, .unreadable, .notRegularFile: true
        default: false
        }
    }

    /// The exit status of DESIGN.md §4: 74 for an I/O failure, 65 for bad input data.
    public var exitCode: Int32 { isInputOutputFailure ? 74 : 65 }

    /// The 1-based line the error is about (the header is line 1), when it is about one.
    public var line: Int? {
        switch reason {
        case .notFound, .isDirectory, .unreadable, .notRegularFile, .empty, .noDateColumn, .windowOutsideFile, .windowTooFewRows, .noMoves: nil
        case .noDataRows, .missingColumn: 1
        case let .notText(line, _), let .lineTooLong(line, _), let .tooFewRows(line), let .tooManyRows(line, _),
             let .invalidCell(line, _, _, _, _), let .missingCells(line, _, _, _), let .extraCells(line, _, _, _),
             let .outOfOrder(line, _, _, _, _, _), let .duplicate(line, _, _, _), let .pastExpiry(line, _, _):
            line
        }
    }

    /// The column the error is about, as the header writes it, when it is about one.
    public var column: String? {
        switch reason {
        case let .invalidCell(_, column, _, _, _), let .missingCells(_, column, _, _),
             let .outOfOrder(_, column, _, _, _, _), let .duplicate(_, column, _, _):
            column
        default: nil
        }
    }
}
