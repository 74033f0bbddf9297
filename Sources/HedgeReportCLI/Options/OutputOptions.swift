import ArgumentParser

/// Where the report goes and how the run is shown.
struct OutputOptions: ParameterGroup {
    static let title = "Output"

    @Option(.output, short: "o") var output: String?
    @Option(.templates) var templates: String?
    @Flag(.png) var png = false
    @Option(.title) var title: String?
    @Option(.author) var author: String?
    @Flag(.quiet, short: "q") var quiet = false
    @Flag(.open) var open = false

    init() {}
}
