import Testing
@testable import Pricing

/// Inputs at the edges of what a user may type: every result finite, none a crash.
struct EdgeCaseTests {
    static let models: [any PricingModel] = [BlackScholesModel(), BinomialLatticeModel(steps: 150)]

    @Test(arguments: [0.01, 0.05, 1.0, 3.0, 5.0], [-0.05, 0.0, 0.3])
    func finiteAcrossVolatilitiesAndRates(sigma: Double, rate: Double) throws {
        for type in OptionType.allCases {
            for spot in [1.0, 60, 100, 150, 10_000] {
                let market = Market(spot: spot, rate: rate, dividendYield: 0.02, volatility: sigma)
                let american = OptionContract(type: type, style: .american, strike: 100, expiry: 0.75)
                let european = american.with(style: .european)
                let lattice = try BinomialLatticeModel(steps: 150).valuation(of: american, in: market)
                let analytic = try BlackScholesModel().valuation(of: european, in: market)
                #expect(lattice.isFinite && analytic.isFinite, "\(type) S=\(spot) σ=\(sigma) r=\(rate)")
                #expect(lattice.price >= american.intrinsicValue(spot: spot) - 1e-9)
                #expect(analytic.price >= -1e-12)
            }
        }
    }

    @Test func lowVolatilityWithLargeRateStaysArbitrageFree() throws {
        // |r − q|·Δt > σ·√Δt at 10 steps: the lattice refines itself instead of using p > 1.
        let put = OptionContract(type: .put, style: .european, strike: 100, expiry: 1)
        let market = Market(spot: 100, rate: 0.2, volatility: 0.01)
        let lattice = try BinomialLatticeModel(steps: 10).price(of: put, in: market)
        let exact = try BlackScholesModel().price(of: put, in: market)
        #expect(abs(lattice - exact) < 1e-6)
    }

    @Test func americanCallWithDividendsIsExercisedEarly() throws {
        let call = OptionContract(type: .call, style: .american, strike: 80, expiry: 1)
        let market = Market(spot: 120, rate: 0.01, dividendYield: 0.12, volatility: 0.2)
        let american = try BinomialLatticeModel(steps: 500).price(of: call, in: market)
        let european = try BinomialLatticeModel(steps: 500).price(of: call.with(style: .european), in: market)
        #expect(american > european + 1)
        #expect(american >= 40 - 1e-9)
    }

    @Test(arguments: [1, 2, 3, 20_000])
    func anyStepCountFromOneTo20000(steps: Int) throws {
        let put = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        let market = Market(spot: 100, rate: 0.03, volatility: 0.3)
        let model = BinomialLatticeModel(steps: steps)
        // Debug builds are slow: the full valuation (five lattices) only where it is cheap.
        let value = steps > 1_000 ? try model.price(of: put, in: market) : try model.valuation(of: put, in: market).price
        #expect(value.isFinite)
        #expect(value > 0 && value < 100)
    }

    @Test func tinyTimeToExpiryApproachesIntrinsicValue() throws {
        let put = OptionContract(type: .put, style: .american, strike: 100, expiry: 1e-9)
        for model in Self.models {
            let contract = model is BlackScholesModel ? put.with(style: .european) : put
            let value = try model.valuation(of: contract, in: Market(spot: 90, rate: 0.03, volatility: 0.3))
            #expect(value.isFinite)
            #expect(abs(value.price - 10) < 1e-6)
        }
    }
}
