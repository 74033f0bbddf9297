extension String {
    /// Longest text a message repeats, in characters (Unicode scalars).
    static let shownLength = 40

    /// The text as a message quotes it: `'text'`, cut after ``shownLength`` characters with an
    /// ellipsis and with control characters escaped (`\n`, `\u{1B}`), so that a message stays
    /// one short line whatever a flag or a config file holds (a 500,000-character key once
    /// gave a 1 MB message). The same rule as MarketData's messages about a price file's cells.
    var shown: String {
        "'\(abridged)'"
    }

    /// The text of ``shown`` without the quotes, for a number (`got 1e9`).
    var abridged: String {
        var shown = ""
        for (index, scalar) in unicodeScalars.enumerated() {
            if index == Self.shownLength {
                shown += "…"
                break
            }
            shown += scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return shown
    }
}
