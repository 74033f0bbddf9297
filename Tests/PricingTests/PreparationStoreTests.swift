import Pricing
import Synchronization
import Testing

/// A ``PreparationStore`` builds a preparation once for every model that asks for an identical
/// one, and afresh for anything that differs (`hedge-report compare`'s scenarios share grids).
struct PreparationStoreTests {
    /// Counts the preparations it is asked to build; equal when its `lattice` is equal.
    struct CountingModel: PricingModel, ReusablePreparation {
        var lattice: BinomialLatticeModel
        let built: Built

        final class Built: Sendable {
            let count = Mutex(0)
        }

        static func == (a: Self, b: Self) -> Bool { a.lattice == b.lattice }
        func hash(into hasher: inout Hasher) { hasher.combine(lattice) }

        func price(of contract: OptionContract, in market: Market) throws(PricingError) -> Double {
            try lattice.price(of: contract, in: market)
        }

        func valuation(of contract: OptionContract, in market: Market) throws(PricingError) -> Valuation {
            try lattice.valuation(of: contract, in: market)
        }

        func prepared(for request: PricingPreparation) throws(PricingError) -> PreparedPricingModel {
            built.count.withLock { $0 += 1 }
            return try lattice.prepared(for: request)
        }
    }

    private let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
    private let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)

    private func request(times: [Double], threads: Int = 2) -> PricingPreparation {
        PricingPreparation(contract: contract, market: market, times: times, threads: threads) { _ in 200...340 }
    }

    @Test func identicalRequestsArePreparedOnceAndValueTheSame() throws {
        let store = PreparationStore(), built = CountingModel.Built()
        let a = PreparationSharingModel(CountingModel(lattice: BinomialLatticeModel(steps: 100), built: built), store: store)
        let b = PreparationSharingModel(CountingModel(lattice: BinomialLatticeModel(steps: 100), built: built), store: store)
        let times = [0, 7.0 / 365, 14.0 / 365]
        let first = try a.prepared(for: request(times: times, threads: 1))
        // The number of workers changes the time taken, never a value: the same preparation.
        let second = try b.prepared(for: request(times: times, threads: 2))
        #expect(built.count.withLock { $0 } == 1)
        let quote = Market(spot: 255, rate: 0.0431, volatility: 0.6056214, time: 7.0 / 365)
        #expect(try first.model.premiumAndDelta(of: contract, in: quote) == second.model.premiumAndDelta(of: contract, in: quote))
    }

    @Test func requestsThatDifferArePreparedEachTime() throws {
        let store = PreparationStore(), built = CountingModel.Built()
        let model = PreparationSharingModel(CountingModel(lattice: BinomialLatticeModel(steps: 100), built: built), store: store)
        let other = PreparationSharingModel(CountingModel(lattice: BinomialLatticeModel(steps: 120), built: built), store: store)
        _ = try model.prepared(for: request(times: [0, 7.0 / 365]))
        _ = try model.prepared(for: request(times: [0, 1.0 / 365]))
        _ = try other.prepared(for: request(times: [0, 7.0 / 365]))
        var wider = request(times: [0, 7.0 / 365])
        wider.spotRange = { _ in 150...400 }
        _ = try model.prepared(for: wider)
        #expect(built.count.withLock { $0 } == 4)
    }
}
