import Foundation
import Synchronization
import Testing
import Pricing

/// ``concurrentMap(_:threads:_:)`` hands each index to whichever worker is free: whatever the
/// order the items run in, every index runs once, results come back in index order, and the
/// error thrown is the lowest failing index's.
struct ConcurrentMapTests {
    struct Failed: Error, Equatable {
        var index: Int
    }

    /// Items whose costs differ by a factor of 10,000, the costly ones first, as a report's
    /// charts come before the chunks of its ledger.
    static func work(_ index: Int) -> Double {
        let rounds = index < 4 ? 200_000 : 20
        var x = Double(index)
        for _ in 0..<rounds { x = (x * 1.000_000_1).squareRoot() + 1 }
        return x
    }

    @Test(arguments: [1, 2, 3, 8])
    func itemsOfUnequalCostRunOnceEachAndReturnInIndexOrder(threads: Int) {
        let runs = Atomic<Int>(0)
        let results = concurrentMap(200, threads: threads) { (index: Int) -> (index: Int, value: Double) in
            runs.add(1, ordering: .relaxed)
            return (index, Self.work(index))
        }
        #expect(runs.load(ordering: .relaxed) == 200)
        #expect(results.map(\.index) == Array(0..<200))
        #expect(results.map(\.value) == (0..<200).map(Self.work))
    }

    @Test(arguments: [1, 2, 8])
    func theLowestFailingIndexIsTheErrorThrown(threads: Int) {
        #expect(throws: Failed(index: 3)) {
            try concurrentMap(100, threads: threads) { (index: Int) throws(Failed) -> Double in
                // The later failure is cheap and the lower one costly, so it finishes first.
                if index == 90 { throw Failed(index: 90) }
                if index == 3 {
                    _ = Self.work(0)
                    throw Failed(index: 3)
                }
                return Self.work(index)
            }
        }
    }
}
