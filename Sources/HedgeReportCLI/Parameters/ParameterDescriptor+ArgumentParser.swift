import ArgumentParser

/// What ArgumentParser needs of a parameter's option: its names and help from the descriptor;
/// its value name, whether a value may start with a dash, and its completion from the type of
/// its value (``ParameterArgument``), which must be the row's kind.
///
/// The value is typed but never refused by ArgumentParser: a flag and a config key are read by
/// one parse, ``ParameterDescriptor/parse(_:name:checkingRange:)``, after the flags are laid
/// over the file, so "--days must be a number, got 'x'" is the same message with the same exit
/// status as "'days' (run.yaml:3) must be a number, got 'x'", never ArgumentParser's "The value
/// 'x' is invalid for '--days <number>'" and its usage; and the text as written reaches the
/// regenerating command (`--days 60.50`). ``ParameterReader`` hands out the typed values.
extension ParameterKey {
    /// The help shown by `--help`: the descriptor's sentence and its default.
    func help(valueName: String) -> ArgumentHelp {
        ArgumentHelp(descriptor.helpText, valueName: valueName)
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

    /// Stops the program when `Argument` is not this parameter's kind: a declaration that
    /// disagrees with its row fails on the first run, and in `ParameterOptionTests`.
    func check<Argument: ParameterArgument>(_: Argument.Type) {
        precondition(Argument.carries(descriptor.kind), "\(flag) is declared \(Argument.self), and its row's kind is \(descriptor.kind)")
    }
}

extension Option {
    /// The option of `key`, declared `@Option(.key) var key: KindArgument?`, the property named
    /// after the key (``ParameterKey/propertyName``): `--key` (and `-short`), the help with its
    /// default from the row; the value's name, parsing and completion from its type.
    init<Argument: ParameterArgument>(_ key: ParameterKey, short: Character? = nil) where Value == Argument? {
        key.check(Argument.self)
        self.init(
            name: key.names(short: short), parsing: Argument.takesDashedValues ? .unconditional : .next,
            help: key.help(valueName: Argument.valueName(key)), completion: Argument.defaultCompletionKind
        )
    }

    /// The option of `key` that may be repeated (`--leg`, `--hedge-with`): each value as
    /// written, in order.
    init<Argument: ParameterArgument>(wrappedValue: [Argument], _ key: ParameterKey) where Value == [Argument] {
        key.check(Argument.self)
        self.init(
            wrappedValue: wrappedValue, name: key.names(short: nil), parsing: .singleValue,
            help: key.help(valueName: Argument.valueName(key)), completion: Argument.defaultCompletionKind
        )
    }
}

extension Flag where Value == Bool {
    /// The switch of `key` (`--png`): given means true.
    init(wrappedValue: Bool, _ key: ParameterKey, short: Character? = nil) {
        precondition(key.descriptor.kind.isFlag, "\(key.flag) is declared a switch, and its row's kind is \(key.descriptor.kind)")
        self.init(wrappedValue: wrappedValue, name: key.names(short: short), help: key.help(valueName: key.rawValue))
    }
}

private extension ParameterDescriptor.Kind {
    var isFlag: Bool {
        if case .flag = self { true } else { false }
    }
}
