import Foundation
import Testing
@testable import Pricing

/// The one-call reading of a study's final-P&L batches (``PremiumAndDeltaModel/reading(in:date:decidingExercise:)``,
/// issue 26): the premium, Δ and exercise decision of the two separate calls, bit for bit, on the
/// grid and off it, and a date guessed by its rank found exactly as the search finds it.
struct HedgeReadingTests {
    typealias Lean = ValuationGridPremiumAndDeltaTests
    typealias Base = ValuationGridTests

    /// The grid's points (spots from deep in the exercise region to far out of the money, some
    /// off the grid), each also at another rate (priced directly) and at the given date, no date
    /// and the next date's position (looked up).
    static let readings: [(point: Market, date: Int)] = Lean.points.flatMap { point in
        var otherRate = point
        otherRate.rate += 0.01
        let given = Lean.date(of: point.time)
        return [(point, given), (point, -1), (point, given + 1), (otherRate, given)]
    }

    /// `reading` against `premiumAndDelta` then `exercisesEarly` at the premium read, on `model`.
    static func expectSameAnswers(_ model: some PremiumAndDeltaModel, at point: Market, date: Int) throws -> Bool {
        let value = try model.premiumAndDelta(in: point, date: date)
        let decision = model.exercisesEarly(in: point, premium: value.price, date: date)
        let reading = try model.reading(in: point, date: date, decidingExercise: true)
        let label = "t \(point.time) S \(point.spot) r \(point.rate) at \(date)"
        #expect(reading.value.price.bitPattern == value.price.bitPattern, "\(label)")
        #expect(reading.value.delta.bitPattern == value.delta.bitPattern, "\(label)")
        #expect(reading.exercises == decision, "\(label)")
        let undecided = try model.reading(in: point, date: date, decidingExercise: false)
        #expect(undecided.value.price.bitPattern == value.price.bitPattern && !undecided.exercises, "\(label)")
        return decision
    }

    @Test func gridReadingIsThePremiumDeltaAndExerciseDecisionOfTheSeparateCalls() throws {
        var exercised = 0
        for (point, date) in Self.readings where try Self.expectSameAnswers(Lean.leanGrid, at: point, date: date) {
            exercised += 1
        }
        // The points reach both sides of the exercise boundary.
        #expect(exercised > 0)
        #expect(exercised < Self.readings.count)
    }

    /// A European contract is never exercised early, and a model without a grid answers with
    /// its two calls (the protocol's own reading).
    @Test func europeanGridAndDirectModelReadTheSeparateCalls() throws {
        let european = Base.contract.with(style: .european)
        let grid = try PremiumAndDeltaGrid(contract: european, market: Base.market, model: Base.model, times: Base.times) { time in
            let width = 5 * 0.6056214 * max(time, 1.0 / 365).squareRoot()
            return (261.4899 * exp(-width))...(261.4899 * exp(width))
        }
        let direct = DirectPremiumAndDelta(BlackScholesModel(), contract: european)
        for (point, date) in Self.readings {
            let gridExercises = try Self.expectSameAnswers(grid, at: point, date: date)
            let directExercises = try Self.expectSameAnswers(direct, at: point, date: date)
            #expect(!gridExercises && !directExercises)
        }
        let american = DirectPremiumAndDelta(Base.model, contract: Base.contract)
        for (point, date) in Self.readings.prefix(12) {
            _ = try Self.expectSameAnswers(american, at: point, date: date)
        }
    }

    /// Daily dates to a half-day last interval (the course's 60.5 days), given shuffled and with
    /// repeats: every date's rank guess, right or wrong, ends at the first of its equal dates, and
    /// a time between dates at none.
    @Test func findsEveryDateOfAnUnevenScheduleAsTheSearchDoes() throws {
        let daily = (0...60).map { Double($0) / 365 } + [60.5 / 365]
        // A fixed shuffle: 37 is prime to the 65 positions' modulus 67.
        let times = (daily + [daily[7], daily[60], daily[61]]).enumerated()
            .sorted { ($0.offset * 37) % 67 < ($1.offset * 37) % 67 }.map(\.element)
        let grid = try ValuationGrid(
            contract: Base.contract, market: Base.market, model: BinomialLatticeModel(steps: 50), times: times
        ) { _ in 200...320 }
        for time in daily {
            #expect(grid.dateIndex(time) == times.firstIndex(of: time), "t \(time)")
        }
        for (earlier, later) in zip(daily, daily.dropFirst()) {
            #expect(grid.dateIndex(0.5 * (earlier + later)) == nil)
        }
        #expect(grid.dateIndex(-1 / 365) == nil)
        #expect(grid.dateIndex(.nan) == nil)
        #expect(grid.dateIndex(.infinity) == nil)
    }
}
