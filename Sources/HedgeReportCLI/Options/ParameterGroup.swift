import ArgumentParser

/// A topic of the command line's flags (contract, market, path, hedge, …), shown under its
/// ``title`` in `--help`. Every flag of a group is a parameter of ``ParameterDescriptor/table``,
/// taken as written and read later with its descriptor.
protocol ParameterGroup: ParsableArguments {
    /// The heading of the group's flags in `--help`.
    static var title: String { get }
    /// The group's flags given on the command line, as written.
    var parameters: ParameterSet { get }
}
