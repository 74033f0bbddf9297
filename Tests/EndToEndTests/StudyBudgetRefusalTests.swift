import Foundation
import Testing

/// The release executable refuses a study past the work budget at once (issue 24: `report
/// --lattice-method bbsr --lattice-steps 6000 --paths 2` ran past 120 s), with 64 and nothing
/// written.
struct StudyBudgetRefusalTests {
    @Test func bbsrStudyPastTheBudgetIsRefusedInSeconds() throws {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        let clock = ContinuousClock()
        var result: Executable.Result?
        let elapsed = try clock.measure {
            result = try Executable.run([
                "report", "--lattice-method", "bbsr", "--lattice-steps", "6000", "--paths", "2", "--output", output.path,
            ])
        }
        let run = try #require(result)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("the Monte Carlo study (--paths 2) reprices its grids with --lattice-method bbsr"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(elapsed < .seconds(10), "refused after \(elapsed)")
    }
}
