import Foundation
import Synchronization
@testable import Report

/// The real file system with one fault at a chosen step — a call that changes the disk —
/// for fault-injection tests of the output folder.
///
/// `.fail(at: k)`: step k fails with EIO, as a full or broken disk would, and the run goes on
/// (to roll back). `.die(at: k)`: step k and everything after it fails, reads included, as if
/// the process had been killed just before step k: nothing more reaches the disk.
struct FaultyFileSystem: OutputFileSystem {
    enum Fault: Sendable, CustomStringConvertible {
        case none
        case fail(at: Int)
        case die(at: Int)

        var description: String {
            switch self {
            case .none: "no fault"
            case let .fail(step): "fail at step \(step)"
            case let .die(step): "die at step \(step)"
            }
        }
    }

    /// Steps taken so far, shared by copies of the value.
    final class Counter: Sendable {
        let steps = Mutex<[String]>([])
    }

    var fault: Fault
    let counter = Counter()
    private let disk = POSIXFileSystem(synchronizes: false)

    /// The names of the steps taken (and attempted), in order.
    var steps: [String] { counter.steps.withLock { $0 } }

    private var isDead: Bool {
        if case let .die(step) = fault { return counter.steps.withLock { $0.count } >= step }
        return false
    }

    /// Counts a step; throws if the fault falls on it.
    private func step(_ name: String, _ path: String) throws(FileSystemFailure) {
        let index = counter.steps.withLock { steps in
            steps.append("\(name) \(path)")
            return steps.count - 1
        }
        switch fault {
        case .none: return
        case let .fail(at): if index == at { throw FileSystemFailure(path: path, code: EIO) }
        case let .die(at): if index >= at { throw FileSystemFailure(path: path, code: EIO) }
        }
    }

    func kind(of path: String, followingLinks: Bool) -> FileKind? {
        disk.kind(of: path, followingLinks: followingLinks)
    }

    func linkDestination(of path: String) -> String? { disk.linkDestination(of: path) }
    func canModify(folder path: String) -> Bool { disk.canModify(folder: path) }

    func read(_ path: String) throws(FileSystemFailure) -> Data {
        if isDead { throw FileSystemFailure(path: path, code: EIO) }
        return try disk.read(path)
    }

    func list(_ path: String) throws(FileSystemFailure) -> [String] {
        if isDead { throw FileSystemFailure(path: path, code: EIO) }
        return try disk.list(path)
    }

    func createFolder(_ path: String) throws(FileSystemFailure) {
        try step("createFolder", path)
        try disk.createFolder(path)
    }

    func write(_ data: Data, to path: String) throws(FileSystemFailure) {
        try step("write", path)
        try disk.write(data, to: path)
    }

    func rename(_ source: String, to target: String) throws(FileSystemFailure) {
        try step("rename", source + " → " + target)
        try disk.rename(source, to: target)
    }

    func remove(_ path: String) throws(FileSystemFailure) {
        try step("remove", path)
        try disk.remove(path)
    }

    func removeTree(_ path: String) throws(FileSystemFailure) {
        try step("removeTree", path)
        try disk.removeTree(path)
    }

    func synchronize(folder path: String) throws(FileSystemFailure) {
        try step("synchronize", path)
        try disk.synchronize(folder: path)
    }
}
