import MarketData
import Simulation

/// Reads parameters with their descriptors and records each resolved value, so that the
/// regenerating command, the report's table and `summary.json` list what the run used.
///
/// Each read takes the value given (a flag, or a config file's key), else a default that
/// depends on other values (`otherwise`), else the descriptor's fixed default; it records the
/// value with its text as given, or the shortest text that reads back as the value.
struct ParameterReader: Sendable {
    let given: ParameterSet
    private(set) var resolved = ResolvedParameters()

    init(_ given: ParameterSet) {
        self.given = given
    }

    /// How an error names `key`: the flag, or the config file's key, file and line.
    func name(_ key: ParameterKey) -> String {
        given.name(key)
    }

    /// The value of `key`, recorded; nil when it has no value (none given, no default).
    private mutating func read(_ key: ParameterKey, otherwise rule: ParameterValue?) throws(ParameterError) -> ParameterValue? {
        if let value = try given.given(key) {
            resolved.record(key, value, written: given.values[key]!.written)
            return value
        }
        let fixed = try key.descriptor.parsedDefault()
        guard let value = rule ?? fixed else { return nil }
        resolved.record(key, value)
        return value
    }

    /// A number of `key`'s range.
    mutating func number(_ key: ParameterKey, otherwise rule: Double? = nil) throws(ParameterError) -> Double? {
        guard case let .number(number)? = try read(key, otherwise: rule.map(ParameterValue.number)) else { return nil }
        return number
    }

    /// A whole number of `key`'s range.
    mutating func integer(_ key: ParameterKey, otherwise rule: Int? = nil) throws(ParameterError) -> Int? {
        guard case let .integer(number)? = try read(key, otherwise: rule.map(ParameterValue.integer)) else { return nil }
        return number
    }

    /// Text, a duration's text, or a choice's name.
    mutating func text(_ key: ParameterKey, otherwise rule: String? = nil) throws(ParameterError) -> String? {
        guard case let .text(text)? = try read(key, otherwise: rule.map(ParameterValue.text)) else { return nil }
        return text
    }

    /// One of a choice's values: the one given, else `rule` (a default that depends on other
    /// values), else the row's fixed default. `Choice` is the type the row names
    /// (``ParameterDescriptor/Kind/choice(_:)``), whose names the parse has checked.
    mutating func choice<Choice: ParameterChoice>(_ key: ParameterKey, otherwise rule: Choice? = nil) throws(ParameterError) -> Choice {
        guard case let .choice(choices) = key.descriptor.kind, choices == Choice.self else {
            preconditionFailure("\(key.flag) is not a choice of \(Choice.self)")
        }
        guard let name = try text(key, otherwise: rule?.choiceName), let choice = Choice(choiceName: name) else {
            preconditionFailure("\(key.flag) has no value and no default")
        }
        return choice
    }

    /// A duration (`1d`, `30m`) with its text as given, which messages quote; nil when neither
    /// given nor a fixed default.
    mutating func duration(_ key: ParameterKey) throws(ParameterError) -> (duration: TradingDuration, text: String)? {
        guard let text = try text(key) else { return nil }
        guard let duration = TradingDuration(text) else { preconditionFailure("\(key.flag): the parse let through \(text)") }
        return (duration, text)
    }

    /// A calendar date, recorded in ISO form (the command keeps it as written); nil when not given.
    mutating func date(_ key: ParameterKey) throws(ParameterError) -> CalendarDate? {
        guard let text = try text(key) else { return nil }
        guard let date = CalendarDate(parsing: text) else { preconditionFailure("\(key.flag): the parse let through \(text)") }
        record(key, .text(date.description), written: given.values[key]?.written)
        return date
    }

    /// A list's items, or nil when the list is neither given nor has a fixed default.
    mutating func list(_ key: ParameterKey) throws(ParameterError) -> [String]? {
        guard case let .list(items)? = try read(key, otherwise: nil) else { return nil }
        return items
    }

    /// A switch: true when given as true; recorded only then.
    mutating func flag(_ key: ParameterKey) throws(ParameterError) -> Bool {
        guard case let .flag(on)? = try given.given(key) else { return false }
        if on { resolved.record(key, .flag(true)) }
        return on
    }

    /// Records a default the run derived for `key`, written as its shortest text.
    mutating func record(_ key: ParameterKey, _ value: ParameterValue) {
        resolved.record(key, value)
    }

    /// Records `value` for `key` in place of what was read: a value the run derived.
    /// `written` is the text for the regenerating command (nil leaves the key out of it).
    mutating func record(_ key: ParameterKey, _ value: ParameterValue, written: String?) {
        resolved.record(key, value, written: written)
    }

    /// Leaves `key` out of the regenerating command (another parameter reproduces it).
    mutating func leaveOutOfCommand(_ key: ParameterKey) {
        resolved.leaveOutOfCommand(key)
    }

    /// Keeps `key` out of the report's table (it does not apply to this run).
    mutating func hideFromTable(_ key: ParameterKey) {
        resolved.hideFromTable(key)
    }
}
