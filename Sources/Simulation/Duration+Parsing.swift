/// A span of time written the way traders say it: `1m`, `30m`, `1h`, `1d`, `5d`, `1w`.
///
/// Conversions to years follow ACT/365 for calendar units and a 6.5-hour trading day for
/// intraday ones: 1d = 1/365 year, 1w = 7d, 1h = 1d/6.5, 1m = 1d/390 (a minute is 1/390 of a
/// trading day, so 390 one-minute steps make one day's rebalancing).
public struct TradingDuration: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unit of a duration.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case minute = "m"
        case hour = "h"
        case day = "d"
        case week = "w"

        /// Length in years of 365 calendar days.
        public var years: Double { years(in: .calendar) }

        /// Length in years of `basis`: a day is 1/365 or 1/252 year, an hour 1/6.5 and a
        /// minute 1/390 of that day; a week is 7 calendar days or 5 trading days.
        public func years(in basis: YearBasis) -> Double {
            let day = 1 / basis.daysPerYear
            return switch self {
            case .minute: day / 390
            case .hour: day / 6.5
            case .day: day
            case .week: basis == .calendar ? 7 * day : 5 * day
            }
        }
    }

    /// How many units, > 0.
    public var count: Double
    public var unit: Unit

    public init(count: Double, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `N` followed by a unit letter (`m`, `h`, `d`, `w`); `N` may have decimals.
    /// Returns `nil` for anything else, including a count that is not a positive finite number.
    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last).lowercased()) else { return nil }
        let number = text.dropLast()
        guard !number.isEmpty, let count = Double(number), count.isFinite, count > 0 else { return nil }
        self.init(count: count, unit: unit)
    }

    /// Length in years of 365 calendar days.
    public var years: Double { count * unit.years }

    /// Length in years of `basis` (``Unit/years(in:)``).
    public func years(in basis: YearBasis) -> Double { count * unit.years(in: basis) }

    /// As written: `1d`, `2.5h`.
    public var description: String {
        let number = count == count.rounded() && abs(count) < 1e15 ? String(Int(count)) : String(count)
        return number + unit.rawValue
    }
}
