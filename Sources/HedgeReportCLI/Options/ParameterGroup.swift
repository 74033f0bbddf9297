import ArgumentParser

/// A topic of the command line's flags (contract, market, path, hedge, …), shown under its
/// ``title`` in `--help`. Every flag of a group is a parameter of ``ParameterDescriptor/table``,
/// declared from its key and the type of its kind (`@Option(.spot) var spot: NumberArgument?`,
/// `ParameterDescriptor+ArgumentParser.swift`), taken as written and read later with its
/// descriptor; each flag may also be a key of `--config FILE`, and a flag overrides the file.
protocol ParameterGroup: ParsableArguments {
    /// The heading of the group's flags in `--help`.
    static var title: String { get }
}

/// One option of a group after parsing.
struct DeclaredOption {
    var key: ParameterKey
    /// The value as written; nil when not given.
    var value: ParameterSet.Value?
    /// The type of the option's value; nil for a switch.
    var argument: (any ParameterArgument.Type)?
}

extension ParameterGroup {
    /// The group's flags given on the command line, as written.
    var parameters: ParameterSet {
        options.reduce(into: ParameterSet()) { $0.set($1.key, $1.value) }
    }

    /// Each of the group's options, in declaration order. An option is found as ArgumentParser
    /// finds it, by reflecting on the stored properties; the property's name tells the
    /// parameter (``ParameterKey/propertyName``).
    var options: [DeclaredOption] {
        Mirror(reflecting: self).children.map { property in
            guard let label = property.label, let key = ParameterKey.byPropertyName["\(label.dropFirst())"] else {
                preconditionFailure("\(Self.self).\(property.label ?? "?") is not named after a parameter")
            }
            switch property.value {
            case let option as any ParameterOption: return DeclaredOption(key: key, value: option.given, argument: option.argument)
            case let flag as Flag<Bool>: return DeclaredOption(key: key, value: flag.wrappedValue ? .written("true") : nil)
            default: preconditionFailure("\(Self.self): \(key.flag) is a \(type(of: property.value)), not a parameter's option or switch")
            }
        }
    }
}

/// An `@Option` of a parameter, seen through reflection: its value as written and its type.
private protocol ParameterOption {
    var given: ParameterSet.Value? { get }
    var argument: any ParameterArgument.Type { get }
}

/// An option's value: one argument or none, or a repeated option's arguments.
private protocol ParameterOptionValue {
    var given: ParameterSet.Value? { get }
    static var argument: any ParameterArgument.Type { get }
}

extension Option: ParameterOption where Value: ParameterOptionValue {
    fileprivate var given: ParameterSet.Value? { wrappedValue.given }
    fileprivate var argument: any ParameterArgument.Type { Value.argument }
}

extension Optional: ParameterOptionValue where Wrapped: ParameterArgument {
    fileprivate var given: ParameterSet.Value? { map { .written($0.written) } }
    fileprivate static var argument: any ParameterArgument.Type { Wrapped.self }
}

extension Array: ParameterOptionValue where Element: ParameterArgument {
    fileprivate var given: ParameterSet.Value? { isEmpty ? nil : .list(map(\.written)) }
    fileprivate static var argument: any ParameterArgument.Type { Element.self }
}

private extension ParameterKey {
    /// The parameters by the names of their options' properties.
    static let byPropertyName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.propertyName, $0) })
}
