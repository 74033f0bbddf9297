import Pricing
import Testing
@testable import Simulation

/// Pricing a path's dates on several threads gives what one thread gives, and fails the same way.
struct ValuedPathThreadsTests {
    static let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
    static let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)

    @Test(arguments: [2, 3, 8])
    func severalThreadsGiveTheValuationsOfOne(threads: Int) throws {
        var scenario = HedgeScenario.course
        scenario.dynamics.seed = 11
        let path = scenario.pricePath()
        let model = BinomialLatticeModel(steps: 60)
        let one = try ValuedPath.value(Self.contract, along: path, market: Self.market, model: model, threads: 1)
        let many = try ValuedPath.value(Self.contract, along: path, market: Self.market, model: model, threads: threads)
        #expect(one == many)
        #expect(one.valuations.count == path.times.count)
    }

    @Test func theEarliestFailingDateIsReportedWhateverTheThreads() {
        // Spots −1 at dates 7 and 3: both thread counts name date 3.
        var spots = Array(repeating: 250.0, count: 12)
        spots[7] = -1
        spots[3] = -1
        let path = PricePath(times: (0..<12).map { Double($0) / 365 }, spots: spots)
        for threads in [1, 4] {
            do {
                _ = try ValuedPath.value(
                    Self.contract.with(style: .european), along: path, market: Self.market, model: BlackScholesModel(), threads: threads
                )
                Issue.record("a negative spot was priced")
            } catch {
                #expect(error.description.contains("step 3"), "\(threads) threads: \(error)")
            }
        }
    }
}
