import Foundation
import Testing
@testable import Pricing

/// Properties any correct pricer satisfies, over a grid of contracts.
struct PropertyTests {
    static let spots = [60.0, 90, 100, 110, 160]
    static let volatilities = [0.05, 0.2, 0.6, 1.5]

    @Test(arguments: spots, volatilities)
    func europeanPutCallParity(spot: Double, volatility: Double) throws {
        // C − P = S·e^{−qT} − K·e^{−rT}.
        let market = Market(spot: spot, rate: 0.03, dividendYield: 0.01, volatility: volatility)
        let call = OptionContract(type: .call, style: .european, strike: 100, expiry: 0.75)
        let put = OptionContract(type: .put, style: .european, strike: 100, expiry: 0.75)
        let model = BlackScholesModel()
        let difference = try model.price(of: call, in: market) - model.price(of: put, in: market)
        let forward = spot * exp(-0.01 * 0.75) - 100 * exp(-0.03 * 0.75)
        #expect(abs(difference - forward) < 1e-10)
    }

    @Test(arguments: spots, volatilities)
    func americanPutIsWorthAtLeastEuropeanAndIntrinsic(spot: Double, volatility: Double) throws {
        let market = Market(spot: spot, rate: 0.05, volatility: volatility)
        let american = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        let lattice = BinomialLatticeModel(steps: 200)
        let americanPrice = try lattice.price(of: american, in: market)
        let europeanPrice = try lattice.price(of: american.with(style: .european), in: market)
        #expect(americanPrice >= europeanPrice - 1e-12)
        #expect(americanPrice >= american.intrinsicValue(spot: spot) - 1e-12)
    }

    @Test(arguments: spots)
    func americanCallWithoutDividendsIsEuropeanCall(spot: Double) throws {
        let market = Market(spot: spot, rate: 0.05, volatility: 0.3)
        let call = OptionContract(type: .call, style: .american, strike: 100, expiry: 1)
        let lattice = BinomialLatticeModel(steps: 300)
        #expect(abs(try lattice.price(of: call, in: market) - lattice.price(of: call.with(style: .european), in: market)) < 1e-10)
    }

    @Test func crrConvergesToBlackScholes() throws {
        let market = Market(spot: 100, rate: 0.05, volatility: 0.25)
        let put = OptionContract(type: .put, style: .european, strike: 105, expiry: 0.5)
        let exact = try BlackScholesModel().price(of: put, in: market)
        let errors = try [50, 200, 800].map { abs(try BinomialLatticeModel(steps: $0).price(of: put, in: market) - exact) }
        // CRR's error falls roughly as 1/N (with oscillation); 16× the steps must cut it well down.
        #expect(errors[2] < errors[0] / 4)
        #expect(errors[2] < 0.005)
    }

    @Test func latticeGreeksApproachBlackScholesGreeks() throws {
        let market = Market(spot: 100, rate: 0.04, dividendYield: 0.02, volatility: 0.3)
        let put = OptionContract(type: .put, style: .european, strike: 95, expiry: 0.4)
        let exact = try BlackScholesModel().valuation(of: put, in: market)
        let tree = try BinomialLatticeModel(steps: 1500).valuation(of: put, in: market)
        #expect(abs(tree.delta - exact.delta) < 1e-3)
        #expect(abs(tree.gamma - exact.gamma) < 1e-3 * exact.gamma * 10)
        #expect(abs(tree.theta - exact.theta) / abs(exact.theta) < 0.01)
        #expect(abs(tree.vega - exact.vega) / exact.vega < 0.01)
        #expect(abs(tree.rho - exact.rho) / abs(exact.rho) < 0.01)
    }

    @Test func putPriceRisesWithStrikeVolatilityAndFallsWithSpot() throws {
        let lattice = BinomialLatticeModel(steps: 200)
        func price(spot: Double = 100, strike: Double = 100, volatility: Double = 0.3, expiry: Double = 0.5) throws -> Double {
            try lattice.price(
                of: OptionContract(type: .put, style: .american, strike: strike, expiry: expiry),
                in: Market(spot: spot, rate: 0.03, volatility: volatility)
            )
        }
        #expect(try price(spot: 95) > price(spot: 100))
        #expect(try price(strike: 105) > price(strike: 100))
        #expect(try price(volatility: 0.4) > price(volatility: 0.3))
        #expect(try price(expiry: 1) > price(expiry: 0.5))
    }

    @Test func atExpiryValueIsIntrinsicWithFiniteGreeks() throws {
        let put = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        let market = Market(spot: 90, rate: 0.03, volatility: 0.3, time: 0.5)
        let value = try BinomialLatticeModel(steps: 100).valuation(of: put, in: market)
        #expect(value.price == 10)
        #expect(value.delta == -1)
        #expect(value.isFinite)
    }

    @Test func blackScholesRefusesAmericanExercise() {
        let put = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        #expect(throws: PricingError.self) {
            try BlackScholesModel().price(of: put, in: Market(spot: 100, rate: 0.03, volatility: 0.3))
        }
    }

    @Test func rejectsNonPositiveVolatilityNamingIt() {
        let put = OptionContract(type: .put, style: .european, strike: 100, expiry: 0.5)
        do {
            _ = try BlackScholesModel().price(of: put, in: Market(spot: 100, rate: 0.03, volatility: 0))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("volatility"))
        }
    }

    @Test func latticeRejectsZeroSteps() {
        let put = OptionContract(type: .put, style: .american, strike: 100, expiry: 0.5)
        #expect(throws: PricingError.self) {
            try BinomialLatticeModel(steps: 0).price(of: put, in: Market(spot: 100, rate: 0.03, volatility: 0.3))
        }
    }
}
