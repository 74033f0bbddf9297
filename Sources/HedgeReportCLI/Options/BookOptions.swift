import ArgumentParser

/// A position of several holdings instead of one option.
struct BookOptions: ParameterGroup {
    static let title = "Book"

    @Option(.leg) var leg: [SpecArgument] = []
    @Option(.shares) var shares: NumberArgument?
}
