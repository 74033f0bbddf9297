import Testing
@testable import Report

/// The Assumptions section's comparison of path models hedges a quarter of the study's paths,
/// at most ``ReportPipeline/MonteCarloSettings/comparisonPathLimit`` of them (issue 26).
struct ModelComparisonPathsTests {
    func comparisonPaths(_ paths: Int) -> Int {
        ReportPipeline.MonteCarloSettings(paths: paths, sweep: [], realizedVolatilities: []).comparisonPaths
    }

    @Test func comparesAQuarterOfTheStudyUpToTheLimit() {
        #expect(comparisonPaths(2) == 2)
        #expect(comparisonPaths(1_000) == 250)
        #expect(comparisonPaths(20_000) == 5_000)
        #expect(comparisonPaths(20_004) == 5_000)
        #expect(comparisonPaths(100_000) == 5_000)
    }

    /// The page says how many of the study's paths the comparison took only when the limit cut it.
    @Test func namesTheStudysPathsOnlyWhenTheLimitApplies() {
        #expect(AssumptionsSection.Comparison.limitNote(5_000, study: 100_000).hasPrefix(" (the study's first 5,000 of 100,000: "))
        #expect(AssumptionsSection.Comparison.limitNote(5_000, study: 20_000) == "")
        #expect(AssumptionsSection.Comparison.limitNote(250, study: 1_000) == "")
        #expect(AssumptionsSection.Comparison.limitNote(5_000, study: nil) == "")
    }
}
