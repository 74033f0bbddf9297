/// The dates of several rebalancing schedules merged into one, so that a single simulated path
/// serves them all (common random numbers: every schedule of a frequency sweep hedges the same
/// paths, and the sweep compares frequencies, not samples).
///
/// A path is simulated exactly at every merged date; a schedule reads its own dates from it.
/// GBM sampled at a finer set of dates has the same law at the coarser ones, so each schedule's
/// hedge sees paths distributed exactly as if it had drawn them alone.
struct CommonDates: Sendable, Hashable {
    /// Every schedule's dates, years from 0, increasing; the first is 0.
    var times: [Double]
    /// For each schedule, the positions of its dates in ``times``, in order.
    var positions: [[Int]]

    /// Merges `schedules` (each a list of increasing times from 0). Times closer than a
    /// billionth of the longest schedule's span are one date, the first of them kept: a
    /// quarter of 20 weeks and 20 eightieths of it differ by rounding only.
    init(_ schedules: [[Double]]) {
        let span = schedules.compactMap(\.last).max() ?? 0
        let tolerance = span * 1e-9
        let tagged = schedules.enumerated()
            .flatMap { schedule, times in times.enumerated().map { (time: $1, schedule: schedule, date: $0) } }
            .sorted { ($0.time, $0.schedule, $0.date) < ($1.time, $1.schedule, $1.date) }
        var times = [Double]()
        var positions = schedules.map { [Int](repeating: 0, count: $0.count) }
        for entry in tagged {
            if let last = times.last, entry.time - last <= tolerance {
                positions[entry.schedule][entry.date] = times.count - 1
            } else {
                times.append(entry.time)
                positions[entry.schedule][entry.date] = times.count - 1
            }
        }
        self.times = times
        self.positions = positions
    }
}
