import MarketData

/// A parameter that cannot be used, or a config file that cannot be read: the message names the
/// flag or the file, key and line, and says what is allowed.
struct ParameterError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        /// A value out of range, of the wrong type, unknown, or contradicting another (exit 64).
        case invalid(String)
        /// A config file that does not parse (exit 65).
        case malformedConfig(path: String, line: Int?, detail: String)
        /// A config file that cannot be read (exit 74).
        case unreadableConfig(path: String, detail: String)
        /// A price file that cannot be read (74) or does not parse (65); the message names it.
        case priceFile(String, exitStatus: Int32)
    }

    var reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// A price file that cannot be read (74) or is bad data (65), in the file's own words
    /// (``PriceFileError``), after `context` (the flag, where those words do not name it).
    init(priceFile error: PriceFileError, context: String = "") {
        self.init(.priceFile(context + error.description, exitStatus: error.exitCode))
    }

    /// An invalid value: "NAME must be ALLOWED, got VALUE".
    static func invalid(_ name: String, _ allowed: String, got value: String) -> ParameterError {
        ParameterError(.invalid("\(name) must be \(allowed), got \(value)"))
    }

    /// The process exit status for this error (DESIGN.md §4).
    var exitStatus: Int32 {
        switch reason {
        case .invalid: 64
        case .malformedConfig: 65
        case .unreadableConfig: 74
        case let .priceFile(_, status): status
        }
    }

    var description: String {
        switch reason {
        case let .invalid(message): message
        case let .malformedConfig(path, line?, detail): "\(ConfigFile.shownPath(path)):\(line): \(detail)"
        case let .malformedConfig(path, nil, detail): "\(ConfigFile.shownPath(path)): \(detail)"
        case let .unreadableConfig(path, detail): "cannot read config file \(ConfigFile.shownPath(path)): \(detail)"
        case let .priceFile(message, _): message
        }
    }
}
