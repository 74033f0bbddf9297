/// Collects the rows of a price file one at a time, checks each cell and the order of the
/// rows, and makes the ``PriceSeries``.
struct PriceSeriesBuilder {
    let file: String
    let layout: PriceTableLayout
    let maximumRows: Int

    private var dates = [CalendarDate]()
    private var times = [Double]()
    private var prices = [Double]()
    private var volatilities = [Double]()
    private var lines = [Int]()
    private var dateOrder = OrderTracker<CalendarDate>()
    private var timeOrder = OrderTracker<Double>()
    /// Whether the rows run newest first, known from the second row on.
    private var newestFirst: Bool?
    /// Per column: the first cell read as ``NumberCell/Parsed/ambiguous(_:)``, and whether a
    /// cell with a decimal point showed that commas there separate thousands.
    private var firstAmbiguousCell: [Int: (line: Int, role: PriceColumn, text: String)] = [:]
    private var hasDecimalPoint: Set<Int> = []

    init(file: String, layout: PriceTableLayout, maximumRows: Int) {
        self.file = file
        self.layout = layout
        self.maximumRows = maximumRows
    }

    /// Checks and keeps one data row, `cells` as the CSV reader split them, from `line`.
    mutating func append(_ cells: [String], line: Int) throws(PriceFileError) {
        guard prices.count < maximumRows else {
            throw PriceFileError(file: file, .tooManyRows(line: line, limit: maximumRows))
        }
        try checkCellCount(cells, line: line)
        if let column = layout.date {
            let text = PriceTableLayout.trimmed(cells[column])
            guard let date = CalendarDate(parsing: text) else {
                throw invalid(line, column, .date, text, text.isEmpty ? .empty : .notADate)
            }
            try dateOrder.check(date, text: text, line: line, column: layout.name(column), newestFirst: &newestFirst, file: file)
            dates.append(date)
        }
        if let column = layout.time {
            let text = PriceTableLayout.trimmed(cells[column])
            let time = try number(NumberCell.parse(text), line, column, .time, text)
            guard abs(time) <= PriceColumn.maximumYears else { throw invalid(line, column, .time, text, .outOfRange) }
            try timeOrder.check(time, text: text, line: line, column: layout.name(column), newestFirst: &newestFirst, file: file)
            times.append(time)
        }
        let priceText = PriceTableLayout.trimmed(cells[layout.price])
        let price = try number(NumberCell.parse(priceText, dollar: true), line, layout.price, .price, priceText)
        guard price > 0 else { throw invalid(line, layout.price, .price, priceText, .notPositive) }
        guard PriceColumn.priceRange.contains(price) else { throw invalid(line, layout.price, .price, priceText, .outOfRange) }
        prices.append(price)
        if let column = layout.impliedVolatility {
            let text = PriceTableLayout.trimmed(cells[column])
            let volatility = try number(NumberCell.parse(text, percent: true), line, column, .impliedVolatility, text)
            guard volatility > 0 else { throw invalid(line, column, .impliedVolatility, text, .notPositive) }
            guard volatility <= PriceColumn.volatilityRange.upperBound else { throw invalid(line, column, .impliedVolatility, text, .tooLarge) }
            guard PriceColumn.volatilityRange.contains(volatility) else { throw invalid(line, column, .impliedVolatility, text, .outOfRange) }
            volatilities.append(volatility)
        }
        lines.append(line)
    }

    /// The series, oldest first.
    ///
    /// - Throws: when there are fewer than two rows.
    /// - Throws: when there are fewer than two rows, or when a column has a cell like `261,490`
    ///   and no cell with a decimal point to show that its commas separate thousands.
    func finish() throws(PriceFileError) -> PriceSeries {
        guard let firstLine = lines.first else { throw PriceFileError(file: file, .noDataRows) }
        for (column, cell) in firstAmbiguousCell.sorted(by: { $0.value.line < $1.value.line }) where !hasDecimalPoint.contains(column) {
            throw invalid(cell.line, column, cell.role, cell.text, .ambiguousComma)
        }
        guard lines.count >= 2 else { throw PriceFileError(file: file, .tooFewRows(line: firstLine)) }
        func ordered<T>(_ column: [T]) -> [T] { newestFirst == true ? column.reversed() : column }
        return PriceSeries(
            dates: layout.date == nil ? nil : ordered(dates),
            times: layout.time == nil ? nil : ordered(times),
            prices: ordered(prices),
            impliedVolatilities: layout.impliedVolatility == nil ? nil : ordered(volatilities),
            impliedVolatilityColumn: layout.impliedVolatility.map { layout.names[$0] },
            source: file,
            lines: ordered(lines)
        )
    }

    /// Refuses a row that stops before a named column, or that has a non-empty cell past
    /// the header's last column (the sign of an unquoted thousands separator).
    private func checkCellCount(_ cells: [String], line: Int) throws(PriceFileError) {
        if cells.count < layout.requiredCells {
            let missing = layout.names[cells.count...].first(where: { !$0.isEmpty }) ?? ""
            throw PriceFileError(file: file, .missingCells(
                line: line, column: missing, cells: cells.count, columns: layout.requiredCells
            ))
        }
        if cells.count > layout.names.count,
           let extra = cells[layout.names.count...].first(where: { !PriceTableLayout.trimmed($0).isEmpty }) {
            throw PriceFileError(file: file, .extraCells(line: line, value: extra, cells: cells.count, columns: layout.names.count))
        }
    }

    private mutating func number(
        _ result: NumberCell.Parsed, _ line: Int, _ column: Int, _ role: PriceColumn, _ text: String
    ) throws(PriceFileError) -> Double {
        switch result {
        case let .number(value):
            if text.contains(".") { hasDecimalPoint.insert(column) }
            return value
        case let .ambiguous(value):
            if firstAmbiguousCell[column] == nil { firstAmbiguousCell[column] = (line, role, text) }
            return value
        case let .invalid(problem): throw invalid(line, column, role, text, problem)
        }
    }

    private func invalid(
        _ line: Int, _ column: Int, _ role: PriceColumn, _ text: String, _ problem: PriceFileError.CellProblem
    ) -> PriceFileError {
        PriceFileError(file: file, .invalidCell(line: line, column: layout.name(column), role: role, value: text, problem: problem))
    }
}

/// Checks that a column's keys run strictly one way, the way the first two rows set.
private struct OrderTracker<Key: Comparable> {
    private var previous: (key: Key, text: String, line: Int)?

    mutating func check(
        _ key: Key, text: String, line: Int, column: String, newestFirst: inout Bool?, file: String
    ) throws(PriceFileError) {
        defer { previous = (key, text, line) }
        guard let previous else { return }
        if key == previous.key {
            throw PriceFileError(file: file, .duplicate(line: line, column: column, value: text, previousLine: previous.line))
        }
        let descending = key < previous.key
        guard let established = newestFirst else {
            newestFirst = descending
            return
        }
        if descending != established {
            throw PriceFileError(file: file, .outOfOrder(
                line: line, column: column, value: text,
                previousLine: previous.line, previousValue: previous.text, newestFirst: established
            ))
        }
    }
}
