/// Typed, checked reads of a ``ParameterSet``: each names the flag or config key it rejects.
extension ParameterSet {
    /// A finite number in `range`, or `fallback` when the key is absent.
    func number(
        _ key: ParameterKey, default fallback: Double? = nil, in range: ClosedRange<Double>, allowed: String
    ) throws(ParameterError) -> Double? {
        let number: Double
        switch values[key] {
        case nil: return fallback
        case let .number(value)?: number = value
        case let .integer(value)?: number = Double(value)
        case let other?: throw .invalid(name(key), allowed, got: Self.describe(other))
        }
        guard number.isFinite, range.contains(number) else {
            throw .invalid(name(key), allowed, got: "\(number)")
        }
        return number
    }

    /// A whole number in `range`, or `fallback` when the key is absent.
    func integer(
        _ key: ParameterKey, default fallback: Int? = nil, in range: ClosedRange<Int>, allowed: String
    ) throws(ParameterError) -> Int? {
        switch values[key] {
        case nil: return fallback
        case let .integer(value)?:
            guard range.contains(value) else { throw .invalid(name(key), allowed, got: "\(value)") }
            return value
        case let .number(value)? where value == value.rounded() && abs(value) < 1e15:
            guard range.contains(Int(value)) else { throw .invalid(name(key), allowed, got: "\(value)") }
            return Int(value)
        case let other?:
            throw .invalid(name(key), allowed, got: Self.describe(other))
        }
    }

    /// Text, or `fallback` when the key is absent.
    func text(_ key: ParameterKey, default fallback: String? = nil, maxLength: Int = 4096) throws(ParameterError) -> String? {
        switch values[key] {
        case nil: return fallback
        case let .text(value)?:
            guard value.count <= maxLength else {
                throw .invalid(name(key), "at most \(maxLength) characters", got: "\(value.count) characters")
            }
            return value
        case let other?: throw .invalid(name(key), "text", got: Self.describe(other))
        }
    }

    /// One of an enumeration's values, by its raw name.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: ParameterKey, default fallback: Choice
    ) throws(ParameterError) -> Choice where Choice.RawValue == String {
        guard let text = try text(key) else { return fallback }
        guard let choice = Choice(rawValue: text.lowercased()) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(name(key), "one of \(allowed)", got: "'\(text)'")
        }
        return choice
    }

    /// A yes/no switch, false when absent.
    func flag(_ key: ParameterKey) throws(ParameterError) -> Bool {
        switch values[key] {
        case nil: return false
        case let .flag(value)?: return value
        case let other?: throw .invalid(name(key), "true or false", got: Self.describe(other))
        }
    }

    /// A list of names (a list, or one comma-separated text), or nil when absent.
    func list(_ key: ParameterKey) throws(ParameterError) -> [String]? {
        switch values[key] {
        case nil: return nil
        case let .list(items)?: return items.flatMap { $0.split(separator: ",").map { $0.trimmingSpaces } }
        case let .text(text)?: return text.split(separator: ",").map { $0.trimmingSpaces }
        case let other?: throw .invalid(name(key), "a list of names", got: Self.describe(other))
        }
    }

    private static func describe(_ value: Value) -> String {
        switch value {
        case let .number(number): "the number \(number)"
        case let .integer(number): "the number \(number)"
        case let .text(text): "the text '\(text)'"
        case let .flag(flag): "\(flag)"
        case let .list(items): "a list [\(items.joined(separator: ", "))]"
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
