extension PriceFileError {
    /// `FILE:LINE: what is wrong (what is allowed)`, in the style of compiler diagnostics.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(message)"
    }

    private var message: String {
        switch reason {
        case .notFound:
            return "no such file (expected the path of a CSV file of prices)"
        case .isDirectory:
            return "is a directory (expected the path of a CSV file of prices)"
        case let .unreadable(detail):
            return "cannot be read: \(detail)"
        case let .notRegularFile(kind):
            return "is \(kind), not a regular file (its prices could be read only once; save them to a file and pass that)"
        case let .notText(_, detail):
            return "not a text CSV file: \(detail) (expected UTF-8 text with comma-separated cells)"
        case let .lineTooLong(_, limit):
            return "line longer than \(grouped(limit)) bytes: not a CSV file of prices (expected one short row per line)"
        case .empty:
            return "the file is empty or blank (expected a header such as 'date,close' and at least two rows of prices)"
        case .noDataRows:
            return "a header but no rows of prices (expected at least two rows after the header)"
        case let .missingColumn(role, found):
            let accepted = role == .price
                ? PriceColumn.price.acceptedNames
                : PriceColumn.date.acceptedNames + PriceColumn.time.acceptedNames
            let what = role == .price ? "price" : "date or time"
            let columns = found.isEmpty ? "none" : found.map(quoted).joined(separator: ", ")
            return "no \(what) column in the header (accepted names, in any case: \(accepted.map(quoted).joined(separator: ", "))); columns found: \(columns)"
        case let .invalidCell(_, column, role, value, problem):
            return "column \(quoted(column)): \(describe(value, problem)) (expected \(role.expectation))"
        case let .missingCells(_, column, cells, columns):
            return "column \(quoted(column)): no cell; the row has \(cells) \(cells == 1 ? "cell" : "cells") but the header has \(columns) columns (expected one cell per column)"
        case let .extraCells(_, value, cells, columns):
            return "\(cells) cells but the header has \(columns) columns; extra cell \(quoted(value)) (a number with a thousands separator must be quoted, e.g. \"1,234.50\")"
        case let .outOfOrder(_, column, value, previousLine, previousValue, newestFirst):
            let direction = newestFirst ? "newest first" : "oldest first"
            return "column \(quoted(column)): \(quoted(value)) is out of order after \(quoted(previousValue)) on line \(previousLine), and the rows before run \(direction) (expected rows sorted by \(column), all oldest first or all newest first)"
        case let .duplicate(_, column, value, previousLine):
            return "column \(quoted(column)): \(quoted(value)) repeats line \(previousLine) (expected each \(column) once)"
        case .tooFewRows:
            return "only one row of prices (expected at least two: a price path needs a start and an end)"
        case let .tooManyRows(_, limit):
            return "more than \(grouped(limit)) rows of prices, the limit (split the file or keep every n-th row)"
        case let .pastExpiry(_, value, expiry):
            return "\(value) is after the option's expiry \(expiry) (expected prices up to the expiry; drop the later rows or choose a later expiry)"
        case let .noMoves(ups, downs):
            return "\(ups) up \(ups == 1 ? "move" : "moves") and \(downs) down \(downs == 1 ? "move" : "moves") between consecutive rows "
                + "(expected at least one of each to fit a binomial walk's u, d and p)"
        case .noDateColumn:
            return "has no date column, so a window of dates cannot be chosen from it (expected a 'date' column)"
        case let .windowOutsideFile(from, to, first, last):
            return "the window \(from) to \(to) reaches outside the file's dates, \(first) to \(last) (expected a window inside them)"
        case let .windowTooFewRows(from, to, rows):
            return "the window \(from) to \(to) holds \(rows == 0 ? "no row" : "only one row") of prices (expected at least two: a start and an end)"
        }
    }

    private func describe(_ value: String, _ problem: CellProblem) -> String {
        switch problem {
        case .empty: "empty cell"
        case .notANumber: "\(quoted(value)) is not a number"
        case .notFinite: "\(quoted(value)) is not a finite number"
        case .notPositive: "\(quoted(value)) is not greater than 0"
        case .tooLarge: "\(quoted(value)) is too large"
        case .outOfRange: "\(quoted(value)) is out of range"
        case .misplacedComma: "\(quoted(value)) has a comma that is not a thousands separator"
        case .ambiguousComma:
            "\(quoted(value)) could be \(value.filter { $0 != "," }) (a thousands separator) or "
                + "\(value.replacingOccurrences(of: ",", with: ".")) (a decimal comma), and no cell of the column has a "
                + "decimal point to tell which (write plain numbers with a '.' for decimals)"
        case .notADate: "\(quoted(value)) is not a date"
        }
    }
}

/// `'text'`, shortened to 40 characters and with control characters escaped, so that a
/// message stays one readable line whatever the file holds.
func quoted(_ text: String) -> String {
    var shown = ""
    for (index, scalar) in text.unicodeScalars.enumerated() {
        if index == 40 {
            shown += "…"
            break
        }
        shown += scalar.properties.generalCategory == .control
            ? scalar.escaped(asASCII: true)
            : String(scalar)
    }
    return "'\(shown)'"
}

/// `1000000` as `1,000,000`, independent of the locale.
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result += "," }
        result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
}
