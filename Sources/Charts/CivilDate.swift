/// A day of the proleptic Gregorian calendar, and its count of days from 1970-01-01.
///
/// Plain integer arithmetic, so labels are the same on every machine and in every locale: no
/// Foundation calendar, time zone or locale is involved. The conversions are Howard Hinnant's
/// `days_from_civil` and `civil_from_days` ("chrono-Compatible Low-Level Date Algorithms",
/// 2013), exact for every date whose day count fits in an `Int`.
struct CivilDate: Sendable, Hashable {
    var year: Int
    /// 1 (January) ... 12 (December).
    var month: Int
    /// 1 ... the length of the month.
    var day: Int

    /// English three-letter month abbreviations, January first.
    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Days a date axis may lie from its origin: about 270,000 years either way, far beyond
    /// any chart, and small enough that no count overflows.
    static let dayLimit = 1e8

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (before it when negative).
    init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days from 1970-01-01 to this date, negative before it.
    var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Months since January of year 0, for stepping by months.
    var monthIndex: Int { year * 12 + month - 1 }

    /// 0 for Monday ... 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(daysSinceEpoch days: Int) -> Int {
        ((days + 3) % 7 + 7) % 7
    }

    /// Whether the triple names a real date, within ±100,000 years.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (-100_000...100_000).contains(year), (1...12).contains(month) else { return false }
        return (1...daysInMonth(year: year, month: month)).contains(day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "Jun 16".
    var monthDay: String { "\(Self.monthAbbreviations[month - 1]) \(day)" }
    /// "Jul 2019".
    var monthYear: String { "\(Self.monthAbbreviations[month - 1]) \(year)" }
}
