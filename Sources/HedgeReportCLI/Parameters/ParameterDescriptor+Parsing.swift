import MarketData
import Report
import Simulation

/// A parameter's value once read with its kind, in the code's units: the report's own type, so
/// the value read is the value `summary.json.parameters` records, with nothing to convert.
typealias ParameterValue = ReportSettings.Parameter.Value

extension ParameterDescriptor {
    /// Reads `value` — a command-line value or a config file's scalar or list — with this
    /// parameter's kind, and checks it against the allowed values unless `checkingRange` is
    /// false (a config file's values are checked for their kind when the file is read, and
    /// for their range only when they are used).
    ///
    /// The one parse path of flags and config files: `--days 60.5` and `days: 60.5` are the same
    /// text read the same way, and an error names the flag or the file, line and key (`name`).
    func parse(_ value: ParameterSet.Value, name: String, checkingRange: Bool = true) throws(ParameterError) -> ParameterValue {
        func wrongKind(_ expected: String) -> ParameterError {
            .invalid(name, expected, got: value.shown)
        }
        func outOfRange(_ got: String) -> ParameterError {
            .invalid(name, allowed, got: got)
        }
        switch kind {
        case let .number(range):
            guard case let .written(text) = value, let number = Double(text) else { throw wrongKind("a number") }
            guard !checkingRange || (number.isFinite && range.contains(number)) else { throw outOfRange(text.abridged) }
            return .number(number)
        case let .integer(range):
            guard case let .written(text) = value, let number = Self.wholeNumber(text) else { throw wrongKind("a whole number") }
            guard !checkingRange || range.contains(number) else { throw outOfRange(text.abridged) }
            return .integer(number)
        case let .choice(choices):
            guard let text = value.scalar else { throw wrongKind(kind.allowed) }
            guard choices.choiceNames.contains(text.lowercased()) else { throw .invalid(name, kind.allowed, got: text.shown) }
            return .text(text.lowercased())
        case let .text(maxLength):
            guard let text = value.scalar else { throw wrongKind("text") }
            guard !checkingRange || text.count <= maxLength else {
                throw .invalid(name, kind.allowed, got: "\(text.count) characters")
            }
            return .text(text)
        case .duration:
            guard let text = value.scalar else { throw wrongKind(allowed) }
            guard !checkingRange || TradingDuration(text) != nil else { throw outOfRange(text.shown) }
            return .text(text)
        case .date:
            guard let text = value.scalar else { throw wrongKind(allowed) }
            guard !checkingRange || CalendarDate(parsing: text) != nil else { throw outOfRange(text.shown) }
            return .text(text)
        case .list:
            switch value {
            case let .written(text), let .quoted(text): return .list(Self.items(text))
            case let .list(items): return .list(items.flatMap(Self.items))
            }
        case .specs:
            switch value {
            case let .written(text), let .quoted(text): return .list([text])
            case let .list(items): return .list(items)
            }
        case .flag:
            guard case let .written(text) = value, let flag = Bool(text.lowercased()) else { throw wrongKind("true or false") }
            return .flag(flag)
        }
    }

    /// The descriptor's fixed default, read as a user's value would be.
    func parsedDefault() throws(ParameterError) -> ParameterValue? {
        guard let text = defaultValue.value else { return nil }
        return try parse(.written(text), name: "the default of \(key.flag)")
    }

    /// A whole number written as one (`12`) or as a number without a fraction (`12.0`, `1e3`).
    private static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard let number = Double(text), number == number.rounded(), abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    /// The comma-separated items of `text`, without surrounding spaces.
    private static func items(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
    }
}

extension ParameterSet.Value {
    /// The text of a scalar, quoted or not; nil for a list.
    var scalar: String? {
        switch self {
        case let .written(text), let .quoted(text): text
        case .list: nil
        }
    }

    /// The value as an error message quotes it, shortened (``Swift/String/shown``).
    var shown: String {
        switch self {
        case let .written(text), let .quoted(text): text.shown
        case let .list(items): "a list [\(items.joined(separator: ", ").abridged)]"
        }
    }

    /// The value as the regenerating command writes it.
    var written: String {
        switch self {
        case let .written(text), let .quoted(text): text
        case let .list(items): items.joined(separator: ",")
        }
    }
}
