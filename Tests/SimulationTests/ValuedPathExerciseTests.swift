import Pricing
import Testing
@testable import Simulation

/// Valuing a path only up to its optimal exercise gives what valuing every date, then looking for
/// the exercise and cutting the path there, gives, bit for bit.
struct ValuedPathExerciseTests {
    static let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
    static let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)
    static let model = BinomialLatticeModel(steps: 60)

    /// Daily dates over 20 days from 261 to `last`, linearly: deep in the money at 150, where
    /// the put is exercised on a date before the last; out of it at 300.
    static func path(to last: Double) -> PricePath {
        let count = 21
        return PricePath(
            times: (0..<count).map { Double($0) / 365 },
            spots: (0..<count).map { 261.4899 + (last - 261.4899) * Double($0) / Double(count - 1) }
        )
    }

    /// Every date valued, then cut at the first optimal exercise: the reference.
    static func reference(_ book: Book, along path: PricePath, volatilities: [Double]?) throws -> (ValuedPath, Int?) {
        let valued = try ValuedPath.value(book, along: path, market: market, volatilities: volatilities, model: model)
        guard let step = valued.firstOptimalExercise(of: contract, model: model) else { return (valued, nil) }
        return (valued.truncated(through: step), step)
    }

    @Test(arguments: [150.0, 300.0])
    func stoppingAtTheExerciseGivesTheCutPathOfEveryDate(last: Double) throws {
        let path = Self.path(to: last)
        let volatilities = (0..<path.times.count).map { 0.6 + 0.001 * Double($0) }
        let long = Position(contract: Self.contract, contracts: 1, side: .long, impliedVolatility: 0.55)
        for book in [Book(long), Book(legs: [long], shares: 40)] {
            for vols in [nil, volatilities] {
                let (expected, expectedStep) = try Self.reference(book, along: path, volatilities: vols)
                let (valued, step) = try ValuedPath.valueToExercise(
                    book, along: path, market: Self.market, volatilities: vols, model: Self.model
                )
                #expect(step == expectedStep)
                #expect(valued == expected)
                if last < 200 {
                    let step = try #require(step)
                    #expect(step < path.times.count - 1)
                    #expect(valued.valuations.count == step + 1)
                } else {
                    #expect(step == nil)
                    #expect(valued.valuations.count == path.times.count)
                }
            }
        }
    }

    /// On a lattice's ``ValuationGrid``, which decides by its exercise boundary, the valuation
    /// and decision in one call are the two calls' (``PricingModel/valuationAtFixedRateDecidingExercise(of:in:)``).
    @Test(arguments: [150.0, 300.0])
    func onAGridTheCombinedCallGivesTheCutPathOfEveryDate(last: Double) throws {
        let path = Self.path(to: last)
        let request = PricingPreparation(contract: Self.contract, market: Self.market, times: path.times, threads: 1) { _ in 120...340 }
        let grid = try Self.model.prepared(for: request).model
        let book = Book(Position(contract: Self.contract, contracts: 1, side: .long))
        let valued = try ValuedPath.value(book, along: path, market: Self.market, model: grid)
        let expectedStep = valued.firstOptimalExercise(of: Self.contract, model: grid)
        let (cut, step) = try ValuedPath.valueToExercise(book, along: path, market: Self.market, model: grid)
        #expect(step == expectedStep)
        #expect(cut == (expectedStep.map { valued.truncated(through: $0) } ?? valued))
        #expect((step != nil) == (last < 200))
        for (index, point) in valued.markets.enumerated() {
            let (valuation, exercises) = try grid.valuationAtFixedRateDecidingExercise(of: Self.contract, in: point)
            let alone = try grid.valuationAtFixedRate(of: Self.contract, in: point)
            #expect(valuation == alone, "date \(index)")
            #expect(exercises == grid.exercisesEarly(Self.contract, in: point, premium: alone.price), "date \(index)")
        }
    }

    @Test func aFailureAfterTheExerciseDateIsNotPriced() throws {
        // The put is exercised on the way down to 150; a negative spot on the last date is never
        // priced, while valuing every date fails there.
        var path = Self.path(to: 150)
        path.spots[path.spots.count - 1] = -1
        let book = Book(Position(contract: Self.contract, contracts: 1, side: .long))
        #expect(throws: SimulationError.self) {
            try ValuedPath.value(book, along: path, market: Self.market, model: Self.model)
        }
        let (valued, step) = try ValuedPath.valueToExercise(book, along: path, market: Self.market, model: Self.model)
        #expect(step != nil)
        #expect(valued.valuations.count < path.times.count)
    }
}
