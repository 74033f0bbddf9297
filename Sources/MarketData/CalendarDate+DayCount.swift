extension CalendarDate {
    /// Days since 1970-01-01 (negative before it), counted in the proleptic Gregorian calendar.
    ///
    /// Howard Hinnant's `days_from_civil` ("chrono-Compatible Low-Level Date Algorithms",
    /// 2013): shift the year to start in March so that the leap day is the last day of the
    /// year, then count whole 400-year eras of 146,097 days.
    public var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Calendar days from this date to `later` (negative when `later` is earlier).
    ///
    /// 2023-06-16 → 2023-08-18 is 63 days.
    public func days(to later: CalendarDate) -> Int {
        later.daysSinceEpoch - daysSinceEpoch
    }

    /// The ACT/365 year fraction from this date to `later`: actual calendar days ÷ 365, in
    /// years (negative when `later` is earlier). The convention of DESIGN.md §2.5, whatever
    /// the leap years in between.
    public func yearFraction(to later: CalendarDate) -> Double {
        Double(days(to: later)) / 365
    }
}
