import Foundation
import Simulation

extension MonteCarloStudy {
    /// Paths per unit of work handed to a thread: fixed, so the partition (and with it every
    /// result) is the same whatever the number of threads.
    static let pathsPerChunk = 64

    /// `body(k)` for every path k = 0 ..< `paths`, spread over every core in fixed chunks, the
    /// results in path order. `completed` hears the number of paths of each finished chunk.
    ///
    /// - Throws: the error of the lowest-numbered path that failed (so a run fails the same way
    ///   whatever the thread count).
    func mapPaths<Outcome: Sendable>(
        completed: @Sendable (Int) -> Void,
        _ body: @Sendable (Int) throws(SimulationError) -> Outcome
    ) throws(SimulationError) -> [Outcome] {
        let paths = self.paths, chunk = Self.pathsPerChunk
        var outcomes = [Result<Outcome, SimulationError>?](repeating: nil, count: paths)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: (paths + chunk - 1) / chunk) { c in
                let range = (c * chunk)..<min((c + 1) * chunk, paths)
                for k in range {
                    output.buffer[k] = Result { () throws(SimulationError) in try body(k) }
                }
                completed(range.count)
            }
        }
        var results = [Outcome]()
        results.reserveCapacity(paths)
        for outcome in outcomes {
            switch outcome! {
            case let .success(value): results.append(value)
            case let .failure(error): throw error
            }
        }
        return results
    }
}
