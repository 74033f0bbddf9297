@testable import Analytics
import Testing
@testable import Report

/// The sentences of "Which volatility to hedge with" on numbers whose answers are worked by
/// hand: a std against its theory in standard errors, in the same words and order wherever it
/// is stated, the hedges at implied and at realized compared, and the largest one-date move.
struct HedgeVolatilityFindingsTests {
    static func point(_ rebalances: Int, std: Double, error: Double, theory: Double? = nil) -> MonteCarloReport.SweepPoint {
        MonteCarloReport.SweepPoint(rebalances: rebalances, std: std, theory: theory, mean: 0, meanStandardError: 1, stdStandardError: error)
    }

    /// Hedged at implied (60.56%): no theory of the std. Hedged at realized (80%): a std of
    /// $557.24 ± $39.80 against the theory's $543.98, (557.24 − 543.98) / 39.80 = +0.33 standard errors.
    static let outcomes = [
        HedgeVolatilityOutcome(
            hedgeVolatility: "implied", volatility: 0.6056, mean: 10, meanStandardError: 2, std: 698.74, stdStandardError: 59.69,
            sweep: [point(6, std: 1_260.99, error: 100), point(30, std: 698.74, error: 59.69)]
        ),
        HedgeVolatilityOutcome(
            hedgeVolatility: "realized", volatility: 0.8, mean: 5, meanStandardError: 2, std: 557.24, stdStandardError: 39.80,
            theoryStd: 543.98, sweep: [point(6, std: 1_184.12, error: 90), point(30, std: 557.24, error: 39.80, theory: 543.98)]
        ),
    ]

    @Test func sweepCaptionStatesTheTheoryThenItsDistanceInStandardErrors() {
        #expect(HedgeVolatilityFindings.sweepCaption(Self.outcomes)
            == "Hedged at implied, the std goes from $1,260.99 at N = 6 to $698.74 ± $59.69 at N = 30. "
            + "Hedged at realized, the std goes from $1,184.12 at N = 6 to $557.24 ± $39.80 at N = 30; "
            + "the theory gives $543.98 there (+0.3 standard errors). "
            + "At N = 30 the hedge at implied has 1.25× the std of the hedge at realized.")
    }

    @Test func studyParagraphStatesTheStdAgainstItsTheoryAndTheRatioOfSpreads() {
        let paragraph = HedgeVolatilityFindings.studyParagraph(Self.outcomes)
        #expect(paragraph.contains("with a std of $698.74 ± $59.69."))
        #expect(paragraph.contains("with a std of $557.24 ± $39.80 against the discrete-hedging theory's $543.98 (+0.3 standard errors)."))
        // 557.24 / 698.74 = 0.7975.
        #expect(paragraph.contains("On the same paths the hedge at realized has 0.80× the std of the hedge at implied: its final P&L is less spread"))
    }

    @Test func noStandardErrorsWithoutAnErrorToMeasureBy() {
        #expect(HedgeVolatilityFindings.standardErrors(557.24, 0, from: 543.98) == nil)
        #expect(HedgeVolatilityFindings.standardErrors(557.24, 39.80, from: 543.98) == "(+0.3 standard errors)")
    }

    /// Largest one-date moves: |−4 − 6| = 10 at implied, |3 − (−2)| = 5 at realized, so 0.50×.
    @Test func pathCaptionComparesTheLargestOneDateMoves() {
        let paths = [
            HedgeVolatilityPath(hedgeVolatility: "implied", volatility: 0.6056, times: [0, 1, 2], profits: [0, 6, -4]),
            HedgeVolatilityPath(hedgeVolatility: "realized", volatility: 0.8, times: [0, 1, 2], profits: [0, -2, 3]),
        ]
        let caption = HedgeVolatilityFindings.pathCaption(paths, destination: nil)
        #expect(caption.contains("moved at most $10.00 from one date to the next"))
        #expect(caption.contains("moved at most $5.00 from one date to the next"))
        #expect(caption.hasSuffix("The largest one-date move of the hedge at realized is 0.50× the hedge at implied's."))
    }
}
