import Foundation
import Analytics
import Pricing
import Simulation

/// What every section reads: the analysis, the settings and the words that depend on the run
/// (the side of the position, the kind of path, the unit of time), decided once.
struct ReportContext: Sendable {
    var analysis: HedgeAnalysis
    var settings: ReportSettings
    var clock: RunClock

    init(analysis: HedgeAnalysis, settings: ReportSettings) {
        self.analysis = analysis
        self.settings = settings
        let schedule = analysis.simulation.scenario.hedge.schedule
        clock = RunClock(horizon: schedule.horizon, interval: schedule.interval, startDate: settings.startDate, basis: settings.yearBasis)
    }

    var scenario: HedgeScenario { analysis.simulation.scenario }
    var position: Position { scenario.position }
    var contract: OptionContract { position.contract }
    /// For one option, whether it was bought. For a book of several legs, whether its Γ at the
    /// start is positive: then, as for a bought option, its delta hedge gains when the share
    /// moves more than the implied volatility priced in, and loses when it moves less.
    var isLong: Bool {
        guard hasSeveralLegs else { return position.side == .long }
        return multiplier * analysis.initialValuation.gamma > 0
    }

    /// True when the book holds more than one option leg (``Book``): sentences then speak of
    /// the book, not of one option.
    var hasSeveralLegs: Bool { scenario.book.legs.count > 1 }

    /// What is hedged, as a sentence names it by its side: `bought option`, `written option`,
    /// or for a book of several legs `long-Γ book` or `short-Γ book`.
    var holdingNoun: String {
        hasSeveralLegs ? (isLong ? "long-Γ book" : "short-Γ book") : (isLong ? "bought option" : "written option")
    }
    /// m, signed: positive for a bought option, negative for a written one.
    var multiplier: Double { position.multiplier }

    /// True when the path came from a price file.
    var isObserved: Bool {
        if case .observed = scenario.dynamics.pathModel { return true }
        return false
    }

    /// `simulated` or `observed`.
    var pathKind: String { isObserved ? "observed" : "simulated" }

    /// The volatility the path realized (``RealizedVolatility``), per √year, from the path's own
    /// dates (what a price file shows; a simulated path's draws); nil for a path of fewer than
    /// three dates, which has no standard deviation of its log returns.
    var realizedVolatilityOfPath: Double? {
        RealizedVolatility.of(analysis.simulation.valuedPath.path)
    }

    /// The parameters table's row for ``realizedVolatilityOfPath``, `how` saying how it is measured;
    /// a dash and the reason on a path too short to measure it.
    func realizedVolatilityRow(how: String) -> PageTable.Row {
        guard let realized = realizedVolatilityOfPath else {
            return PageTable.Row(["Realized volatility of the path", "—", "none: the path ends before it has two log returns to measure", ""])
        }
        return PageTable.Row(["Realized volatility of the path", NumberFormat.percent(realized, decimals: 2), how, ""])
    }

    /// The whole observed path as the price file (or its window) gave it, also past an early
    /// exercise that cut the hedged path short; nil for a simulated path.
    var observedPath: PricePath? {
        if case let .observed(path) = scenario.dynamics.pathModel { return path }
        return nil
    }

    /// The gaps between the consecutive dates of the prices the run was given (the whole
    /// observed path), or of the simulated path, years, in date order.
    var dateGaps: [Double] {
        let times = (observedPath ?? analysis.simulation.valuedPath.path).times
        return zip(times, times.dropFirst()).map { $1 - $0 }
    }

    /// Where the hedge of an observed path stops before its last price, for the page: "up to
    /// the exercise of the put on 2020-03-16, the 30th of them, where the hedge stops" (the
    /// date, or the moment on the run's clock for a file without dates); nil when the hedge
    /// runs to the last price.
    var observedExerciseWords: String? {
        guard let path = observedPath, let step = analysis.simulation.exerciseStep, step < path.times.count - 1 else { return nil }
        let when = settings.priceDates.indices.contains(step) ? "on \(settings.priceDates[step])" : "at \(clock.moment(path.times[step]))"
        let option = scenario.book.isSingleOption ? "the \(contract.payoff)" : "the book's option"
        return "up to the exercise of \(option) \(when), the \(Self.ordinal(step + 1)) of them, where the hedge stops"
    }

    /// 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st.
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// The typical spacing of the path's dates, years (the median interval).
    var typicalInterval: Double {
        let gaps = dateGaps.sorted()
        return gaps.isEmpty ? scenario.hedge.schedule.interval : gaps[gaps.count / 2]
    }

    /// How the path ends for the option: expired, exercised, or the horizon ending before expiry.
    var ending: Ending {
        let simulation = analysis.simulation
        let path = simulation.valuedPath.path
        let last = path.times.count - 1
        if let step = simulation.exerciseStep {
            return .exercised(step: step, time: path.times[step], spot: path.spots[step])
        }
        let left = contract.expiry - (path.times.last ?? 0)
        if left <= 1e-9 * max(contract.expiry, 1) {
            return .expired(spot: path.spots[last])
        }
        return .horizon(left: left, spot: path.spots[last])
    }

    enum Ending {
        case expired(spot: Double)
        case exercised(step: Int, time: Double, spot: Double)
        case horizon(left: Double, spot: Double)
    }

    /// `in the money` or `out of the money` (or `at the money`) for a spot.
    func moneyness(at spot: Double) -> String {
        let strike = contract.strike
        if spot == strike { return "at the money" }
        let inTheMoney = contract.payoff.isInTheMoney(spot: spot, strike: strike)
        return inTheMoney ? "in the money" : "out of the money"
    }
}
