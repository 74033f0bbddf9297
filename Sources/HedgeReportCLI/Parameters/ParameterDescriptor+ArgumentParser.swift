import ArgumentParser

/// What ArgumentParser needs of a parameter's `@Option`, from its descriptor: every option
/// takes its value as text, read later with the descriptor's kind
/// (``ParameterDescriptor/parse(_:name:checkingRange:)``), so flags and config files share one
/// parse and its messages.
///
/// The options are not typed (`ExpressibleByArgument`) on purpose: a value ArgumentParser
/// refuses is reported in its words ("The value 'x' is invalid for '--days <number>': …",
/// then the usage) before the config file is read, while the same value under a config key
/// would be refused by the descriptor ("'days' (run.yaml:3) must be …"); and a typed value
/// loses the text as written, which the regenerating command repeats (`--days 60.50`). The
/// types live one step later: the descriptor's kind parses the text, and
/// ``ParameterReader`` hands out numbers, whole numbers and the enumerations of choices.
extension ParameterKey {
    /// The help shown by `--help`: the descriptor's sentence and its default.
    var help: ArgumentHelp {
        ArgumentHelp(descriptor.helpText, valueName: valueName)
    }

    /// Numbers may be negative (`--drift -0.1`), so their value is taken whatever it starts with;
    /// so is `--hedge-vol`'s, a name or a number.
    var parsing: SingleValueParsingStrategy {
        descriptor.takesNegativeValues || self == .hedgeVol ? .unconditional : .next
    }

    /// Shell completion: the choices, or files and folders where the value is a path.
    var completion: CompletionKind? {
        switch (self, descriptor.kind) {
        case let (_, .choice(names)): .list(names)
        case (.prices, _), (.hedgerPrices, _), (.fitPrices, _): .file(extensions: ["csv"])
        case (.output, _), (.templates, _): .directory
        default: nil
        }
    }

    /// The flag's names: `--key`, and `-short` before it when given.
    func names(short: Character?) -> NameSpecification {
        short.map { [.customShort($0), .customLong(rawValue)] } ?? [.customLong(rawValue)]
    }

    /// The name of the option's property: the flag's words in camel case, as the case is
    /// named (`dividend-yield`, `dividendYield`), so that ``ParameterGroup/options`` can tell
    /// whose value a property holds.
    var propertyName: String {
        let words = rawValue.split(separator: "-")
        return words.prefix(1).joined() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private var valueName: String {
        switch descriptor.kind {
        case .number: "number"
        case .integer: "n"
        case let .choice(names): names.joined(separator: "|")
        case .duration: "duration"
        case .date: "date"
        case .list: "list"
        case .specs: "key=value,…"
        case .text, .flag: rawValue
        }
    }
}

extension Option where Value == String? {
    /// The option of `key`, everything from its descriptor: `--key` (and `-short`), the help
    /// with its default, the value's name, the parsing of a negative number, the completion.
    /// The value is kept as written. Declared as `@Option(.key) var key: String?`, the
    /// property named after the key (``ParameterKey/propertyName``).
    init(_ key: ParameterKey, short: Character? = nil) {
        self.init(name: key.names(short: short), parsing: key.parsing, help: key.help, completion: key.completion)
    }
}

extension Option where Value == [String] {
    /// The option of `key` that may be repeated (`--leg`, `--hedge-with`): each value as
    /// written, in order.
    init(wrappedValue: [String], _ key: ParameterKey) {
        self.init(wrappedValue: wrappedValue, name: key.names(short: nil), parsing: .singleValue, help: key.help, completion: key.completion)
    }
}

extension Flag where Value == Bool {
    /// The switch of `key` (`--png`): given means true.
    init(wrappedValue: Bool, _ key: ParameterKey, short: Character? = nil) {
        self.init(wrappedValue: wrappedValue, name: key.names(short: short), help: key.help)
    }
}
