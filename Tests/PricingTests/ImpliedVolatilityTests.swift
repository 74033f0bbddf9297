import Testing
@testable import Pricing

struct ImpliedVolatilityTests {
    /// DESIGN.md §2.6: the course's mid quote, 23.70, on the same 366-level CRR lattice implies
    /// a volatility of about 0.5987 (0.598729 by bisection on an independent Python lattice).
    @Test func courseMidQuoteImpliesAbout0_5987() throws {
        let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
        let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6)
        let sigma = try ImpliedVolatility.solve(
            premium: 23.70, contract: contract, market: market, model: BinomialLatticeModel(steps: 366)
        )
        #expect(abs(sigma - 0.598729) < 0.000002)
    }

    @Test(arguments: [0.01, 0.1, 0.35, 1.2, 4.5])
    func europeanRoundTrip(sigma: Double) throws {
        for type in OptionType.allCases {
            let contract = OptionContract(type: type, style: .european, strike: 95, expiry: 0.7)
            let market = Market(spot: 100, rate: 0.02, dividendYield: 0.01, volatility: sigma)
            let premium = try BlackScholesModel().price(of: contract, in: market)
            // Where the premium barely depends on σ (deep out of the money at tiny σ), compare prices.
            let implied = try ImpliedVolatility.solve(premium: premium, contract: contract, market: market, model: BlackScholesModel())
            var check = market
            check.volatility = implied
            #expect(abs(try BlackScholesModel().price(of: contract, in: check) - premium) < 1e-9)
            if try BlackScholesModel().valuation(of: contract, in: market).vega > 1e-3 {
                #expect(abs(implied - sigma) < 1e-8, "\(type) σ = \(sigma): \(implied)")
            }
        }
    }

    @Test(arguments: [0.15, 0.6, 2.0])
    func americanRoundTripOnLattice(sigma: Double) throws {
        let model = BinomialLatticeModel(steps: 200)
        for type in OptionType.allCases {
            let contract = OptionContract(type: type, style: .american, strike: 100, expiry: 0.5)
            let market = Market(spot: 97, rate: 0.05, dividendYield: 0.03, volatility: sigma)
            let premium = try model.price(of: contract, in: market)
            let implied = try ImpliedVolatility.solve(premium: premium, contract: contract, market: market, model: model)
            #expect(abs(implied - sigma) < 1e-7, "\(type) σ = \(sigma): \(implied)")
        }
    }

    @Test func rejectsPremiumBelowIntrinsicValue() {
        let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
        let market = Market(spot: 240, rate: 0.0431, volatility: 0.6)
        #expect {
            try ImpliedVolatility.solve(premium: 19.99, contract: contract, market: market, model: BinomialLatticeModel(steps: 50))
        } throws: { error in
            "\(error)".contains("premium") && "\(error)".contains("intrinsic")
        }
    }

    @Test func rejectsPutPremiumAboveStrikeAndCallPremiumAboveSpot() {
        let market = Market(spot: 100, rate: 0.01, volatility: 0.3)
        let put = OptionContract(type: .put, style: .european, strike: 90, expiry: 1)
        let call = OptionContract(type: .call, style: .european, strike: 90, expiry: 1)
        #expect(throws: PricingError.self) {
            try ImpliedVolatility.solve(premium: 90, contract: put, market: market, model: BlackScholesModel())
        }
        #expect {
            try ImpliedVolatility.solve(premium: 100.5, contract: call, market: market, model: BlackScholesModel())
        } throws: { "\($0)".contains("spot") }
    }
}
