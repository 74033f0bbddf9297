import Simulation

extension CalendarDate {
    /// Whether the day is a Saturday or a Sunday.
    public var isWeekend: Bool {
        // 1970-01-01 was a Thursday: days since the Monday before it, modulo 7, 0 = Monday.
        let weekday = ((daysSinceEpoch + 3) % 7 + 7) % 7
        return weekday >= 5
    }

    /// Weekdays (Monday to Friday) after this date up to and including `later`; negative when
    /// `later` is earlier. 2019-11-29 (a Friday) → 2019-12-02 (the Monday after) is 1.
    public func weekdays(to later: CalendarDate) -> Int {
        Self.weekdaysBefore(later.daysSinceEpoch + 1) - Self.weekdaysBefore(daysSinceEpoch + 1)
    }

    /// The year fraction from this date to `later` in `basis`: calendar days ÷ 365, or
    /// weekdays ÷ 252 (``YearBasis``).
    public func yearFraction(to later: CalendarDate, basis: YearBasis) -> Double {
        switch basis {
        case .calendar: yearFraction(to: later)
        case .trading: Double(weekdays(to: later)) / basis.daysPerYear
        }
    }

    /// Weekdays among the days before `day` (days since 1970-01-01), counted from the Monday
    /// 1969-12-29 (negative before it): five in every whole week, and the leftover days up to five.
    private static func weekdaysBefore(_ day: Int) -> Int {
        let fromMonday = day + 3
        let weeks = fromMonday >= 0 ? fromMonday / 7 : (fromMonday - 6) / 7
        let rest = fromMonday - weeks * 7
        return 5 * weeks + min(rest, 5)
    }
}
