import ArgumentParser

/// The value of a parameter's option, typed by its descriptor's kind and kept as written.
///
/// The type states the kind at the declaration (`@Option(.spot) var spot: NumberArgument?`),
/// and the option checks it against the row (``ParameterDescriptor/kind``) when it is made, so
/// the two cannot disagree. It gives `--help` its value name, a choice's names and the shell
/// its completion. `init?(argument:)` never refuses: a value is read once, by the descriptor
/// (``ParameterDescriptor/parse(_:name:checkingRange:)``), after the flags are laid over the
/// config file (``ParameterSet/overridden(by:)``), so that `--days x` and `days: x` get the same
/// message and exit status (DESIGN.md §4) — ArgumentParser would refuse the flag in its own
/// words, with the usage, before the file is read — and the text as written (`--days 60.50`)
/// reaches the regenerating command.
protocol ParameterArgument: ExpressibleByArgument, Sendable {
    /// The value as written on the command line.
    var written: String { get }
    init(written: String)

    /// True when this type carries values of `kind`: the check that a property's type is its
    /// row's kind.
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool
    /// The value's name in `--help` (`--spot <number>`), for `key`.
    static func valueName(_ key: ParameterKey) -> String
    /// True when the value is taken whatever it starts with: numbers, lists and durations may
    /// start with a dash (`--drift -0.1`, `--mismatch-vols -0.2`), so that a negative one is
    /// refused by its range, not reported missing.
    static var takesDashedValues: Bool { get }
}

extension ParameterArgument {
    init?(argument: String) {
        self.init(written: argument)
    }

    static var takesDashedValues: Bool { false }

    /// No list of values for ArgumentParser: it would add "(values: …)" to a help that
    /// states them already, and it never needs them to refuse a value (``ParameterArgument``).
    static var allValueStrings: [String] { [] }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// A number (``ParameterDescriptor/Kind/number(_:)``), read as a `Double`.
struct NumberArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .number = kind { true } else { false } }
    static func valueName(_: ParameterKey) -> String { "number" }
    static var takesDashedValues: Bool { true }
}

/// A whole number (``ParameterDescriptor/Kind/integer(_:)``), read as an `Int`.
struct WholeNumberArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .integer = kind { true } else { false } }
    static func valueName(_: ParameterKey) -> String { "n" }
    static var takesDashedValues: Bool { true }
}

/// One of the names of `Choices` (``ParameterDescriptor/Kind/choice(_:)`` of that type), shown
/// as `a|b|c` and completed from them.
struct Choice<Choices: ParameterChoices>: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool {
        if case let .choice(choices) = kind { choices == Choices.self } else { false }
    }
    static func valueName(_: ParameterKey) -> String { Choices.choiceNames.joined(separator: "|") }
    static var defaultCompletionKind: CompletionKind { .list(Choices.choiceNames) }
}

/// Text of a bounded length (``ParameterDescriptor/Kind/text(maxLength:)``): a name, a title.
struct TextArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .text = kind { true } else { false } }
    static func valueName(_ key: ParameterKey) -> String { key.rawValue }
}

/// Text that is a name or a number (`--hedge-vol implied`, `--hedge-vol 0.4`), taken whatever
/// it starts with, as a number is, so that a negative one is refused by the resolver's range.
struct NameOrNumberArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { TextArgument.carries(kind) }
    static func valueName(_ key: ParameterKey) -> String { key.rawValue }
    static var takesDashedValues: Bool { true }
}

/// A price file's path (text), completed with CSV files.
struct FileArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { TextArgument.carries(kind) }
    static func valueName(_ key: ParameterKey) -> String { key.rawValue }
    static var defaultCompletionKind: CompletionKind { .file(extensions: ["csv"]) }
}

/// A folder's path (text), completed with folders.
struct FolderArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { TextArgument.carries(kind) }
    static func valueName(_ key: ParameterKey) -> String { key.rawValue }
    static var defaultCompletionKind: CompletionKind { .directory }
}

/// A duration, `1d`, `30m` (``ParameterDescriptor/Kind/duration``).
struct DurationArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .duration = kind { true } else { false } }
    static func valueName(_: ParameterKey) -> String { "duration" }
    static var takesDashedValues: Bool { true }
}

/// A calendar date (``ParameterDescriptor/Kind/date``).
struct DateArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .date = kind { true } else { false } }
    static func valueName(_: ParameterKey) -> String { "date" }
}

/// Names or numbers, comma separated (``ParameterDescriptor/Kind/list``).
struct ListArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .list = kind { true } else { false } }
    static func valueName(_: ParameterKey) -> String { "list" }
    static var takesDashedValues: Bool { true }
}

/// One item's `key=value` pairs (``ParameterDescriptor/Kind/specs``); the flag is repeated.
struct SpecArgument: ParameterArgument {
    let written: String
    static func carries(_ kind: ParameterDescriptor.Kind) -> Bool { if case .specs = kind { true } else { false } }
    static func valueName(_: ParameterKey) -> String { "key=value,…" }
}
