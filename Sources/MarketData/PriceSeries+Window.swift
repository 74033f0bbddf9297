extension PriceSeries {
    /// The rows dated from `start` to `end`, both included: a window of a longer history,
    /// whose first row becomes the valuation origin (t = 0) as a file's first row is.
    ///
    /// A bound left `nil` is the file's own first or last date. The window must lie inside
    /// the file's dates, so that a mistyped year is refused rather than silently shortened to
    /// what the file holds; a bound that falls on a day with no row (a weekend) is fine.
    /// The `t` column, when the file has one beside its dates, is kept for the rows chosen.
    ///
    /// - Precondition: `start` is not after `end` (the caller checks the flags' order).
    /// - Throws: ``PriceFileError/Reason/noDateColumn`` when the file has no dates;
    ///   ``PriceFileError/Reason/windowOutsideFile(from:to:first:last:)`` naming the window
    ///   and the file's first and last dates when a bound lies outside them;
    ///   ``PriceFileError/Reason/windowTooFewRows(from:to:rows:)`` when fewer than two rows
    ///   fall inside it.
    public func window(from start: CalendarDate?, to end: CalendarDate?) throws(PriceFileError) -> PriceSeries {
        if let start, let end { precondition(start <= end, "a window starts before it ends") }
        guard let dates, let first = dates.first, let last = dates.last else {
            throw PriceFileError(file: source, .noDateColumn)
        }
        let lower = start ?? first
        let upper = end ?? last
        guard lower >= first, upper <= last else {
            throw PriceFileError(file: source, .windowOutsideFile(
                from: lower.description, to: upper.description, first: first.description, last: last.description
            ))
        }
        let kept = dates.indices.filter { lower <= dates[$0] && dates[$0] <= upper }
        guard kept.count >= 2 else {
            throw PriceFileError(file: source, .windowTooFewRows(from: lower.description, to: upper.description, rows: kept.count))
        }
        return PriceSeries(
            dates: kept.map { dates[$0] },
            times: times.map { times in kept.map { times[$0] } },
            prices: kept.map { prices[$0] },
            impliedVolatilities: impliedVolatilities.map { volatilities in kept.map { volatilities[$0] } },
            impliedVolatilityColumn: impliedVolatilityColumn,
            source: source,
            lines: kept.map { lines[$0] }
        )
    }
}
