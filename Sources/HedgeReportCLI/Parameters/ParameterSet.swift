/// Parameters as given — by flags, by a config file, or both — before defaults are applied and
/// values checked. Each value remembers where it came from, so an error can name the flag or
/// the file and line.
struct ParameterSet: Sendable {
    /// A value as written, read later with its parameter's kind
    /// (``ParameterDescriptor/parse(_:name:checkingRange:)``).
    enum Value: Sendable, Hashable {
        /// Text as written: a command-line value, or a plain scalar of a config file.
        case written(String)
        /// A quoted scalar of a config file: text, never a number or a switch.
        case quoted(String)
        /// A list of a config file (`estimators: [delta, exact]`).
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
        case let .configFile(path, line)?: "'\(key.configKey)' (\(ConfigFile.shownPath(path)):\(line))"
        case .commandLine?, nil: key.flag
        }
    }

    /// True when `key` was given, by a flag or a config file.
    func isGiven(_ key: ParameterKey) -> Bool {
        values[key] != nil
    }

    /// The value given for `key`, read and checked with its descriptor; nil when absent.
    func given(_ key: ParameterKey) throws(ParameterError) -> ParameterValue? {
        guard let value = values[key] else { return nil }
        return try key.descriptor.parse(value, name: name(key))
    }
}
