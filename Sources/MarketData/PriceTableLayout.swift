/// Where the columns of a price file are, found from its header row.
struct PriceTableLayout: Sendable {
    /// The header's cells, trimmed, as the file writes them (for messages).
    var names: [String]
    /// Index of the date column, if any.
    var date: Int?
    /// Index of the `t` column (years), if any.
    var time: Int?
    /// Index of the price column.
    var price: Int
    /// Index of the implied-volatility column, if any.
    var impliedVolatility: Int?

    /// Finds the columns in `header`; the first date or time column and the price column
    /// with the most preferred name (``PriceColumn/acceptedNames``).
    ///
    /// - Throws: ``PriceFileError/Reason/missingColumn(role:found:)`` listing the named
    ///   columns found, when there is no date nor time column, or no price column.
    init(header: [String], file: String) throws(PriceFileError) {
        names = header.map(Self.trimmed)
        let normalised = header.map(PriceColumn.normalise)
        func index(of role: PriceColumn) -> Int? {
            for name in role.acceptedNames {
                if let index = normalised.firstIndex(of: name) { return index }
            }
            return nil
        }
        date = index(of: .date)
        time = index(of: .time)
        impliedVolatility = index(of: .impliedVolatility)
        let found = names.filter { !$0.isEmpty }
        guard date != nil || time != nil else {
            throw PriceFileError(file: file, .missingColumn(role: .date, found: found))
        }
        guard let price = index(of: .price) else {
            throw PriceFileError(file: file, .missingColumn(role: .price, found: found))
        }
        self.price = price
    }

    /// The number of cells a row needs: up to the header's last named column, so that the
    /// empty trailing columns of some exports (Nasdaq's `,,,,,,,,`) may be left out.
    var requiredCells: Int {
        (names.lastIndex(where: { !$0.isEmpty }) ?? 0) + 1
    }

    /// The header's name of the column at `index`.
    func name(_ index: Int) -> String { names[index] }

    /// `text` without surrounding spaces, tabs or a byte-order mark.
    static func trimmed(_ text: String) -> String {
        // Cells come trimmed from the CSV reader but for quoted ones; skip the work then.
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let padding: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBF }
        guard padding(first) || padding(last) else { return text }
        return slowlyTrimmed(text)
    }

    private static func slowlyTrimmed(_ text: String) -> String {
        let isPadding: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !isPadding($0) }),
              let last = text.lastIndex(where: { !isPadding($0) })
        else { return "" }
        return String(text[first...last])
    }
}
