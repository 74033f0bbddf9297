import ArgumentParser

/// Where the report goes and how the run is shown.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct OutputOptions: ParameterGroup {
    static let title = "Output"

    @Option(name: [.customShort("o"), .long], parsing: ParameterKey.output.parsing, help: ParameterKey.output.help, completion: ParameterKey.output.completion) var output: String?
    @Option(parsing: ParameterKey.templates.parsing, help: ParameterKey.templates.help, completion: ParameterKey.templates.completion) var templates: String?
    @Flag(help: ParameterKey.png.help) var png = false
    @Option(parsing: ParameterKey.title.parsing, help: ParameterKey.title.help) var title: String?
    @Option(parsing: ParameterKey.author.parsing, help: ParameterKey.author.help) var author: String?
    @Flag(name: [.customShort("q"), .long], help: ParameterKey.quiet.help) var quiet = false
    @Flag(help: ParameterKey.open.help) var open = false

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.output, output)
        set.set(.templates, templates)
        set.set(.png, switch: png)
        set.set(.title, title)
        set.set(.author, author)
        set.set(.quiet, switch: quiet)
        set.set(.open, switch: open)
        return set
    }
}
