import ArgumentParser

/// A topic of the command line's flags (contract, market, path, hedge, …), shown under its
/// ``title`` in `--help`. Every flag of a group is a parameter of ``ParameterDescriptor/table``,
/// declared from its key alone (`@Option(.spot) var spot: String?`,
/// `ParameterDescriptor+ArgumentParser.swift`), taken as written and read later with its
/// descriptor; each flag may also be a key of `--config FILE`, and a flag overrides the file.
protocol ParameterGroup: ParsableArguments {
    /// The heading of the group's flags in `--help`.
    static var title: String { get }
}

extension ParameterGroup {
    /// The group's flags given on the command line, as written.
    var parameters: ParameterSet {
        options.reduce(into: ParameterSet()) { $0.set($1.key, $1.value) }
    }

    /// Each of the group's options, in declaration order, with its value as written: nil when
    /// not given. An option is found as ArgumentParser finds it, by reflecting on the stored
    /// properties; the property's name tells the parameter (``ParameterKey/propertyName``).
    var options: [(key: ParameterKey, value: ParameterSet.Value?)] {
        Mirror(reflecting: self).children.map { property in
            guard let label = property.label, let key = ParameterKey.byPropertyName["\(label.dropFirst())"] else {
                preconditionFailure("\(Self.self).\(property.label ?? "?") is not named after a parameter")
            }
            return (key, Self.value(of: property.value, key))
        }
    }

    /// The value an option's property holds after parsing, as written.
    private static func value(of property: Any, _ key: ParameterKey) -> ParameterSet.Value? {
        switch property {
        case let option as Option<String?>: option.wrappedValue.map(ParameterSet.Value.written)
        case let option as Option<[String]>: option.wrappedValue.isEmpty ? nil : .list(option.wrappedValue)
        case let flag as Flag<Bool>: flag.wrappedValue ? .written("true") : nil
        default: preconditionFailure("\(Self.self): \(key.flag) is a \(type(of: property)), not an option of text, texts or a switch")
        }
    }
}

private extension ParameterKey {
    /// The parameters by the names of their options' properties.
    static let byPropertyName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.propertyName, $0) })
}
