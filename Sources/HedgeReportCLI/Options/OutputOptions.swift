import ArgumentParser

/// Where the report goes and how the run is shown.
struct OutputOptions: ParameterGroup {
    static let title = "Output"

    @Option(.output, short: "o") var output: FolderArgument?
    @Option(.templates) var templates: FolderArgument?
    @Flag(.png) var png = false
    @Option(.title) var title: TextArgument?
    @Option(.author) var author: TextArgument?
    @Flag(.quiet, short: "q") var quiet = false
    @Flag(.open) var open = false
}
