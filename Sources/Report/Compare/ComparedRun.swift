import Analytics
import Foundation
import Simulation

/// One scenario of a comparison after its report ran: what the comparison reads from it.
public struct ComparedRun: Sendable {
    /// The scenario's name (the folder of its report).
    public var name: String
    /// The analysis its report was made from (figures to the last digit of its `summary.json`).
    public var analysis: HedgeAnalysis
    /// Its resolved parameters, as its report's table shows them.
    public var settings: ReportSettings
    /// The scenario simulated.
    public var scenario: HedgeScenario
    /// Every path's final figures of its Monte Carlo study's own schedule (the study's first
    /// batch, ``ReportPipeline/Outcome/monteCarloBatch``), for the paired standard errors; nil
    /// without a study.
    public var batch: MonteCarloStudy.Batch?

    public init(name: String, analysis: HedgeAnalysis, settings: ReportSettings, scenario: HedgeScenario, batch: MonteCarloStudy.Batch?) {
        self.name = name
        self.analysis = analysis
        self.settings = settings
        self.scenario = scenario
        self.batch = batch
    }

    /// Rebalancing dates of the scenario's own schedule over its horizon: on observed prices,
    /// one at each price after the first (the path's dates are its schedule; the calendar
    /// schedule's interval is not used).
    var rebalances: Int {
        if case let .observed(path) = scenario.dynamics.pathModel { return path.stepCount }
        return max(scenario.hedge.schedule.times.count - 1, 0)
    }

    /// True when the book holds an American option, which can be exercised before expiry.
    var canBeExercisedEarly: Bool { scenario.book.legs.contains { $0.contract.style == .american } }

    /// True when this run's Monte Carlo path k draws the same shocks on the same grid as
    /// `other`'s: the same seed, the same kind of path model, and the same dates drawn at (its
    /// own schedule's, or the finer ``PathDynamics/drawingInterval`` a coarser schedule reads).
    func sharesPaths(with other: ComparedRun) -> Bool {
        guard scenario.dynamics.seed == other.scenario.dynamics.seed, let mine = scenario.pathGenerator, let theirs = other.scenario.pathGenerator,
              type(of: mine) == type(of: theirs)
        else { return false }
        return drawingGrid == other.drawingGrid
    }

    /// True when this run's path k is the baseline-like `other`'s path k itself: the same shocks
    /// on the same grid (``sharesPaths(with:)``) and nothing that moves the market otherwise
    /// (``marketDifferences(from:)``). The page's "the same market" and its charts' "the same
    /// paths" both read this test.
    func hedgesSameMarket(as other: ComparedRun) -> Bool {
        sharesPaths(with: other) && marketDifferences(from: other).isEmpty
    }

    /// What makes this run's market move otherwise than `other`'s, in words ("another path
    /// model", "another grid", "another realized volatility", "another drift"; for observed
    /// prices "another price window (2020-02-03 to 2020-03-31)"); empty when it is the same
    /// market. Drift, realized volatility and grid move drawn paths only: observed prices are
    /// what they are.
    func marketDifferences(from other: ComparedRun) -> [String] {
        switch (scenario.dynamics.pathModel.isObserved, other.scenario.dynamics.pathModel.isObserved) {
        case (true, true):
            return scenario.dynamics.pathModel == other.scenario.dynamics.pathModel ? [] : ["another price window (\(priceWindow))"]
        case (true, false):
            return ["observed prices (\(priceWindow)) instead of a path model"]
        case (false, true):
            return ["a path model instead of observed prices"]
        case (false, false):
            break
        }
        var reasons = [String]()
        let mine = scenario.pathGenerator.map { type(of: $0) }, theirs = other.scenario.pathGenerator.map { type(of: $0) }
        if mine.map(ObjectIdentifier.init) != theirs.map(ObjectIdentifier.init) || scenario.dynamics.pathModel != other.scenario.dynamics.pathModel {
            reasons.append("another path model")
        }
        if drawingGrid != other.drawingGrid { reasons.append("another grid") }
        if scenario.dynamics.realizedVolatility != other.scenario.dynamics.realizedVolatility { reasons.append("another realized volatility") }
        if scenario.dynamics.drift != other.scenario.dynamics.drift { reasons.append("another drift") }
        return reasons
    }

    /// The dates of an observed path as its report states them ("2019-08-01 to 2019-09-30"),
    /// or its price file when it has no dates.
    var priceWindow: String {
        if let start = settings.startDate, let end = settings.endDate { return "\(start) to \(end)" }
        return settings.priceSource.map { "from \($0)" } ?? "observed prices"
    }

    /// Years between the dates its paths are drawn at.
    var drawingGrid: Double {
        scenario.pathGenerator?.samplesAnyDates == true ? scenario.dynamics.drawingInterval ?? scenario.hedge.schedule.interval : scenario.hedge.schedule.interval
    }
}
