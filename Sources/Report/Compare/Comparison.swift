import Analytics
import Foundation
import Simulation

/// Several scenarios of one comparison (`hedge-report compare`, DESIGN.md §4): each scenario's
/// key figures, and each figure's difference from the first scenario (the baseline) with its
/// paired standard error. Encoded as `comparison.json` (sorted keys).
///
/// Every scenario runs from the same seed, so Monte Carlo path k of each one is drawn from the
/// same generator state: where two scenarios' dates coincide, they draw the same shocks (the same
/// market), and the per-path differences measure the change alone (DESIGN.md §2.9, common random
/// numbers). Where the dates differ (another `--interval`), path k of each scenario reads the
/// same stream of normal draws over different steps, so the markets are not the same and the
/// pairing removes little: ``commonRandomNumbers`` says which case each scenario is in.
public struct Comparison: Sendable, Codable {
    /// One scenario: its name (the folder of its own report) and what sets it apart.
    public struct Scenario: Sendable, Codable {
        /// The folder of its report under the comparison's folder, and its label on the page.
        public var name: String
        /// `name/report.html`.
        public var report: String
        /// The parameters that differ between the scenarios, flag → value as shown in each
        /// report's parameter table.
        public var parameters: [String: String]
        /// Rebalancing dates of the scenario's own schedule over the simulated horizon, N.
        public var rebalances: Int
        /// True when its Monte Carlo paths draw the same shocks at the same dates as the
        /// baseline's (same dates and the same path model): the pairing is exact.
        public var sharesPathsWithBaseline: Bool
    }

    /// One key figure across the scenarios.
    public struct Figure: Sendable, Codable {
        /// A stable identifier (`premium`, `mc-std`, `mc-sum-abs-residual-delta`, …).
        public var id: String
        /// How the page names it.
        public var label: String
        /// `USD`, `USD per share`, `fraction` or `exponent`.
        public var unit: String
        /// Each scenario's figure (nil where it has none), in scenario order.
        public var values: [Double?]
        /// Each scenario's own standard error (nil for a figure of one path or none known).
        public var standardErrors: [Double?]
        /// Each scenario's difference from the baseline (nil for the baseline and where a
        /// figure is missing).
        public var differences: [PairedDifference?]
    }

    /// One sentence of the page, with what it is computed from (for an oracle to recompute).
    public struct Finding: Sendable, Codable {
        /// The figure's ``Figure/id``, nil for the "no difference" sentence.
        public var figure: String?
        /// The scenario compared with the baseline (index into ``Comparison/scenarios``).
        public var scenario: Int?
        public var text: String
    }

    /// The seed every scenario shares.
    public var seed: UInt64
    /// Paths of each scenario's Monte Carlo study (0 without one).
    public var paths: Int
    /// True when every scenario hedges observed prices (a price file), none drawn from the seed.
    public var observedPrices: Bool
    /// The flags whose values differ between the scenarios, in the parameter table's order.
    public var varied: [String]
    /// The flags the sentences name a scenario by: those given to `--vary` (not the defaults
    /// that follow from them, such as the sweep's); none for config files, whose scenarios the
    /// sentences name by their names (a file's `name:` or stem).
    public var described: [String]
    public var scenarios: [Scenario]
    public var figures: [Figure]
    /// One sentence per material difference (> 2 paired standard errors), or one saying none is
    /// distinguishable.
    public var findings: [Finding]
    /// For the mean and the std of the final P&L, one sentence per scenario on what the pairing
    /// did to the difference's standard error: below either scenario's own, or not, and why
    /// (``PairedDifference/correlation``).
    public var pairing: [Finding]
    /// How the scenarios share random numbers, in words (also on the page).
    public var commonRandomNumbers: String
    /// How each kind of standard error was computed, in words (also on the page).
    public var standardErrors: String
    /// Which scenarios hedge on another rule than the calendar their studies hedge on, and which
    /// of their Monte Carlo figures are their rule's own, in words (also on the page); empty when
    /// every scenario is on the calendar.
    public var ruleFigures: String
    public var version: String = ReportPipeline.version

    /// The comparison as `comparison.json`: sorted keys, pretty-printed, newline at the end.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
