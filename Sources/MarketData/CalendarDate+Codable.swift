extension CalendarDate {
    /// Encodes the date as its ISO 8601 string, `"2023-06-16"`, as JSON readers expect.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes an ISO 8601 date string (or a US `M/D/YYYY` one).
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the text when it is not a date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date (expected \(CalendarDate.acceptedFormats))"
            )
        }
        self = date
    }
}
