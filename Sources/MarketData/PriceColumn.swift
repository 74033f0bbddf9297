/// What a column of a price file holds, the header names that select it, and what its
/// cells may contain.
///
/// Header names are matched after trimming spaces, ignoring case, and reading `_` as a
/// space, so `Close`, ` close ` and `CLOSE` all select the price column.
public enum PriceColumn: String, Sendable, Hashable, CaseIterable {
    /// The trading day of the row: `YYYY-MM-DD` or US `M/D/YYYY`.
    case date
    /// Years since the start of the path (ACT/365 or any other count the user chose).
    case time
    /// The share price, USD per share.
    case price
    /// The option's implied volatility per √year, as a fraction (0.61) or a percentage (61%).
    case impliedVolatility

    /// Accepted header names, normalised (lower case, trimmed), in order of preference.
    ///
    /// The price column prefers `close` over `close/last` over `price`. `Adj Close` is not a
    /// price column: a listed option is hedged with shares bought at the traded price, and
    /// Yahoo's adjusted close rewrites past prices for later dividends and splits.
    public var acceptedNames: [String] {
        switch self {
        case .date: ["date"]
        case .time: ["t", "years"]
        case .price: ["close", "close/last", "price"]
        case .impliedVolatility: ["iv", "implied volatility", "implied vol"]
        }
    }

    /// The largest time a `t` cell may hold, in years either side of 0: as far as the dates'
    /// four-digit years reach, and small enough that the years between any two rows
    /// (``PriceSeries/yearsFromStart``) stay finite. Without it `-1e308` and `1e308` were two
    /// valid times 2 × 10³⁰⁸ years apart, an infinite span (caught by the price-file fuzzer's
    /// checks, Fuzz/README.md).
    public static let maximumYears = 10_000.0

    /// The range of a share price, USD per share: the range `--spot` accepts. A path that
    /// leaves it (a price of 1e300) would overflow the hedge's products (S²·Γ, n·S) into
    /// infinities.
    public static let priceRange = 1e-6...1e9
    /// The implied volatilities accepted, per √year: `--vol`'s range. Below 0.0001 (a hundredth
    /// of a volatility point) σ·√τ underflows the closed form's Γ to 0/0 and no lattice of a
    /// report's size stays arbitrage-free against a rate of a few percent.
    public static let volatilityRange = 0.0001...10.0

    /// What a cell of this column may contain, as told to the user.
    public var expectation: String {
        switch self {
        case .date: "a date " + CalendarDate.acceptedFormats
        case .time: "a time in years since the first row, e.g. 0.0027, from -10,000 to 10,000"
        case .price: "a price in USD per share from 0.000001 to 1,000,000,000, e.g. 261.49, $261.49 or \"1,234.50\""
        case .impliedVolatility: "an implied volatility per √year from 0.0001 to 10, as a fraction, e.g. 0.61, or a percentage, e.g. 61%"
        }
    }

    /// The normalised form of a header cell: trimmed, lower case, a leading byte-order mark
    /// dropped, `_` read as a space and runs of spaces collapsed.
    static func normalise(_ header: String) -> String {
        var text = header
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" })
            .joined(separator: " ")
    }
}
