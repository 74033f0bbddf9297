import Foundation
@testable import HedgeReportCLI
import Testing

/// Zero and subnormal values in every flag that takes a volatility, rate, price or cost, and
/// beside the hedger's flags (issue 24, 3): each gives a report with finite numbers only, or a
/// refusal with 64, 65 or 74 naming a flag — never exit 70, never a crash. Runs in process at
/// a small size (10 lattice levels, 5 days): about 30 s of the debug build.
struct DegenerateValueTests {
    /// Zero and the smallest subnormal; 1e-300 (whose square underflows) is drawn for the
    /// realized volatility end to end (`DegenerateInputTests`).
    static let values = ["0", "5e-324"]
    static let flags: [[String]] = [
        ["--vol"], ["--realized-vol"], ["--rate"], ["--dividend-yield"], ["--drift"], ["--spot"], ["--strike"], ["--premium"],
        ["--cost-bps"], ["--fee-per-trade"], ["--iv-spread"], ["--hedger-correlation"],
        ["--hedger-seed", "5", "--realized-vol"], ["--hedger-correlation", "0.5", "--realized-vol"],
        ["--path-model", "merton", "--jump-intensity"], ["--path-model", "merton", "--jump-std"],
        ["--path-model", "heston", "--heston-xi"], ["--path-model", "heston", "--heston-v0"],
        ["--style", "european", "--vol"], ["--style", "european", "--realized-vol"],
    ]

    @Test(arguments: flags)
    func zeroOrSubnormalValueGivesAReportOrANamedRefusal(flag: [String]) throws {
        let folder = try Invocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for value in Self.values {
            let arguments = ["--lattice-steps", "10", "--days", "5", "--paths", "0"] + flag + [value]
            let command = "hedge-report report " + arguments.joined(separator: " ")
            let output = folder.appendingPathComponent("run").path
            let resolved: ResolvedReport
            do {
                resolved = try Invocation.report(arguments + ["--output", output, "--quiet"])
            } catch let error as ParameterError {
                #expect([64, 65, 74].contains(error.exitStatus), "\(command): \(error)")
                #expect(error.description.contains("--"), "a refusal names no flag: \(command): \(error)")
                continue
            }
            do {
                _ = try resolved.pipeline.run(progress: { _ in }, studyProgress: nil)
            } catch {
                Issue.record("exit 70 on legal input: \(command): \(error)")
                continue
            }
            try LegalInputPropertyTests.expectFiniteOutputs(in: output, command: command)
            try? FileManager.default.removeItem(atPath: output)
        }
    }
}
