import MarketData
import Simulation

/// The course's conventions, each an option beside the tool's own.
extension ParameterReader {
    /// Whether the premium starts at the market's quote (`--start-premium market`); recorded
    /// only when given, so the default run keeps its command and table.
    ///
    /// - Throws: for `market` without a quote (no `--premium`, not the course's contract).
    mutating func resolveStartPremium(_ resolved: ResolvedContract) throws(ParameterError) -> Bool {
        guard given.isGiven(.startPremium) else { return false }
        guard try text(.startPremium) == "market" else { return false }
        guard resolved.marketPremium != nil else {
            throw ParameterError(.invalid(
                "\(name(.startPremium)) market starts the premium at the market's quote, and this run has none: give it with \(name(.premium)) P"
            ))
        }
        return true
    }

    /// The year basis (``YearBasis``): 365 unless `--year-basis` is given. Recorded only when
    /// given, so that a run on the default basis has the regenerating command, table and
    /// summary it had before the option existed.
    ///
    /// - Throws: with 252 and a price file, when a row is dated on a weekend: the trading-day
    ///   basis counts weekdays, so such a row would share its time with the Friday before.
    mutating func resolveYearBasis(prices: PriceSeries?) throws(ParameterError) -> YearBasis {
        guard given.isGiven(.yearBasis) else { return .calendar }
        let text = try text(.yearBasis)!
        guard let days = Int(text), let basis = YearBasis(rawValue: days) else {
            preconditionFailure("\(ParameterKey.yearBasis.flag): the descriptor's choices and YearBasis differ")
        }
        if basis == .trading, let prices, let row = prices.firstWeekendRow {
            throw ParameterError(.invalid(
                "\(name(.yearBasis)) 252 counts a price file's dates in weekdays, but \(prices.source):\(row.line) is dated \(row.date), "
                    + "a weekend day; use --year-basis 365 or drop the weekend rows"
            ))
        }
        return basis
    }
}
