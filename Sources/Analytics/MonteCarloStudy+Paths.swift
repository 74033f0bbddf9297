import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// Paths per unit of work handed to a thread: fixed, so the partition (and with it every
    /// result) is the same whatever the number of threads.
    static let pathsPerChunk = 64

    /// `body(range)` for every chunk of ``pathsPerChunk`` consecutive path indices in
    /// 0 ..< `paths`, shared between ``threads`` workers (each taking the next chunk not yet
    /// taken, ``concurrentMap(_:threads:_:)``), the results in chunk order. `completed` hears the number of paths of
    /// each finished chunk.
    ///
    /// - Throws: the error of the first chunk (in path order) that failed, so a run fails the
    ///   same way whatever the thread count; `.invalidInput` when ``threads`` is below 1.
    func mapChunks<Outcome: Sendable>(
        completed: @Sendable (Int) -> Void,
        _ body: @Sendable (Range<Int>) throws(SimulationError) -> Outcome
    ) throws(SimulationError) -> [Outcome] {
        guard threads >= 1 else {
            throw SimulationError(.invalidInput(name: "threads", value: "\(threads)", allowed: "a whole number ≥ 1"))
        }
        let paths = self.paths, chunk = Self.pathsPerChunk
        let chunks = (paths + chunk - 1) / chunk
        return try concurrentMap(chunks, threads: threads) { (c: Int) throws(SimulationError) -> Outcome in
            let range = (c * chunk)..<min((c + 1) * chunk, paths)
            let outcome = try body(range)
            completed(range.count)
            return outcome
        }
    }

    /// `body(k)` for every path k = 0 ..< `paths`, in ``mapChunks(completed:_:)``'s chunks,
    /// the results in path order.
    ///
    /// - Throws: the error of the lowest-numbered path that failed.
    func mapPaths<Outcome: Sendable>(
        completed: @Sendable (Int) -> Void,
        _ body: @Sendable (Int) throws(SimulationError) -> Outcome
    ) throws(SimulationError) -> [Outcome] {
        try mapChunks(completed: completed) { range throws(SimulationError) in try range.map(body) }.flatMap { $0 }
    }

    /// Every path's final P&L from `stream`, chunk by chunk on ``threads`` workers, gathered
    /// schedule after schedule.
    func finalProfits(
        streaming stream: StreamingTextbookHedge, seed: UInt64, completed: @Sendable (Int) -> Void
    ) throws(SimulationError) -> FinalProfits {
        let chunks = try mapChunks(completed: completed) { range throws(SimulationError) in
            try stream.finalProfits(paths: range, seed: seed)
        }
        let schedules = stream.scheduleCount
        var values = [Double](repeating: .nan, count: schedules * paths)
        for (c, chunk) in chunks.enumerated() {
            let first = c * Self.pathsPerChunk, count = chunk.count / schedules
            for schedule in 0..<schedules {
                for p in 0..<count {
                    values[schedule * paths + first + p] = chunk[schedule * count + p]
                }
            }
        }
        // The stream hedges European options only: none is exercised early.
        return FinalProfits(values: values, paths: paths, earlyExercises: Array(repeating: 0, count: schedules))
    }
}
