import Foundation
import Synchronization

/// `body(i)` for every i in 0 ..< `count`, on up to `threads` threads, the results in index
/// order.
///
/// Each worker takes the lowest index no worker has taken yet, until none is left: a worker slowed
/// by costlier items, or by another process on its core, takes fewer, where a fixed share (worker
/// w taking w, w + threads, …) left the others idle at the end waiting for it (issue 26). Each
/// result lands in its own slot, and the error thrown is the one of the lowest failing index:
/// the output, and the way a run fails, are the same whatever the number of threads, and
/// whichever worker took an index. With one thread (or one item) everything runs on the caller's thread.
///
/// - Parameter threads: at most this many threads, ≥ 1; all cores by default.
public func concurrentMap<Element: Sendable, Failure: Error>(
    _ count: Int,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ body: @Sendable (Int) throws(Failure) -> Element
) throws(Failure) -> [Element] {
    let workers = min(max(threads, 1), count)
    guard workers > 1 else {
        var results = [Element]()
        results.reserveCapacity(count)
        for index in 0..<count { results.append(try body(index)) }
        return results
    }
    var slots = [Result<Element, Failure>?](repeating: nil, count: count)
    // The next index to take; the slots are read only after every worker has returned.
    let next = Atomic<Int>(0)
    slots.withUnsafeMutableBufferPointer { buffer in
        let output = UnsafeSendable(buffer)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                output.value[index] = Result { () throws(Failure) in try body(index) }
            }
        }
    }
    var results = [Element]()
    results.reserveCapacity(count)
    for slot in slots {
        switch slot! {
        case let .success(value): results.append(value)
        case let .failure(error): throw error
        }
    }
    return results
}

/// A value shared with concurrent closures that each touch a disjoint part of it, used by
/// ``concurrentMap(_:threads:_:)`` alone (every parallel loop of the package goes through it),
/// whose workers each write only the slots of their own indices.
struct UnsafeSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
