import Foundation
import Testing
@testable import Analytics

/// `validate` judges each figure within the reference's rounding plus three standard errors
/// of the measured one: wide enough for the documented minimum of 100 paths, narrow enough at
/// 200,000 paths to catch an implementation that is wrong by a percent or two.
struct ValidationToleranceTests {
    /// `validate --paths 100` with the cases' own seeds (it failed QuantLib's N = 21 row,
    /// 0.4449 against 0.428 ± 3%).
    @Test(arguments: ValidationCase.allCases)
    func documentedMinimumPassesWithTheCasesSeed(_ study: ValidationCase) throws {
        for row in try study.run(paths: 100) {
            #expect(row.isClose, "N = \(row.rebalances): \(row.measured) ± \(row.standardError) vs \(row.reference)")
        }
    }

    /// At 100 paths nearly every seed passes: three standard errors leave each row a 0.3%
    /// chance to fail if the standard error were exact, and the estimate of it from 100 paths
    /// is itself rough, so 38 of 40 seeds must pass every row of both cases.
    @Test func documentedMinimumPassesForMostSeeds() throws {
        var passing = 0
        for seed in UInt64(1)...40 {
            let rows = try ValidationCase.hull.run(paths: 100, seed: seed) + ValidationCase.quantLib.run(paths: 100, seed: seed)
            if rows.allSatisfy(\.isClose) { passing += 1 }
        }
        #expect(passing >= 38, "\(passing) of 40 seeds pass")
    }

    /// A wrong implementation fails at 200,000 paths: Hull's ratio without discounting the
    /// hedging cost (× e^{rT}, +1.9%) and QuantLib's std 3% too large are outside the
    /// tolerance, while the right figures are inside it. (QuantLib's reference is itself a
    /// 50,000-path estimate, about 0.5% uncertain, so a 1% bias is within what it can tell.)
    /// At 100 paths the same biases pass: the tolerance follows what the paths can tell.
    @Test func biasedFigureFailsAtTwoHundredThousandPaths() throws {
        let hull = ValidationCase.hull.scenario
        let undiscounted = exp(hull.market.rate * hull.hedge.schedule.horizon)
        for (study, bias) in [(ValidationCase.hull, undiscounted), (.quantLib, 1.03)] {
            for row in try study.run(paths: 200_000) {
                #expect(row.isClose, "N = \(row.rebalances): \(row.measured) ± \(row.standardError) vs \(row.reference)")
                var biased = row
                biased.measured *= bias
                #expect(!biased.isClose, "\(study.rawValue) N = \(row.rebalances): \(biased.measured) within \(row.tolerance) of \(row.reference)")
            }
            for row in try study.run(paths: 100) {
                var biased = row
                biased.measured *= bias
                #expect(biased.isClose, "\(study.rawValue) N = \(row.rebalances) at 100 paths")
            }
        }
    }

    /// The standard error is the sweep point's, scaled like the measure (Hull's ratio divides
    /// the std by the option's value and discounts it).
    @Test func standardErrorIsScaledLikeTheMeasure() throws {
        for study in ValidationCase.allCases {
            for row in try study.run(paths: 1_000) {
                let relative = row.standardError / row.measured
                // s·√((κ − 1)/(4n)) / s with κ ≈ 3 for a near-normal P&L: about 1/√(2n) = 0.022.
                #expect(relative > 0.01 && relative < 0.06, "\(study.rawValue) N = \(row.rebalances): \(relative)")
            }
        }
    }

    /// Each reference is a Monte Carlo estimate of its own (Hull's of 200,000 paths, QuantLib's
    /// of 50,000): its standard error is the measured one at the reference's number of paths,
    /// and the tolerance combines the two in quadrature.
    @Test(arguments: ValidationCase.allCases)
    func referenceErrorIsTheMeasuredOneAtTheReferencePaths(_ study: ValidationCase) throws {
        for row in try study.run(paths: 2_000) {
            let expected = row.standardError * (2_000 / Double(study.referencePaths)).squareRoot()
            #expect(abs(row.referenceStandardError - expected) <= 1e-15)
            let combined = (row.standardError * row.standardError + expected * expected).squareRoot()
            #expect(abs(row.tolerance - (ValidationCase.referenceRounding + 3 * combined)) <= 1e-15)
        }
    }

    /// `validate --case hull-discrete-hedging --paths 10000000` (the documented maximum) measured
    /// Hull's N = 4 row at 0.4158 ± 0.0001 against the published 0.418 (issue 24): 0.0022 apart,
    /// outside 0.0005 + 3 × 0.0001 but inside the reference's own error at 200,000 paths,
    /// 0.0001·√50 = 0.0007, combined in quadrature.
    @Test func tenMillionPathsAreJudgedWithTheReferencesOwnError() {
        let measuredOnly = ValidationCase.Row(rebalances: 4, measured: 0.4158, standardError: 0.0001, reference: 0.418)
        #expect(!measuredOnly.isClose)
        let scale = (10_000_000 / Double(ValidationCase.hull.referencePaths)).squareRoot()
        let withReference = ValidationCase.Row(
            rebalances: 4, measured: 0.4158, standardError: 0.0001, reference: 0.418, referenceStandardError: 0.0001 * scale
        )
        #expect(withReference.isClose, "tolerance \(withReference.tolerance)")
        // A bias the reference's error cannot hide still fails.
        var biased = withReference
        biased.measured = 0.418 * 1.02
        #expect(!biased.isClose)
    }
}
