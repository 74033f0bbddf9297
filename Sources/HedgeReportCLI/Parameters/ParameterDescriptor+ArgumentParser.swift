import ArgumentParser

/// What ArgumentParser needs of a parameter's `@Option`, from its descriptor: every option
/// takes its value as text, read later with the descriptor's kind
/// (``ParameterDescriptor/parse(_:name:checkingRange:)``), so flags and config files share one
/// parse and its messages.
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
