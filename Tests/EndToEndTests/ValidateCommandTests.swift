import Foundation
import Testing

/// `hedge-report validate`, the real executable: Hull's and QuantLib's discrete-hedging
/// studies against their published figures (DESIGN.md §2.4 and §3).
@Suite(.timeLimit(.minutes(1)))
struct ValidateCommandTests {
    /// Both studies within tolerance at 4,000 paths (the std of a ratio's estimate is about
    /// 1.1% of it, 0.005 at the widest, inside Hull's ±0.02 and QuantLib's 3%): exit 0, one
    /// row per frequency with the reference beside it.
    @Test func bothStudiesAgreeWithTheirReferences() throws {
        let result = try Executable.run(["validate", "--paths", "4000"])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("hull-discrete-hedging: std(PV of hedging cost) / option value, 4000 paths"))
        #expect(lines.contains("quantlib-discrete-hedging: std of the hedging P&L, 4000 paths"))
        // The references are Monte Carlo estimates too: their error is stated and counted.
        #expect(lines.contains { $0.contains("the reference is a 200000-path Monte Carlo estimate") })
        #expect(lines.contains { $0.contains("the reference is a 50000-path Monte Carlo estimate") })
        #expect(lines.contains("  rebalances   measured   std error   reference   ref error   tolerance   ok"))
        let rows = lines.filter { $0.hasSuffix(" yes") || $0.hasSuffix(" NO") }
        #expect(rows.count == 8 && rows.allSatisfy { $0.hasSuffix(" yes") }, "\(rows)")
        for (rebalances, reference) in [(4, "0.418"), (80, "0.098"), (21, "0.428"), (84, "0.218")] {
            #expect(rows.contains { $0.hasPrefix(String(format: "  %10d", rebalances)) && $0.contains(reference) })
        }
    }

    @Test func oneStudyAndBadPathCounts() throws {
        let one = try Executable.run(["validate", "--case", "quantlib-discrete-hedging", "--paths", "1000"])
        #expect(one.status == 0)
        #expect(!one.standardOutput.contains("hull-discrete-hedging"))
        for bad in ["50", "-3", "many", "20000000"] {
            let result = try Executable.run(["validate", "--paths", bad])
            #expect(result.status == 64, "--paths \(bad)")
            #expect(result.standardError.contains("--paths"), "\(result.standardError)")
        }
        let unknown = try Executable.run(["validate", "--case", "black-scholes-1973"])
        #expect(unknown.status == 64 && unknown.standardError.contains("black-scholes-1973"))
    }
}
