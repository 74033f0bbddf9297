import ArgumentParser

/// A position of several holdings instead of one option.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct BookOptions: ParameterGroup {
    static let title = "Book"

    @Option(parsing: .singleValue, help: ParameterKey.leg.help) var leg: [String] = []
    @Option(parsing: ParameterKey.shares.parsing, help: ParameterKey.shares.help) var shares: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        if !leg.isEmpty { set.set(.leg, .list(leg)) }
        set.set(.shares, shares)
        return set
    }
}
