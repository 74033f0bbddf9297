import Foundation
import Synchronization

/// SIGINT and SIGTERM held back while the output folder is being changed, so that a Ctrl-C or
/// a `kill` during the write lets the write finish its commit, or its rollback, before the
/// process ends: the folder then holds one complete report, with no journal left for the next
/// run to undo.
///
/// Outside a write the signals act as before (the process ends at once; nothing of the folder
/// is changed then but the lock, which the kernel releases). Inside one, the handler only
/// records the signal; when the write returns the signal is raised again with its default
/// action, so the process ends by that signal and a shell reports 130 (SIGINT) or 143
/// (SIGTERM). A signal the process ignores when the write starts (`nohup`, a background job)
/// stays ignored.
enum SignalDeferral {
    /// 1 while a write is under way.
    private static let writing = Atomic<Int32>(0)
    /// The signal received during the write, 0 if none.
    private static let pending = Atomic<Int32>(0)
    private static let installed = Mutex(false)
    static let signals: [Int32] = [SIGINT, SIGTERM]

    /// Runs `body` (a write or a rollback of the output folder) with SIGINT and SIGTERM
    /// deferred, then ends the process by the signal that came meanwhile, if any.
    static func deferring<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        install()
        writing.store(1, ordering: .sequentiallyConsistent)
        defer {
            writing.store(0, ordering: .sequentiallyConsistent)
            let signal = pending.exchange(0, ordering: .sequentiallyConsistent)
            if signal != 0 { endBy(signal) }
        }
        return try body()
    }

    /// Installs the handler once, for the signals this process does not ignore. The atomics
    /// are touched here first: a static is initialised lazily, which a handler must not do.
    private static func install() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            _ = writing.load(ordering: .relaxed)
            _ = pending.load(ordering: .relaxed)
            for signal in signals {
                var current = sigaction()
                sigaction(signal, nil, &current)
                if isIgnored(current) { continue }
                var action = sigaction()
                setHandler(&action)
                sigemptyset(&action.sa_mask)
                action.sa_flags = SA_RESTART
                sigaction(signal, &action, nil)
            }
        }
    }

    /// The handler: async-signal-safe (an atomic load and store, `signal`, `raise`).
    private static let handler: @convention(c) (Int32) -> Void = { signal in
        if writing.load(ordering: .sequentiallyConsistent) != 0 {
            pending.store(signal, ordering: .sequentiallyConsistent)
        } else {
            endBy(signal)
        }
    }

    /// Ends the process by `signal` with its default action.
    private static func endBy(_ signal: Int32) {
        Foundation.signal(signal, SIG_DFL)
        raise(signal)
    }

    #if canImport(Glibc) || canImport(Musl)
    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func setHandler(_ action: inout sigaction) {
        action.__sigaction_handler.sa_handler = handler
    }
    #else
    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func setHandler(_ action: inout sigaction) {
        action.__sigaction_u.__sa_handler = handler
    }
    #endif
}
