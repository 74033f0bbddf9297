import ArgumentParser

/// The study of many paths beside the one shown.
struct StudyOptions: ParameterGroup {
    static let title = "Monte Carlo study"

    @Option(.paths) var paths: String?
    @Option(.sweep) var sweep: String?
    @Option(.mismatchVols) var mismatchVols: String?

    init() {}
}
