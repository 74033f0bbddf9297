import Simulation

/// The rows of a price file, oldest first: what a `--prices FILE` gives the simulation.
///
/// Each row has a date (`dates`), a time in years (`times`), or both; a price; and, when
/// the file has an `iv` column, an implied volatility. A file written newest first
/// (Nasdaq's exports) is reversed. ``PriceFileReader`` makes these;
/// ``pricePath()`` turns one into the simulation's ``PricePath``.
public struct PriceSeries: Sendable, Hashable, Codable {
    /// The trading day of each row, strictly increasing; `nil` when the file has no date
    /// column.
    public var dates: [CalendarDate]?
    /// The file's `t` column, years, strictly increasing; `nil` when the file has none and
    /// times come from `dates` (ACT/365).
    public var times: [Double]?
    /// Share price of each row, USD per share, all finite and positive.
    public var prices: [Double]
    /// Implied volatility of each row, per √year as a fraction (0.61 for 61%), in [0.0001, 10];
    /// `nil` when the file has no `iv` column.
    public var impliedVolatilities: [Double]?
    /// The header's name of the `iv` column, as the file writes it, for messages that name a
    /// cell; `nil` when there is none.
    public var impliedVolatilityColumn: String?
    /// Where the rows came from: the file as the user named it.
    public var source: String
    /// The 1-based line of `source` each row came from (the header is line 1), so later
    /// checks can name the line.
    public var lines: [Int]

    /// A series from its columns, which must all have the same length, at least one of
    /// `dates` and `times` given.
    public init(
        dates: [CalendarDate]?,
        times: [Double]?,
        prices: [Double],
        impliedVolatilities: [Double]? = nil,
        impliedVolatilityColumn: String? = nil,
        source: String,
        lines: [Int]? = nil
    ) {
        precondition(dates != nil || times != nil, "a price series needs dates or times")
        for count in [dates?.count, times?.count, impliedVolatilities?.count, lines?.count] {
            precondition(count == nil || count == prices.count, "every column needs one value per price")
        }
        self.dates = dates
        self.times = times
        self.prices = prices
        self.impliedVolatilities = impliedVolatilities
        self.impliedVolatilityColumn = impliedVolatilities == nil ? nil : impliedVolatilityColumn ?? "iv"
        self.source = source
        self.lines = lines ?? Array(2..<(2 + prices.count))
    }

    /// The number of rows.
    public var count: Int { prices.count }

    /// Years from the first row to each row: the `t` column less its first value when the
    /// file has one, else ACT/365 from the dates (calendar days ÷ 365). Starts at 0.
    public var yearsFromStart: [Double] { yearsFromStart(basis: .calendar) }

    /// Years from the first row to each row in `basis`: the `t` column less its first value
    /// when the file has one, else the dates' calendar days ÷ 365 or weekdays ÷ 252
    /// (``CalendarDate/yearFraction(to:basis:)``). Starts at 0.
    public func yearsFromStart(basis: YearBasis) -> [Double] {
        if let times, let start = times.first {
            return times.map { $0 - start }
        }
        guard let dates, let start = dates.first else { return [] }
        return dates.map { start.yearFraction(to: $0, basis: basis) }
    }

    /// The first row dated on a Saturday or a Sunday, which the trading-day basis cannot place
    /// (it counts weekdays); nil when there is none or the file has no dates.
    public var firstWeekendRow: (line: Int, date: CalendarDate)? {
        guard let dates, let index = dates.firstIndex(where: \.isWeekend) else { return nil }
        return (lines[index], dates[index])
    }
}
