import Foundation
import Synchronization
import Testing
@testable import Pricing

/// The one parallel loop of the package: results in index order and the lowest failing index's
/// error whatever the number of threads, and work handed out as workers free up (issue 26).
struct ConcurrentMapTests {
    struct Failure: Error, Equatable {
        var index: Int
    }

    @Test(arguments: [1, 2, 3, 8])
    func resultsAreInIndexOrderWhateverTheThreads(threads: Int) {
        let squares = concurrentMap(1000, threads: threads) { $0 * $0 }
        #expect(squares == (0..<1000).map { $0 * $0 })
    }

    @Test(arguments: [1, 2, 3, 8])
    func throwsTheLowestFailingIndexWhateverTheThreads(threads: Int) {
        #expect(throws: Failure(index: 7)) {
            _ = try concurrentMap(500, threads: threads) { (index: Int) throws(Failure) -> Int in
                if index == 7 || index == 300 || index == 499 { throw Failure(index: index) }
                return index
            }
        }
    }

    /// Item 0 does not finish before every other item has: with a fixed share per worker, the
    /// worker holding it would also hold half the others and wait for itself. The other worker
    /// takes them all instead.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func aBusyWorkerLeavesTheRestToTheOthers() {
        let count = 64
        let done = Atomic<Int>(0)
        let finishedInTime = concurrentMap(count, threads: 2) { (index: Int) -> Bool in
            guard index == 0 else {
                done.add(1, ordering: .sequentiallyConsistent)
                return true
            }
            let deadline = Date().addingTimeInterval(10)
            while done.load(ordering: .sequentiallyConsistent) < count - 1 {
                guard Date() < deadline else { return false }
                usleep(1_000)
            }
            return true
        }
        #expect(finishedInTime == Array(repeating: true, count: count))
    }
}
