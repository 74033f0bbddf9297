extension CalendarDate {
    /// The date formats a price file may use, as told to a user whose date did not parse.
    public static let acceptedFormats = "YYYY-MM-DD (e.g. 2023-06-16) or US M/D/YYYY (e.g. 6/16/2023)"

    /// Parses an ISO 8601 calendar date `YYYY-MM-DD` (Yahoo Finance, most tools; `2023-6-16`
    /// too) or a US date `M/D/YYYY` or `MM/DD/YYYY` (Nasdaq's exports), or returns `nil`.
    ///
    /// Parsed by hand, so the result is the same in every locale and on every platform.
    /// Slashes always mean month first: `03/04/2023` is 4 March 2023, never 3 April.
    /// Two-digit years, dotted day-first dates and times of day are refused (a file of
    /// intraday prices gives times in years in a `t` column instead).
    public init?(parsing text: some StringProtocol) {
        var fields = (0, 0, 0)
        var digits = (0, 0, 0)
        var index = 0
        var separator: UInt8?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
                guard separator == nil || separator == byte, index < 2 else { return nil }
                separator = byte
                index += 1
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            // No field has more than four digits; stopping here also keeps the sums small.
            guard [digits.0, digits.1, digits.2][index] < 4 else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case 0: fields.0 = fields.0 * 10 + digit; digits.0 += 1
            case 1: fields.1 = fields.1 * 10 + digit; digits.1 += 1
            default: fields.2 = fields.2 * 10 + digit; digits.2 += 1
            }
        }
        guard index == 2, (1...2).contains(digits.1) else { return nil }
        let date: CalendarDate?
        if separator == UInt8(ascii: "-") {
            // ISO: year-month-day.
            guard digits.0 == 4, (1...2).contains(digits.2) else { return nil }
            date = CalendarDate(year: fields.0, month: fields.1, day: fields.2)
        } else {
            // US: month/day/year.
            guard (1...2).contains(digits.0), digits.2 == 4 else { return nil }
            date = CalendarDate(year: fields.2, month: fields.0, day: fields.1)
        }
        guard let date else { return nil }
        self = date
    }
}
