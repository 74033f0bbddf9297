/// Calendar ticks for a date axis, whose values are days since an origin date.
///
/// Candidate spacings run from every day through Mondays, month starts, every 2, 3 or 6
/// months (January, March… for two), to every 1, 2, 5, 10… years, like matplotlib's
/// `AutoDateLocator`. The layout takes the densest spacing whose labels fit.
enum DateTicks {
    /// A tick spacing: a count of days, months or years.
    enum Step: Sendable, Hashable {
        /// Every `n` days; 7 and 14 fall on Mondays.
        case days(Int)
        /// Every `n` months, on the 1st, in months whose index from January of year 0 is a
        /// multiple of `n` (January, March… for two; January, April… for three).
        case months(Int)
        /// Every `n` years, on 1 January of years that are multiples of `n`.
        case years(Int)

        /// Typical length in days, which also picks the label: < 28 → "Jun 16", < 365 →
        /// "Jul 2019", else "2019".
        var approximateDays: Double {
            switch self {
            case let .days(count): Double(count)
            case let .months(count): 30.436_875 * Double(count)
            case let .years(count): 365.242_5 * Double(count)
            }
        }
    }

    static let steps: [Step] = [.days(1), .days(2), .days(7), .days(14), .months(1), .months(2), .months(3), .months(6)]
        + [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000].map { .years($0) }

    /// Tick sets for `lower...upper` (days since `origin`, within ±``CivilDate/dayLimit``),
    /// densest first, each with at most `maximumCount` ticks; empty steps are skipped.
    static func candidates(lower: Double, upper: Double, origin: CivilDate, format: TickFormat, maximumCount: Int) -> [TickSet] {
        let span = upper - lower
        return steps.compactMap { step in
            guard span / step.approximateDays <= Double(maximumCount) + 2 else { return nil }
            let ticks = Self.ticks(step, lower: lower, upper: upper, origin: origin)
            guard !ticks.isEmpty, ticks.count <= maximumCount else { return nil }
            return TickSet(lower: lower, upper: upper, ticks: ticks, step: step.approximateDays, format: format)
        }
    }

    /// Days since `origin` of each round date of `step` within `lower...upper`.
    static func ticks(_ step: Step, lower: Double, upper: Double, origin: CivilDate) -> [Double] {
        let base = origin.daysSinceEpoch
        let first = base + Int(lower.rounded(.up))
        let last = base + Int(upper.rounded(.down))
        guard first <= last else { return [] }
        var days: [Int] = []
        switch step {
        case let .days(count):
            // Weekly steps start on Mondays; 1970-01-05 was one.
            let anchor = count % 7 == 0 ? 4 : 0
            var day = first + ((anchor - first) % count + count) % count
            while day <= last {
                days.append(day)
                day += count
            }
        case let .months(count):
            let start = CivilDate(daysSinceEpoch: first).monthIndex
            let end = CivilDate(daysSinceEpoch: last).monthIndex
            for index in start...end where (index % count + count) % count == 0 {
                let year = index >= 0 ? index / 12 : (index - 11) / 12
                days.append(CivilDate(year: year, month: index - year * 12 + 1, day: 1).daysSinceEpoch)
            }
        case let .years(count):
            for year in CivilDate(daysSinceEpoch: first).year...CivilDate(daysSinceEpoch: last).year
            where (year % count + count) % count == 0 {
                days.append(CivilDate(year: year, month: 1, day: 1).daysSinceEpoch)
            }
        }
        return days.filter { $0 >= first && $0 <= last }.map { Double($0 - base) }
    }
}
