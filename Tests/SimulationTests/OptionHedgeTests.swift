import Pricing
import Testing
@testable import Simulation

/// Hedging a book with traded options (DESIGN.md §2.7; Hull, *Options, Futures, and Other
/// Derivatives*, the gamma- and vega-neutral sections).
struct OptionHedgeTests {
    /// Hull's example: a delta-neutral book with Γ −3,000 and a traded call with Δ 0.62 and
    /// Γ 1.50 → buy 2,000 calls, then sell 1,240 shares to restore Δ-neutrality.
    @Test func hullsGammaNeutralExample() throws {
        let book = Valuation(price: 0, delta: 0, gamma: -3_000, theta: 0, vega: 0, rho: 0)
        let call = Valuation(price: 0, delta: 0.62, gamma: 1.50, theta: 0, vega: 0, rho: 0)
        let holdings = try OptionHedgeRatios.solve(book: book, options: [call]).get()
        #expect(abs(holdings.options[0] - 2_000) < 1e-9)
        #expect(abs(holdings.shares - -1_240) < 1e-9)
    }

    /// Hull's gamma- and vega-neutral example: a delta-neutral book with Γ −5,000 and vega
    /// −8,000, option 1 with Δ 0.6, Γ 0.5, vega 2.0 and option 2 with Δ 0.5, Γ 0.8, vega 1.2 →
    /// 400 of option 1 and 6,000 of option 2, then sell 3,240 shares.
    @Test func hullsGammaVegaNeutralExample() throws {
        let book = Valuation(price: 0, delta: 0, gamma: -5_000, theta: 0, vega: -8_000, rho: 0)
        let first = Valuation(price: 0, delta: 0.6, gamma: 0.5, theta: 0, vega: 2.0, rho: 0)
        let second = Valuation(price: 0, delta: 0.5, gamma: 0.8, theta: 0, vega: 1.2, rho: 0)
        let holdings = try OptionHedgeRatios.solve(book: book, options: [first, second]).get()
        #expect(abs(holdings.options[0] - 400) < 1e-9)
        #expect(abs(holdings.options[1] - 6_000) < 1e-9)
        #expect(abs(holdings.shares - -3_240) < 1e-9)
    }

    @Test func collinearOptionsAreRefused() {
        let first = Valuation(price: 1, delta: 0.5, gamma: 0.02, theta: 0, vega: 0.3, rho: 0)
        var second = first
        second.gamma *= 2
        second.vega *= 2
        let book = Valuation(price: 0, delta: 0, gamma: -1, theta: 0, vega: -1, rho: 0)
        #expect(OptionHedgeRatios.solve(book: book, options: [first, second]) == .failure(.collinear))
        var flat = first
        flat.gamma = 0
        #expect(OptionHedgeRatios.solve(book: book, options: [flat]) == .failure(.noGamma(option: 0)))
    }

    /// Under Black–Scholes vega ÷ Γ = S²·σ·τ, so the separation of two options of one volatility
    /// is |τ₁ − τ₂| ÷ (τ₁ + τ₂) whatever their strikes: 0 for one expiry, ⅓ for 90 and 180 days.
    @Test func separationIsTheExpiriesRelativeGapUnderBlackScholes() throws {
        let market = Market(spot: 261.49, rate: 0.0431, volatility: 0.6056)
        func greeks(_ type: OptionType, _ strike: Double, days: Double) throws -> Valuation {
            try BlackScholesModel().valuation(of: OptionContract(type: type, style: .european, strike: strike, expiry: days / 365), in: market)
        }
        let call90 = try greeks(.call, 270, days: 90), put90 = try greeks(.put, 240, days: 90), put180 = try greeks(.put, 240, days: 180)
        #expect(OptionHedgeRatios.separation(call90, put90) < 1e-9)
        #expect(abs(OptionHedgeRatios.separation(call90, put180) - 1.0 / 3) < 1e-9)
        #expect(OptionHedgeRatios.separation(call90, put90) < OptionHedgeRatios.minimumSeparation)
    }

    /// The course put, European for the closed form, hedged daily: with a 270 call the hedge is
    /// Δ- and Γ-neutral at every date before the last, and its P&L stays far closer to zero
    /// than the shares-only hedge's on the same path.
    @Test func deltaGammaHedgeIsNeutralAndTighter() throws {
        var scenario = HedgeScenario.course
        scenario.position.contract.style = .european
        scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 270, expiry: 90.0 / 365))]
        let simulation = try scenario.simulate(model: BlackScholesModel(), threads: 1)
        #expect(simulation.optionHedges.map(\.kind) == [.shares, .deltaGamma])
        let shares = simulation.optionHedges[0], gamma = simulation.optionHedges[1]
        // Shares only is the textbook's hedge: the same final P&L without costs.
        #expect(abs(shares.finalPnL - simulation.textbook.last!.profitAndLoss) < 1e-8)
        // The Greeks from the textbook formulas (no code shared with `Pricing`).
        let sigma = scenario.market.volatility, r = scenario.market.rate
        let put = ClosedFormBlackScholes(isCall: false, strike: 260, rate: r, dividendYield: 0, volatility: sigma)
        let call = ClosedFormBlackScholes(isCall: true, strike: 270, rate: r, dividendYield: 0, volatility: sigma)
        for row in gamma.rows.dropLast() {
            let book = put.values(spot: row.spot, tau: 60.5 / 365 - row.time)
            let option = call.values(spot: row.spot, tau: 90.0 / 365 - row.time)
            #expect(abs(100 * book.gamma + row.options[0] * option.gamma) < 1e-8, "Γ at step \(row.step)")
            #expect(abs(100 * book.delta + row.options[0] * option.delta + row.shares) < 1e-8, "Δ at step \(row.step)")
        }
        func worst(_ ledger: OptionHedgeLedger) -> Double { ledger.rows.map { abs($0.profitAndLoss) }.max()! }
        #expect(worst(gamma) < worst(shares) / 3, "\(worst(gamma)) against \(worst(shares))")
    }

    @Test func hedgeOptionExpiringBeforeTheHorizonIsRefused() {
        var scenario = HedgeScenario.course
        scenario.hedge.tradedOptions = [TradedOption(contract: OptionContract(type: .call, style: .european, strike: 270, expiry: 30.0 / 365))]
        #expect(throws: SimulationError.self) { try scenario.validate() }
    }
}
