import Foundation

extension Explanation {
    /// Standard errors beyond which the mean final P&L is a bias (about one chance in 370 for a
    /// normal mean that is truly zero).
    public static let meanSignificance = 3.0
    /// Standard errors of the fitted slope beyond which the sweep is flatter or steeper than −½.
    public static let slopeSignificance = 2.0
    /// Relative gap between the Monte Carlo std and the discrete-hedging theory within which a
    /// sweep point agrees with it (the theory is first order in δt).
    public static let theoryTolerance = 0.15
    /// A mismatch mean agrees with its theory within 3 standard errors plus 10% of the theory.
    public static let mismatchTolerance = (standardErrors: 3.0, relative: 0.1)

    /// A figure the report says departs from its theory, with what a control run needs to
    /// measure it again.
    struct Departure {
        var figure: Figure
        var value: Double
        var standardError: Double
        var theory: Double
        var rebalances: Int?
        var realizedVolatility: Double?
        /// The sweep's numbers of rebalances (for the slope).
        var sweep: [Int] = []
        /// The theory figure the value is measured with: the theory's std for the ratio, its
        /// mean for the mismatch gap and for the mean on a binomial walk (0 otherwise).
        var theoryFigure: Double = 0
        /// True when the mean is measured less the walk's exact theory mean (a binomial walk
        /// on its tree), whose control runs each subtract their own theory's mean.
        var lessExactTheoryMean = false
    }

    /// The departures the Monte Carlo section states, decided as its captions decide them:
    /// the mean more than ``meanSignificance`` standard errors from zero (from the exact theory
    /// mean on a binomial walk's tree); the slope more than
    /// ``slopeSignificance`` standard errors from −½ (0.05 without a standard error); a sweep
    /// point more than ``theoryTolerance`` from the theory (the worst one); a mismatch mean
    /// outside ``mismatchTolerance`` of its theory (the worst one, in standard errors).
    static func departures(in report: MonteCarloReport) -> [Departure] {
        var found = [Departure]()
        let statistics = report.finalPnLStatistics
        // On a binomial walk the tree gives the hedge's exact mean, which is not zero: the mean
        // departs from that, not from zero.
        let exact = report.theoryMethod == .walkTree ? report.finalPnLTheoryMean : nil
        let expected = exact ?? 0
        if statistics.meanStandardError > 0, abs(statistics.mean - expected) > meanSignificance * statistics.meanStandardError {
            found.append(.init(
                figure: .finalPnLMean, value: statistics.mean - expected, standardError: statistics.meanStandardError, theory: 0,
                theoryFigure: expected, lessExactTheoryMean: exact != nil
            ))
        }
        let sweep = report.sweep
        if let fit = report.sweepFit, sweep.count > 1 {
            let departs = fit.standardError.map { abs(fit.slope + 0.5) > slopeSignificance * $0 } ?? (abs(fit.slope + 0.5) > 0.05)
            if departs {
                found.append(.init(
                    figure: .sweepSlope, value: fit.slope, standardError: fit.standardError ?? fit.propagatedStandardError,
                    theory: -0.5, sweep: sweep.map(\.rebalances)
                ))
            }
        }
        let theories = sweep.compactMap { $0.theory.flatMap { $0 > 0 ? $0 : nil } }
        if report.discreteHedgingTheoryApplies, sweep.count > 1, theories.count == sweep.count {
            let gaps = zip(sweep, theories).map { abs($0.std / $1 - 1) }
            if let worst = gaps.indices.max(by: { gaps[$0] < gaps[$1] }), gaps[worst] > theoryTolerance {
                found.append(.init(
                    figure: .sweepStdOverTheory, value: sweep[worst].std / theories[worst],
                    standardError: sweep[worst].stdStandardError / theories[worst], theory: 1, rebalances: sweep[worst].rebalances,
                    sweep: sweep.map(\.rebalances), theoryFigure: theories[worst]
                ))
            }
        }
        let outside = report.volatilityMismatch.filter { point in
            guard let theory = point.theory else { return false }
            return abs(point.mean - theory) > mismatchTolerance.standardErrors * point.meanStandardError + mismatchTolerance.relative * abs(theory)
        }
        if let worst = outside.max(by: { abs($0.mean - $0.theory!) / $0.meanStandardError < abs($1.mean - $1.theory!) / $1.meanStandardError }) {
            found.append(.init(
                figure: .mismatchMeanMinusTheory, value: worst.mean - worst.theory!, standardError: worst.meanStandardError,
                theory: 0, realizedVolatility: worst.realizedVolatility, theoryFigure: worst.theory!
            ))
        }
        return found
    }
}
