/// How many days make the year that every time in the run is counted in.
///
/// - ``calendar`` (365, the default): a day is a calendar day, 1/365 year (ACT/365), a week
///   seven of them, and a price file's dates are apart by their calendar days ÷ 365.
/// - ``trading`` (252, the course's convention: its minute is 1/(252·390) of a year): a day is
///   a trading day, 1/252 year; an hour 1/6.5 and a minute 1/390 of it; a week five of them;
///   and a price file's dates are apart by the weekdays (Monday to Friday) between them ÷ 252.
///   No exchange calendar is known, so a holiday counts as a trading day: a year of weekdays
///   (about 261) reads as about 1.036 years.
///
/// Either way the year is the same year — rates, volatilities and Θ stay per year — and the
/// time to expiry (`--days`) stays calendar days ÷ 365: 60.5 calendar days are 0.1658 years,
/// which a daily hedge on the trading basis crosses in about 42 trading days, as a real one does.
public enum YearBasis: Int, Sendable, Hashable, Codable, CaseIterable {
    case calendar = 365
    case trading = 252

    /// Days in a year: 365 or 252.
    public var daysPerYear: Double { Double(rawValue) }

    /// What a day of this basis is called: `day` (calendar) or `trading day`.
    public var dayName: String {
        switch self {
        case .calendar: "day"
        case .trading: "trading day"
        }
    }
}
