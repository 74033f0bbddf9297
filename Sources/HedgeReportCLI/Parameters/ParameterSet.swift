/// Parameters as given — by flags, by a config file, or both — before defaults are applied and
/// values checked. Each value remembers where it came from, so an error can name the flag or
/// the file and line.
struct ParameterSet: Sendable {
    /// A value as written.
    enum Value: Sendable, Hashable {
        case number(Double)
        case integer(Int)
        case text(String)
        case flag(Bool)
        case list([String])
    }

    /// Where a value came from.
    enum Source: Sendable, Hashable {
        case commandLine
        case configFile(path: String, line: Int)
    }

    private(set) var values: [ParameterKey: Value] = [:]
    private(set) var sources: [ParameterKey: Source] = [:]

    init() {}

    /// Sets `key` unless `value` is nil.
    mutating func set(_ key: ParameterKey, _ value: Value?, from source: Source = .commandLine) {
        guard let value else { return }
        values[key] = value
        sources[key] = source
    }

    /// These parameters with `overrides` laid over them (flags over a config file).
    func overridden(by overrides: ParameterSet) -> ParameterSet {
        var merged = self
        for (key, value) in overrides.values {
            merged.set(key, value, from: overrides.sources[key] ?? .commandLine)
        }
        return merged
    }

    /// How an error names `key`: the flag, or the key with its file and line.
    func name(_ key: ParameterKey) -> String {
        switch sources[key] {
        case let .configFile(path, line)?: "'\(key.rawValue)' (\(path):\(line))"
        case .commandLine?, nil: key.flag
        }
    }
}
