import Foundation

extension HedgeScenario {
    /// The dates a path is drawn at to be read at `times` (years, increasing, the first 0), and
    /// the index among them of each of `times`.
    ///
    /// With a ``PathDynamics/drawingInterval`` h and a generator whose transition law is exact at any dates
    /// (``PathGenerator/samplesAnyDates``: GBM, Merton), they are `times` and every multiple of h
    /// between its first and last, a grid point within a millionth of h of one of `times`
    /// giving way to it. A coarse schedule then reads the path a schedule of interval h draws
    /// from the same seed (its shocks over several grid steps are the sum of those steps'
    /// shocks), which has the law of a path drawn at `times` alone: so two runs at different
    /// intervals hedge the same market (`hedge-report compare`, DESIGN.md §2.9). Otherwise
    /// `times` itself.
    public func drawingDates(for times: [Double]) -> (times: [Double], positions: [Int]) {
        guard let h = dynamics.drawingInterval, h > 0, times.count > 1, pathGenerator?.samplesAnyDates == true else {
            return (times, Array(times.indices))
        }
        var drawn = [Double](), positions = [Int]()
        drawn.reserveCapacity(Int(((times.last ?? 0) / h).rounded(.up)) + times.count)
        var k = 1
        for time in times {
            while Double(k) * h < time - h * 1e-6 {
                if Double(k) * h > (drawn.last ?? 0) + h * 1e-6 { drawn.append(Double(k) * h) }
                k += 1
            }
            while Double(k) * h <= time + h * 1e-6 { k += 1 }
            drawn.append(time)
            positions.append(drawn.count - 1)
        }
        return (drawn, positions)
    }
}
