/// The textbook hedge's final P&L, USD, of every path for each of several schedules, stored
/// schedule after schedule in one array, as the streaming hedge writes them: no copy per
/// schedule.
struct FinalProfits: Sendable {
    /// Schedule s, path k at `s * paths + k`.
    var values: [Double]
    /// Paths per schedule.
    var paths: Int
    /// Paths of each schedule whose American option was exercised early (nil when not counted).
    var earlyExercises: [Int]? = nil

    /// The final P&L of every path, by path index, for schedule `schedule`.
    subscript(schedule: Int) -> ArraySlice<Double> {
        values[(schedule * paths)..<((schedule + 1) * paths)]
    }
}
