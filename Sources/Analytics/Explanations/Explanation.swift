import Foundation

/// Why a figure of the Monte Carlo study departs from its theory, by experiment (DESIGN.md
/// §2.9): the figure on the study's paths, then, for each cause the scenario has, the figure
/// on the same paths (common random numbers) with that cause removed. A cause is
/// ``Cause/measurable`` when removing it moves the figure by more than ``threshold`` standard
/// errors of the paired difference, and ``Cause/named`` as the explanation only when it is
/// measurable and also accounts for at least ``materialShare`` of the departure (a cause that
/// moves the figure past 2 SE but by a few per cent of the gap does not explain it).
public struct Explanation: Sendable, Hashable, Codable {
    /// A figure whose departure from its theory the report explains.
    public enum Figure: String, Sendable, Hashable, Codable, CaseIterable {
        /// The textbook hedge's mean final P&L, USD, against zero; on a binomial walk's tree, the
        /// mean less the walk's exact theory mean (``MonteCarloReport/finalPnLTheoryMean``), against zero.
        case finalPnLMean = "final-pnl-mean"
        /// The frequency sweep's log–log slope of the std against N, against −½.
        case sweepSlope = "sweep-slope"
        /// The std of the final P&L over the discrete-hedging theory's, at the sweep's N that
        /// strays farthest from it (``rebalances``), against 1.
        case sweepStdOverTheory = "sweep-std-over-theory"
        /// The mean final P&L less the mismatch theory's, USD, at the realized volatility whose
        /// mean strays farthest from it (``realizedVolatility``), against 0.
        case mismatchMeanMinusTheory = "mismatch-mean-minus-theory"
    }

    /// One candidate cause and its control run.
    public struct Cause: Sendable, Hashable, Codable {
        /// Which cause was removed.
        public var cause: ControlCauseID
        /// The figure on the control paths with the cause removed, in the figure's units.
        public var valueWithout: Double
        /// Standard error of (figure with the cause − figure without it) on the same paths:
        /// the sample std of the per-path difference of the two estimates' influence functions
        /// over √n (the delta method for a slope or a ratio of standard deviations).
        public var standardErrorOfDifference: Double
        /// True when |``Explanation/valueOnControlPaths`` − ``valueWithout``| exceeds
        /// ``Explanation/threshold`` × ``standardErrorOfDifference``: the control run shows the
        /// cause (the page gives its size, but names it as the explanation only when ``named``).
        public var measurable: Bool
        /// (``valueWithout`` − ``Explanation/valueOnControlPaths``) ÷ (``Explanation/theory`` −
        /// ``Explanation/valueOnControlPaths``): the fraction of the departure that removing the
        /// cause closes (negative when it moves the figure away from its theory); nil when the
        /// figure sits on its theory.
        public var shareOfDeparture: Double?
        /// ``measurable`` and ``shareOfDeparture`` ≥ ``Explanation/materialShare``: only then does
        /// the page name the cause as the explanation of the departure.
        public var named: Bool

        /// A cause measured by its control run, named by ``Explanation/names(measurable:share:)``.
        public init(
            cause: ControlCauseID, valueWithout: Double, standardErrorOfDifference: Double, base: Double, theory: Double,
            theoryWithout: Double? = nil
        ) {
            self.cause = cause
            self.valueWithout = valueWithout
            self.standardErrorOfDifference = standardErrorOfDifference
            measurable = abs(base - valueWithout) > Explanation.threshold * standardErrorOfDifference
            shareOfDeparture = theory != base ? (valueWithout - base) / (theory - base) : nil
            named = Explanation.names(measurable: measurable, share: shareOfDeparture)
            self.theoryWithout = theoryWithout
        }
        /// The control's theory figure where the figure is measured against a theory that the
        /// cause changes (the std or mean theory at the control's own inputs); nil otherwise.
        public var theoryWithout: Double?
    }

    /// Standard errors of the paired difference beyond which a cause is measurable.
    public static let threshold = 2.0
    /// The smallest fraction of a departure a measurable cause must close, on its own, to be
    /// named as its explanation: 10%. Below it the page reports the cause as measurable but
    /// small, with its share; if no cause reaches it, the departure is unexplained by these.
    public static let materialShare = 0.10

    /// The one rule that names a cause: measurable past ``threshold`` standard errors and closing
    /// at least ``materialShare`` of the departure.
    public static func names(measurable: Bool, share: Double?) -> Bool {
        measurable && (share ?? 0) >= materialShare
    }

    public var figure: Figure
    /// The figure as the page states it (on all the study's paths).
    public var value: Double
    /// The standard error the page gives the figure.
    public var standardError: Double
    /// The value the figure's theory gives (−0.5 for the slope, 1 for the ratio, 0 otherwise).
    public var theory: Double
    /// Paths of each control run (the first of the study's, the same shocks).
    public var controlPaths: Int
    /// The figure recomputed on the control paths with every cause present, by the same engine
    /// as the control runs: the base of each paired difference.
    public var valueOnControlPaths: Double
    /// For ``Figure/sweepStdOverTheory``, the N it is measured at.
    public var rebalances: Int?
    /// For ``Figure/mismatchMeanMinusTheory``, the realized volatility it is measured at.
    public var realizedVolatility: Double?
    /// Every cause the scenario has, in ``ControlCauses/all``'s order.
    public var causes: [Cause]

    /// The causes named as the explanation (measurable and material).
    public var namedCauses: [Cause] { causes.filter(\.named) }
    /// The causes past 2 standard errors that close less than ``materialShare`` of the departure.
    public var smallCauses: [Cause] { causes.filter { $0.measurable && !$0.named } }
}
