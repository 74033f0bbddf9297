import Analytics
import Foundation
import Testing
@testable import Report

/// The study's verdict on a hedge with options says what its std shows against the
/// shares-only hedge's in both directions, with the ratio of the larger to the smaller and its
/// standard error (review finding 1: a std 306 times larger was called “not clearly smaller
/// (a ratio of 0.00 ± 0.00)”).
struct HedgeOptionsVerdictTests {
    private func point(_ hedge: String, std: Double, error: Double) throws -> MonteCarloReport.HedgeComparisonPoint {
        let json = #"{"hedge":"\#(hedge)","mean":0,"std":\#(std),"meanStandardError":0,"stdStandardError":\#(error),"meanTradedValue":0}"#
        return try JSONDecoder().decode(MonteCarloReport.HedgeComparisonPoint.self, from: Data(json.utf8))
    }

    /// The reviewer's run (a 270 call and a 240 put of 90 days, now refused at the command
    /// line): 79,570.17 ± 22,632.38 against 260.25 ± 7.54, a ratio of 305.7 ± 87.
    @Test func aLargerStdIsCalledLargerWithItsRatio() throws {
        let shares = try point("shares", std: 260.24903703993806, error: 7.54441877611807)
        let hedge = try point("delta-gamma-vega", std: 79_570.16753328765, error: 22_632.37559100361)
        #expect(HedgeOptionsSection.Spread(hedge, against: shares) == .larger)
        let ratio = 79_570.16753328765 / 260.24903703993806
        let error = ratio * ((7.54441877611807 / 260.24903703993806).squared + (22_632.37559100361 / 79_570.16753328765).squared).squareRoot()
        #expect(HedgeOptionsSection.verdict(hedge, against: shares)
            == "\(NumberFormat.number(ratio, decimals: 0)) times larger (± \(NumberFormat.number(error, decimals: 0)))")
        #expect(HedgeOptionsSection.verdict(hedge, against: shares) == "306 times larger (± 87)")
    }

    /// The Δ-Γ hedge of the same study: 40.84 ± 2.59 against 260.25 ± 7.54, 6.4 ± 0.4 times smaller,
    /// as the page said before.
    @Test func aSmallerStdIsCalledSmallerWithItsRatio() throws {
        let shares = try point("shares", std: 260.24903703993806, error: 7.54441877611807)
        let hedge = try point("delta-gamma", std: 40.83836353589121, error: 2.590608515334143)
        #expect(HedgeOptionsSection.Spread(hedge, against: shares) == .smaller)
        #expect(HedgeOptionsSection.verdict(hedge, against: shares) == "6.4 times smaller (± 0.4)")
    }

    /// Within 2 summed standard errors: not clearly different, the hedge's std as a multiple of
    /// the shares-only one.
    @Test func aStdWithinNoiseIsNotClearlyDifferent() throws {
        let shares = try point("shares", std: 100, error: 5)
        let hedge = try point("delta-gamma", std: 110, error: 5)
        #expect(HedgeOptionsSection.Spread(hedge, against: shares) == .notClearlyDifferent)
        #expect(HedgeOptionsSection.verdict(hedge, against: shares) == "not clearly different (1.10 ± 0.07 times the shares-only std)")
    }
}

private extension Double {
    var squared: Double { self * self }
}
