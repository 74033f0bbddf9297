/// What one parameter is, stated once: its kind and allowed values, its default, its unit, its
/// help and its label in the report.
///
/// Everything else is derived from it: the flag's help text with its default
/// (``helpText``), the config file's key (the same name, ``ParameterKey``), the parse of a value
/// written on the command line or in a config file (``parse(_:name:)``, one path for both), the
/// range check and its message (``allowed``, in the kind's words unless the row says more), the
/// option's flag, help and value name (`@Option(.key)`, `ParameterDescriptor+ArgumentParser.swift`),
/// the type of its value (``ParameterArgument``, checked against ``kind``), the regenerating
/// command, the report's parameter table and `summary.json.parameters` (``ResolvedParameters``).
/// A new parameter is a case of ``ParameterKey``, a row of ``table``, its one-line
/// `@Option(.key) var key: KindArgument?` in the group of its topic (ArgumentParser needs a
/// stored property) and the read in the resolver that gives it meaning; the rest follows.
struct ParameterDescriptor: Sendable {
    /// What a value must be.
    enum Kind: Sendable {
        /// A finite number in the range.
        case number(ClosedRange<Double>)
        /// A whole number in the range.
        case integer(ClosedRange<Int>)
        /// One of the names of a type's values (compared in lower case): `.choice(LatticeMethod.self)`.
        case choice(any ParameterChoices.Type)
        /// Text of at most this many characters.
        case text(maxLength: Int)
        /// A duration: a positive number followed by m, h, d or w (`TradingDuration`).
        case duration
        /// A calendar date, `YYYY-MM-DD` or `M/D/YYYY` (`CalendarDate(parsing:)`).
        case date
        /// Names or numbers, comma separated (or a YAML list); the resolver checks each item.
        case list
        /// Specifications of one item each, `key=value` pairs comma separated; the flag is
        /// repeated for each (`--leg …`), a config file gives a list of mappings. The resolver
        /// checks each item.
        case specs
        /// A switch: given means true.
        case flag
    }

    /// A default: a value where it is fixed, a rule where it depends on other values.
    struct Default: Sendable {
        /// The default as a user would write it; nil when there is none or it depends on others.
        var value: String?
        /// When the default is not `value`, or there is no fixed value, what it is instead.
        var rule: String?

        static let none = Default(value: nil, rule: nil)
        static func value(_ text: String, otherwise rule: String? = nil) -> Default { Default(value: text, rule: rule) }
        static func rule(_ text: String) -> Default { Default(value: nil, rule: text) }
    }

    /// How the report's table shows a value.
    enum Display: Sendable {
        /// As written (`261.4899`, `put`, `1d`).
        case written
        /// A fraction as a percentage with this many decimals (`0.0431` → `4.31%`).
        case percent(decimals: Int)
    }

    /// How an error message says what is allowed (``allowed``).
    enum Allowed: Sendable {
        /// The kind's own words (``Kind/allowed``): "one of crr, bbs, bbsr", "a whole number ≥ 0".
        case kind
        /// What a value is, then the kind's range: "a rate per year" gives "a rate per year from
        /// −1 to 1".
        case range(of: String)
        /// Words that say more than the kind: a floor that stands for "> 0", examples, the
        /// items of a list.
        case words(String)
    }

    var key: ParameterKey
    var kind: Kind
    var defaultValue: Default
    /// What is allowed, in the words of error messages; by default the kind's.
    var allowedWords: Allowed = .kind
    /// The unit of a value, shown in the report's table ("USD per share"); empty (the default)
    /// for none.
    var unit: String = ""
    /// One sentence saying what the parameter does, without its default.
    var help: String
    /// The row's name in the report's parameter table; nil when the table does not show it.
    var label: String?
    /// The key of `summary.json.parameters`; nil when the summary does not record it (where the
    /// files go and how the run is shown are not inputs to its numbers).
    var summaryKey: String?
    var display: Display = .written

    /// What is allowed, for error messages: "NAME must be ALLOWED, got VALUE".
    var allowed: String {
        switch allowedWords {
        case .kind: kind.allowed
        case let .range(of: what): "\(what) \(kind.rangeWords)"
        case let .words(words): words
        }
    }

    /// The flag's help: the sentence, then the default from ``defaultValue``, the same value the
    /// resolver applies.
    var helpText: String {
        var parts = [help]
        switch (defaultValue.value, defaultValue.rule) {
        case let (value?, rule?): parts.append("Default: \(value); \(rule).")
        case let (value?, nil): parts.append("Default: \(value).")
        case let (nil, rule?): parts.append("Default: \(rule).")
        case (nil, nil): break
        }
        return parts.joined(separator: " ")
    }

}

extension ParameterKey {
    /// This parameter's row of ``ParameterDescriptor/table``.
    var descriptor: ParameterDescriptor {
        ParameterDescriptor.byKey[self]!
    }
}
