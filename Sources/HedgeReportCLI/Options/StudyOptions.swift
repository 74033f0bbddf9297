import ArgumentParser

/// The study of many paths beside the one shown.
struct StudyOptions: ParameterGroup {
    static let title = "Monte Carlo study"

    @Option(.paths) var paths: WholeNumberArgument?
    @Option(.sweep) var sweep: ListArgument?
    @Option(.mismatchVols) var mismatchVols: ListArgument?
}
