import Foundation
import Pricing
import Simulation

/// ``TextbookFinalProfits`` over a chunk of paths at once, date by date: the same final figures,
/// bit for bit, for a scenario at a constant implied volatility.
///
/// Path by path, each date of each path asked the model for its premium and Δ through an
/// existential (the grid found the date and checked the rates every time), copied a market, and
/// drew its path into arrays of its own. Here a chunk's paths are drawn side by side
/// (``PathSampler/spots(seeds:)``), each common date is read for every path of the chunk in one
/// call (``PremiumAndDeltaModel/readings(in:date:spots:decidingExercise:into:)``), and each
/// schedule that rebalances there updates its accounts across the chunk, its interest factors
/// worked out once per batch; the P&L is computed where a schedule ends, not at every date
/// (issue 26: the sweep's and the volatility mismatch's batches at 100,000 paths).
///
/// A date is read for a path while one of the schedules that rebalance there still hedges it (an
/// American option exercised early ends its schedule), so the model is asked what the path by
/// path hedge asks, no more. A chunk on which the model fails or gives a figure that is not
/// finite is hedged again path by path (``TextbookFinalProfits/outcomes(along:schedules:seed:)``),
/// which throws the error that hedge throws, naming the step, time and spot. The outcomes leave
/// ``TextbookFinalProfits/Outcome/largestStepChange`` at 0 unless ``measuresStepChanges`` (the
/// Assumptions section's model comparison): the P&L is then computed at every date, as the path
/// by path hedge computes it.
struct ChunkedTextbookHedge: Sendable {
    /// One schedule's rebalancing at a common date.
    private struct Rebalancing: Sendable {
        var schedule: Int
        /// The date's position in the schedule (0: the set-up).
        var step: Int
        /// The common date of the schedule's previous date (the set-up's own).
        var previous: Int
        /// e^{r·dt} and e^{q·dt} − 1 over the schedule's interval that ends here.
        var growth: Double
        var dividendGrowth: Double
        /// True at the schedule's last date.
        var isLast: Bool
    }

    private let hedge: TextbookFinalProfits
    private let sampler: PathSampler
    private let schedules: [[Int]]
    /// The schedules that rebalance at each common date, in schedule order.
    private let rebalancings: [[Rebalancing]]
    /// True when each outcome carries its ``TextbookFinalProfits/Outcome/largestStepChange``.
    let measuresStepChanges: Bool

    /// The chunked form of `hedge` on the paths of `sampler` (whose dates are the common dates),
    /// each schedule a list of increasing positions among them, measuring each outcome's largest
    /// step change when `measuresStepChanges`; nil when the scenario's implied volatility moves
    /// (each schedule then draws its own, and values its own dates).
    init?(_ hedge: TextbookFinalProfits, sampler: PathSampler, schedules: [[Int]], measuresStepChanges: Bool = false) {
        guard hedge.constantVolatility else { return nil }
        self.hedge = hedge
        self.measuresStepChanges = measuresStepChanges
        self.sampler = sampler
        self.schedules = schedules
        let times = sampler.times, market = hedge.scenario.market
        var rebalancings = [[Rebalancing]](repeating: [], count: times.count)
        for (schedule, dates) in schedules.enumerated() {
            for (step, date) in dates.enumerated() {
                let previous = step > 0 ? dates[step - 1] : date
                let dt = times[date] - times[previous]
                rebalancings[date].append(Rebalancing(
                    schedule: schedule, step: step, previous: previous,
                    growth: exp(market.rate * dt), dividendGrowth: exp(market.dividendYield * dt) - 1,
                    isLast: step == dates.count - 1
                ))
            }
        }
        self.rebalancings = rebalancings
    }

    /// Each path's outcomes, by schedule, on the paths `paths`, path k seeded
    /// `MonteCarloStudy.pathSeed(seed, k)`; `spots` are those paths' spots as
    /// ``PathSampler/spots(seeds:)`` lays them out, drawn from the sampler when nil.
    ///
    /// - Throws: the error of the first path (in path order) that fails, as the path by path
    ///   hedge throws it.
    func outcomes(
        paths: Range<Int>, seed: UInt64, spots: [Double]? = nil
    ) throws(SimulationError) -> [[TextbookFinalProfits.Outcome]] {
        let seeds = paths.map { MonteCarloStudy.pathSeed(seed, $0) }
        do {
            return try hedgeSideBySide(seeds: seeds, spots: spots ?? sampler.spots(seeds: seeds))
        } catch {
            return try seeds.map { seed throws(SimulationError) in
                try hedge.outcomes(along: sampler.path(seed: seed), schedules: schedules, seed: seed)
            }
        }
    }

    /// The paths seeded `seeds`, at `spots`, hedged date by date; any failure of the model, or a
    /// premium or Δ that is not finite, throws.
    private func hedgeSideBySide(seeds: [UInt64], spots: [Double]) throws(PricingError) -> [[TextbookFinalProfits.Outcome]] {
        let n = seeds.count, times = sampler.times
        let m = hedge.multiplier, costs = hedge.scenario.hedge.costs, exercises = hedge.exercises
        let measuresStepChanges = self.measuresStepChanges
        // Schedule s of path p at s · n + p.
        var accounts = [TextbookHedge.Account](
            repeating: TextbookHedge.Account(premium: 0, multiplier: m), count: schedules.count * n
        )
        var outcomes = [TextbookFinalProfits.Outcome](
            repeating: TextbookFinalProfits.Outcome(profit: 0, exercised: false), count: schedules.count * n
        )
        var hedging = [Bool](repeating: true, count: schedules.count * n)
        // Paths on which a schedule was exercised early: only they may skip a date.
        var exercisedEarly = [Bool](repeating: false, count: n)
        // The paths read at a date, the first `count` of `active`.
        var active = [Int](repeating: 0, count: n), readings = [HedgeReading](), hedgeReadings = [HedgeReading]()
        var point = hedge.scenario.market
        for (date, entries) in rebalancings.enumerated() where !entries.isEmpty {
            var count = 0
            active.withUnsafeMutableBufferPointer { active in
                for p in 0..<n where !exercisedEarly[p] || entries.contains(where: { hedging[$0.schedule * n + p] }) {
                    active[count] = p
                    count += 1
                }
            }
            guard count > 0 else { continue }
            let activeSpots = (0..<count).map { spots[date * n + active[$0]] }
            point.time = times[date]
            try hedge.model.readings(in: point, date: date, spots: activeSpots, decidingExercise: exercises, into: &readings)
            if let volatility = hedge.hedgingVolatility {
                // Δ at the hedging volatility; the premium and the exercise decision stay at the implied one.
                var hedgePoint = point
                hedgePoint.volatility = volatility
                try (hedge.deltaModel ?? hedge.model).readings(
                    in: hedgePoint, date: date, spots: activeSpots, decidingExercise: false, into: &hedgeReadings
                )
                for i in readings.indices {
                    try Self.requireFinite(hedgeReadings[i].value)
                    readings[i].value.delta = hedgeReadings[i].value.delta
                }
            }
            for reading in readings { try Self.requireFinite(reading.value) }
            // Bounds known: every index below is a schedule's path (s · n + p) or a date's (d · n + p).
            accounts.withUnsafeMutableBufferPointer { accounts in
                outcomes.withUnsafeMutableBufferPointer { outcomes in
                    hedging.withUnsafeMutableBufferPointer { hedging in
                        for entry in entries {
                            let base = entry.schedule * n, previousSpots = entry.previous * n
                            for i in 0..<count where hedging[base + active[i]] {
                                let p = active[i], value = readings[i].value, spot = activeSpots[i]
                                if entry.step == 0 {
                                    accounts[base + p] = TextbookHedge.Account(premium: value.price, multiplier: m)
                                } else {
                                    accounts[base + p].accrue(
                                        growth: entry.growth, dividendGrowth: entry.dividendGrowth,
                                        previousSpot: spots[previousSpots + p]
                                    )
                                }
                                accounts[base + p].rebalance(to: -m * value.delta, at: spot, costs: costs)
                                let exercised = exercises && !entry.isLast && readings[i].exercises
                                let ends = entry.isLast || exercised
                                guard ends || measuresStepChanges else { continue }
                                let profit = accounts[base + p].profitAndLoss(optionValue: value.price, spot: spot, multiplier: m)
                                if measuresStepChanges, entry.step > 0 {
                                    // The P&L of the previous date is the outcome's profit so far.
                                    let change = abs(profit - outcomes[base + p].profit)
                                    outcomes[base + p].largestStepChange = max(outcomes[base + p].largestStepChange, change)
                                }
                                outcomes[base + p].profit = profit
                                if ends {
                                    outcomes[base + p].exercised = exercised
                                    hedging[base + p] = false
                                    if exercised { exercisedEarly[p] = true }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (0..<n).map { p in schedules.indices.map { outcomes[$0 * n + p] } }
    }

    /// Refuses a premium or Δ that is not finite (the chunk is then hedged path by path, which
    /// names the step).
    private static func requireFinite(_ value: PremiumAndDelta) throws(PricingError) {
        guard value.isFinite else { throw PricingError(.nonFiniteResult("\(value)")) }
    }
}

extension MonteCarloStudy {
    /// Every path's outcomes under `hedge`, by schedule (each a list of positions among
    /// `sampler`'s dates), path k seeded `pathSeed(seed, k)`: a chunk of paths at a time,
    /// date by date (``ChunkedTextbookHedge``), at a constant implied volatility; path by path
    /// otherwise.
    /// Each outcome's ``TextbookFinalProfits/Outcome/largestStepChange`` is measured when
    /// `measuringStepChanges` (path by path it always is).
    func textbookOutcomes(
        _ hedge: TextbookFinalProfits, sampler: PathSampler, schedules: [[Int]], seed: UInt64,
        measuringStepChanges: Bool = false, completed: @Sendable (Int) -> Void
    ) throws(SimulationError) -> [[TextbookFinalProfits.Outcome]] {
        guard let chunked = ChunkedTextbookHedge(
            hedge, sampler: sampler, schedules: schedules, measuresStepChanges: measuringStepChanges
        ) else {
            return try mapPaths(completed: completed) { k throws(SimulationError) in
                let seed = Self.pathSeed(seed, k)
                return try hedge.outcomes(along: sampler.path(seed: seed), schedules: schedules, seed: seed)
            }
        }
        return try mapChunks(completed: completed) { paths throws(SimulationError) in
            try chunked.outcomes(paths: paths, seed: seed)
        }.flatMap { $0 }
    }
}
