import Simulation

extension PriceSeries {
    /// The simulation's path: times in years from the first row (``yearsFromStart``, ACT/365
    /// from the dates or the `t` column shifted to start at 0) and the prices, USD per share.
    ///
    /// The first row is the valuation origin t = 0, so its price is the spot S(0).
    public func pricePath() -> PricePath {
        pricePath(basis: .calendar)
    }

    /// The simulation's path with times in years of `basis` (``yearsFromStart(basis:)``).
    public func pricePath(basis: YearBasis) -> PricePath {
        PricePath(times: yearsFromStart(basis: basis), spots: prices)
    }

    /// Checks that no row is dated after `expiry`; a row on the expiry day is allowed (its
    /// price settles the option).
    ///
    /// - Throws: ``PriceFileError/Reason/pastExpiry(line:value:expiry:)`` naming the first
    ///   such row's line and date, and the expiry. A series without dates is not checked
    ///   here; use ``checkNotPastExpiry(years:)``.
    public func checkNotPastExpiry(_ expiry: CalendarDate) throws(PriceFileError) {
        guard let dates, let index = dates.firstIndex(where: { $0 > expiry }) else { return }
        throw PriceFileError(file: source, .pastExpiry(line: lines[index], value: dates[index].description, expiry: expiry.description))
    }

    /// Checks that no row lies more than `years` after the first row, the valuation origin,
    /// as ``OptionContract/expiry`` counts it (years, ACT/365).
    ///
    /// A tolerance of 10⁻⁹ years (0.03 s) absorbs the rounding of `days / 365`, so a row on
    /// the expiry day passes when the expiry was itself given as days ÷ 365.
    ///
    /// A series that is a window of a longer file (``window(from:to:)``, `isWindow`) counts
    /// from the window's first row, and the message names that row's date: "after the first
    /// row" would read as the file's.
    ///
    /// - Throws: ``PriceFileError/Reason/pastExpiry(line:value:expiry:)`` naming the first
    ///   such row's line, its date (or time), and the expiry in years and days.
    public func checkNotPastExpiry(years expiry: Double, basis: YearBasis = .calendar, isWindow: Bool = false) throws(PriceFileError) {
        let years = yearsFromStart(basis: basis)
        guard let index = years.firstIndex(where: { $0 > expiry + 1e-9 }) else { return }
        let origin = isWindow ? "the window's first row" + (dates.map { ", \($0[0])" } ?? "") : "the first row"
        let value = dates.map { "\($0[index]) (\(Self.format(years[index])) years after \(origin))" }
            ?? "t = \(Self.format(years[index])) years after \(origin)"
        let expiryText = "at \(Self.format(expiry)) years (\(Self.format(expiry * 365)) days)"
        throw PriceFileError(file: source, .pastExpiry(line: lines[index], value: value, expiry: expiryText))
    }

    /// `value` with at most 4 decimals and no trailing zeros, independent of the locale.
    private static func format(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
