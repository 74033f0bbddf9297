import ArgumentParser

/// A position of several holdings instead of one option.
struct BookOptions: ParameterGroup {
    static let title = "Book"

    @Option(.leg) var leg: [String] = []
    @Option(.shares) var shares: String?

    init() {}
}
