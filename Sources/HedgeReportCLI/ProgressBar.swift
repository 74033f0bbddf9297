import Foundation
import Synchronization

/// A progress bar for the Monte Carlo study on stderr: drawn only when stderr is a terminal and
/// the study has run for more than a second, redrawn at most ten times a second, and cleared
/// when done.
///
/// A class, against the project's habit of value types, because worker threads share one bar
/// and its state (when it last drew) must be one place they all update.
final class ProgressBar: Sendable {
    private struct State {
        var started = Date()
        var lastDrawn: Date?
    }

    private let label: String
    private let state = Mutex(State())

    init(label: String) {
        self.label = label
    }

    /// A bar when stderr is a terminal, nil otherwise.
    static func onTerminal(label: String) -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(label: label) : nil
    }

    /// Shows `fraction` (0…1) done.
    func update(_ fraction: Double) {
        let line: String? = state.withLock { state in
            let now = Date()
            guard now.timeIntervalSince(state.started) > 1,
                  state.lastDrawn.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true
            else { return nil }
            state.lastDrawn = now
            let width = 30
            let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            return "\r\(label) \(bar) \(Int((fraction * 100).rounded()))%"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Clears the bar's line if it is drawn.
    func finish() {
        let drawn = state.withLock { state in
            defer { state.lastDrawn = nil }
            return state.lastDrawn != nil
        }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
