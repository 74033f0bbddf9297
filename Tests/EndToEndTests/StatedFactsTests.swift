import Foundation
import Testing

/// Review findings 5, 10 and 12 on the page: what a sentence states is what the run did.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct StatedFactsTests {
    static func report(_ arguments: [String]) throws -> GeneratedReport {
        try GeneratedReport.generated(arguments)
    }

    /// The course's put struck at 500 is worth its intrinsic value when bought: exercised at the
    /// start (ledger row 0), nothing lost, and the page says so without asking for a hedge.
    @Test func optionWorthItsIntrinsicValueWhenBoughtIsExercisedAtTheStart() throws {
        let report = try Self.report(["--strike", "500", "--paths", "0"])
        #expect(report.ledger["exercised"] == [1], "\(report.ledger["exercised"] ?? [])")
        #expect(report.value("degenerate", "reason") as? String == "exercised-at-start")
        #expect(report.text.contains("Exercising at once is optimal, so the option is exercised at the start"))
        #expect(report.text.contains("Exercised when bought, it leaves no exposure to offset."))
        #expect(!report.text.contains("the hedge must be rebalanced"))
        #expect(report.text.contains("none: the path ends before it has two log returns to measure"))
        // No path to follow: no "One path, step by step" section with a one-point chart and
        // "Over 0 rebalancing intervals".
        #expect(!report.text.contains("One path, step by step") && !report.text.contains("Over 0 rebalancing"))
    }

    /// A price file's rows: the parameters table gives the mean gap the introduction gives, with
    /// the median beside it, and the realized volatility's formula is the one computed.
    @Test func priceFileRowsDescribeTheGapsAndTheEstimator() throws {
        let report = try Self.report(["--prices", PriceFileTests.tsla, "--paths", "0"])
        #expect(report.text.contains("rebalanced at every price, one every 1.5 days on average (the median gap 1 day)"))
        #expect(report.text.contains("√(Σ(rᵢ − μ̂·δtᵢ)² ÷ Σδtᵢ · n/(n − 1))"))
        #expect(!report.text.contains("about every 1 day"))
        #expect(!report.text.contains("each over its own span of years, annualised"))
    }

    /// At --vol 0.05 the standard jumps would carry more than half of σ²: the comparison cuts λ,
    /// and the page says by how much and why.
    @Test func cappedJumpIntensityIsSaidWithItsReason() throws {
        let report = try Self.report(["--vol", "0.05", "--paths", "64", "--sweep", "none", "--mismatch-vols", "none", "--lattice-steps", "60"])
        #expect(report.text.contains(
            "jump 0.06 times a year on average (about 0.01 jumps a path over 60.5 days; fewer than the standard 2 a year: jumps that "
                + "often, of this size, would carry more than half the variance of ln S at 5.0%, so λ is cut until the diffusion keeps half of it)"
        ), "\(report.text.range(of: "Merton's paths").map { String(report.text[$0.lowerBound...].prefix(400)) } ?? "no comparison")")
    }
}
