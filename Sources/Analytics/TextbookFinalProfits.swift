import Foundation
import Pricing
import Simulation

/// The textbook hedge's final P&L along one price path, for each of several schedules whose
/// dates are points of the path: what ``HedgeScenario/hedge(along:model:)`` puts on the last
/// row of the textbook ledger for each schedule's own dates, bit for bit (the same premium and
/// Δ from the model, the same ``TextbookHedge/Account`` updates, early exercise as the
/// scenario says), without the ledger: the Monte Carlo study keeps only that last figure.
///
/// It reads each date's premium and Δ alone (a ``PremiumAndDeltaModel``: two of a grid's five
/// tables, ``PremiumAndDeltaGrid``), and at a constant implied volatility values a date the schedules
/// share once for all of them. A noisy implied volatility is drawn per schedule, as `hedge`
/// draws it for that schedule's path, so each schedule then values its own dates. An American
/// option exercised early ends its schedule at the exercise date, and the dates after it are
/// not valued.
struct TextbookFinalProfits {
    /// One schedule's final figures.
    struct Outcome: Sendable, Hashable {
        /// The textbook hedge's P&L at the schedule's last date (or the exercise date), USD.
        var profit: Double
        /// True when the option was exercised before the schedule's last date.
        var exercised: Bool
        /// The largest |change of the P&L| from one date of the schedule to the next, USD.
        var largestStepChange = 0.0
    }

    /// Whether it computes `scenario`'s textbook hedge: a book of one option and no shares (a
    /// book of several holdings is valued leg by leg on the ledger).
    static func applies(to scenario: HedgeScenario) -> Bool {
        scenario.book.isSingleOption
    }

    /// The scenario whose position, market, costs, exercise policy and volatility model every
    /// schedule and every path shares (each path brings its own seed).
    let scenario: HedgeScenario
    /// The premium and Δ each date is valued with (a ``PremiumAndDeltaGrid`` for a lattice).
    let model: any PremiumAndDeltaModel
    /// The model the hedge's Δ is read from when the scenario hedges at another volatility
    /// than the implied one (``HedgeScenario/hedgingVolatility()``; a form prepared at that
    /// volatility); nil prices it with ``model``.
    let deltaModel: (any PremiumAndDeltaModel)?
    // What every path reads, worked out once: the scenario's position is computed from its
    // book on every access.
    /// m, shares per contract.
    let multiplier: Double
    /// True when an American option is exercised where that is optimal.
    let exercises: Bool
    /// True when the implied volatility is constant (no noise drawn per schedule).
    let constantVolatility: Bool
    /// The volatility Δ is read at when it is not the implied one.
    let hedgingVolatility: Double?

    /// The textbook hedge of `scenario`'s one option valued with `model` (its Δ with
    /// `deltaModel` when the scenario hedges at another volatility).
    init(scenario: HedgeScenario, model: any PremiumAndDeltaModel, deltaModel: (any PremiumAndDeltaModel)? = nil) {
        self.scenario = scenario
        self.model = model
        self.deltaModel = deltaModel
        let position = scenario.position
        multiplier = position.multiplier
        exercises = scenario.hedge.exercisePolicy == .exercise && position.contract.style == .american
        constantVolatility = if case .constant = scenario.dynamics.volatilityModel { true } else { false }
        hedgingVolatility = scenario.hedgingVolatility()
    }

    /// The final figures of each schedule in `schedules` (each a list of increasing indices into
    /// `path`'s dates, the first being the set-up) along `path`, the path seeded `seed` (for
    /// its implied-volatility noise; the scenario's own seed by default). The models were
    /// prepared for `path`'s dates: date i of the path is date i of theirs.
    ///
    /// - Throws: ``SimulationError`` naming the schedule's step, its time and spot, when the
    ///   model fails there or gives a premium or Δ that is not finite.
    func outcomes(along path: PricePath, schedules: [[Int]], seed: UInt64? = nil) throws(SimulationError) -> [Outcome] {
        let market = scenario.market
        let m = multiplier, costs = scenario.hedge.costs
        let constant = constantVolatility
        // Dates valued once for all schedules, with their exercise decision (the same market, the
        // same premium); one schedule keeps nothing.
        let sharing = constant && schedules.count > 1
        var shared = [HedgeReading?](repeating: nil, count: sharing ? path.times.count : 0)
        var outcomes = [Outcome]()
        outcomes.reserveCapacity(schedules.count)
        for dates in schedules {
            let volatilities = constant ? [] : scenario.impliedVolatilities(count: dates.count, seed: seed ?? scenario.dynamics.seed)
            var account = TextbookHedge.Account(premium: 0, multiplier: m)
            var outcome = Outcome(profit: 0, exercised: false)
            // A schedule's intervals are mostly equal: their growth factors are computed once per length.
            var interval = Double.nan, growth = 1.0, dividendGrowth = 0.0
            for (step, date) in dates.enumerated() {
                let spot = path.spots[date]
                var point = market
                point.time = path.times[date]
                point.spot = spot
                if !constant { point.volatility = volatilities[step] }
                var reading: HedgeReading
                if sharing, let known = shared[date] {
                    reading = known
                } else {
                    reading = try self.reading(at: point, date: date, step: step)
                    if let hedgingVolatility {
                        // Δ at the hedging volatility; the premium and the exercise decision
                        // stay at the implied one.
                        var hedgePoint = point
                        hedgePoint.volatility = hedgingVolatility
                        reading.value.delta = try valuation(at: hedgePoint, date: date, step: step, model: deltaModel ?? model).delta
                    }
                    if sharing { shared[date] = reading }
                }
                let value = reading.value
                if step == 0 {
                    account = TextbookHedge.Account(premium: value.price, multiplier: m)
                } else {
                    let previous = dates[step - 1]
                    let dt = path.times[date] - path.times[previous]
                    if dt != interval {
                        (interval, growth, dividendGrowth) = (dt, exp(market.rate * dt), exp(market.dividendYield * dt) - 1)
                    }
                    account.accrue(growth: growth, dividendGrowth: dividendGrowth, previousSpot: path.spots[previous])
                }
                account.rebalance(to: -m * value.delta, at: spot, costs: costs)
                let profit = account.profitAndLoss(optionValue: value.price, spot: spot, multiplier: m)
                if step > 0 { outcome.largestStepChange = max(outcome.largestStepChange, abs(profit - outcome.profit)) }
                outcome.profit = profit
                if exercises, step < dates.count - 1, reading.exercises {
                    outcome.exercised = true
                    break
                }
            }
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// The premium and Δ at `point`, the path's date `date`, by ``model``, checked finite, with
    /// the exercise decision at that premium where the scenario exercises
    /// (``PremiumAndDeltaModel/reading(in:date:decidingExercise:)``).
    private func reading(at point: Market, date: Int, step: Int) throws(SimulationError) -> HedgeReading {
        let reading: HedgeReading
        do {
            reading = try model.reading(in: point, date: date, decidingExercise: exercises)
        } catch {
            throw SimulationError(.pricingFailed(step: step, time: point.time, spot: point.spot, error))
        }
        try Self.requireFinite(reading.value, at: point, step: step)
        return reading
    }

    /// The premium and Δ at `point`, the path's date `date`, by `model`, checked finite.
    private func valuation(
        at point: Market, date: Int, step: Int, model: any PremiumAndDeltaModel
    ) throws(SimulationError) -> PremiumAndDelta {
        let value: PremiumAndDelta
        do {
            value = try model.premiumAndDelta(in: point, date: date)
        } catch {
            throw SimulationError(.pricingFailed(step: step, time: point.time, spot: point.spot, error))
        }
        try Self.requireFinite(value, at: point, step: step)
        return value
    }

    /// Refuses a premium or Δ that is not finite, naming the step, its time and spot.
    private static func requireFinite(_ value: PremiumAndDelta, at point: Market, step: Int) throws(SimulationError) {
        guard value.isFinite else {
            throw SimulationError(.pricingFailed(
                step: step, time: point.time, spot: point.spot, PricingError(.nonFiniteResult("\(value)"))
            ))
        }
    }
}
