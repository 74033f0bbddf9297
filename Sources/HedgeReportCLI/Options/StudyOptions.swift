import ArgumentParser

/// The study of many paths beside the one shown.
/// Every value is taken as text and read with its parameter's descriptor
/// (``ParameterDescriptor/table``), which also gives the help, the default and the allowed values;
/// each flag may also be a key of `--config FILE`, and a flag overrides the file.
struct StudyOptions: ParameterGroup {
    static let title = "Monte Carlo study"

    @Option(parsing: ParameterKey.paths.parsing, help: ParameterKey.paths.help) var paths: String?
    @Option(parsing: ParameterKey.sweep.parsing, help: ParameterKey.sweep.help) var sweep: String?
    @Option(parsing: ParameterKey.mismatchVols.parsing, help: ParameterKey.mismatchVols.help) var mismatchVols: String?

    init() {}

    /// The flags given on the command line, as written.
    var parameters: ParameterSet {
        var set = ParameterSet()
        set.set(.paths, paths)
        set.set(.sweep, sweep)
        set.set(.mismatchVols, mismatchVols)
        return set
    }
}
