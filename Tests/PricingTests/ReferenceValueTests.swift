import Testing
@testable import Pricing

/// Published reference values (DESIGN.md §3), each with its source and tolerance.
struct ReferenceValueTests {
    /// Hull, *Options, Futures, and Other Derivatives*, American put S = K = 50, r = 10%,
    /// σ = 40%, T = 5 months, CRR tree (Hull prints 4.49 for 5 steps; the convergence table
    /// gives 4.2634 at 30 steps, 4.2720 at 50, 4.2781 at 100 and 4.2830 at 500).
    @Test(arguments: [
        (steps: 5, expected: 4.4885),
        (steps: 30, expected: 4.2634),
        (steps: 50, expected: 4.2720),
        (steps: 100, expected: 4.2781),
        (steps: 500, expected: 4.2830),
    ])
    func hullAmericanPutOnCRRTree(steps: Int, expected: Double) throws {
        let contract = OptionContract(type: .put, style: .american, strike: 50, expiry: 5.0 / 12)
        let market = Market(spot: 50, rate: 0.10, volatility: 0.40)
        let price = try BinomialLatticeModel(steps: steps).price(of: contract, in: market)
        #expect(abs(price - expected) < 0.00005, "CRR \(steps) steps: \(price)")
    }

    /// S = K = 40, T = 0.25, r = 6%, σ = 20%, q = 0: European put 1.3032, Δ −0.4207
    /// (Black–Scholes closed form, as in DESIGN.md §3).
    @Test func europeanPutAtTheMoney() throws {
        let contract = OptionContract(type: .put, style: .european, strike: 40, expiry: 0.25)
        let market = Market(spot: 40, rate: 0.06, volatility: 0.20)
        let value = try BlackScholesModel().valuation(of: contract, in: market)
        #expect(abs(value.price - 1.3032) < 0.00005)
        #expect(abs(value.delta - -0.4207) < 0.00005)
    }

    /// Same contract, American, CRR 2000 steps: 1.3565 (±0.0002), Δ −0.4446 (DESIGN.md §3).
    @Test func americanPutAtTheMoneyOn2000Steps() throws {
        let contract = OptionContract(type: .put, style: .american, strike: 40, expiry: 0.25)
        let market = Market(spot: 40, rate: 0.06, volatility: 0.20)
        let value = try BinomialLatticeModel(steps: 2000).valuation(of: contract, in: market)
        #expect(abs(value.price - 1.3565) < 0.0002)
        #expect(abs(value.delta - -0.4446) < 0.00005)
    }

    /// S = 250, K = 240, r = 4.5%, q = 0, σ = 60%, T = 30/365: QuantLib 1.44
    /// AnalyticEuropeanEngine (DESIGN.md §3).
    @Test func europeanPutMatchesQuantLibAnalyticEngine() throws {
        let contract = OptionContract(type: .put, style: .european, strike: 240, expiry: 30.0 / 365)
        let market = Market(spot: 250, rate: 0.045, volatility: 0.60)
        let value = try BlackScholesModel().valuation(of: contract, in: market)
        #expect(abs(value.price - 11.875584) < 0.000001)
        #expect(abs(value.delta - -0.365113) < 0.000001)
        #expect(abs(value.gamma - 0.008741) < 0.000001)
        #expect(abs(value.theta - -93.699674) < 0.000001)
        #expect(abs(value.vega - 26.942902) < 0.000001)
        #expect(abs(value.rho - -8.478388) < 0.000001)
    }

    /// Same contract, American, CRR 1000 steps: 11.91433 (±0.00001), tree Δ −0.366606,
    /// Γ 0.008801 (QuantLib 1.44 BinomialVanillaEngine "crr"). QuantLib's Θ, −94.346 per year,
    /// comes from the Black–Scholes equation applied to the tree's Δ and Γ; Hull's node Θ
    /// used here reads −94.348, so its tolerance is 0.01 per year (0.00003 per day).
    @Test func americanPutMatchesQuantLibBinomialEngine() throws {
        let contract = OptionContract(type: .put, style: .american, strike: 240, expiry: 30.0 / 365)
        let market = Market(spot: 250, rate: 0.045, volatility: 0.60)
        let value = try BinomialLatticeModel(steps: 1000).valuation(of: contract, in: market)
        #expect(abs(value.price - 11.91433) < 0.00001)
        #expect(abs(value.delta - -0.366606) < 0.000001)
        #expect(abs(value.gamma - 0.008801) < 0.000001)
        #expect(abs(value.theta - -94.346) < 0.01)
    }

    /// The course contract (DESIGN.md §2.6): TSLA put K = 260, S0 = 261.4899, σ = 0.6056214,
    /// r = 0.0431, q = 0, 60.5 days, American, CRR 366 levels → 23.988 to 3 decimals.
    @Test func courseContractOn366Levels() throws {
        let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
        let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)
        let price = try BinomialLatticeModel(steps: 366).price(of: contract, in: market)
        #expect(abs(price - 23.988) < 0.0005)
    }

    /// QuantLib's DiscreteHedging example (DESIGN.md §3): a 1-month ATM call, S = K = 100,
    /// σ = 20%, r = 5%: Black–Scholes value 2.512, vega 11.458 (per 1.00 of volatility).
    @Test func quantLibDiscreteHedgingCall() throws {
        let contract = OptionContract(type: .call, style: .european, strike: 100, expiry: 1.0 / 12)
        let value = try BlackScholesModel().valuation(of: contract, in: Market(spot: 100, rate: 0.05, volatility: 0.20))
        #expect(abs(value.price - 2.512) < 0.0005)
        #expect(abs(value.vega - 11.458) < 0.0005)
    }
}
