import Foundation
@testable import HedgeReportCLI
import Pricing
import Testing

/// A market premium is solved on the contract's own pricing model, once, the same way for the
/// option of the flags and for each leg (``ResolvedContract/solveQuote()``): the volatility that
/// reproduces the premium is kept, and becomes the market's only where no volatility is given.
struct QuoteSolveTests {
    @Test func impliedVolatilityRepricesThePremiumAndBecomesTheMarkets() throws {
        let resolved = try Invocation.price(["--premium", "23.70"])
        let implied = try #require(resolved.premiumImpliedVolatility)
        // DESIGN.md §2.6: the volatility that reproduces the course's mid on its lattice, about 0.5987.
        #expect(abs(implied - 0.5987) < 0.0001)
        #expect(resolved.market.volatility == implied)
        let price = try resolved.pricingModel.valuation(of: resolved.contract, in: resolved.market).price
        #expect(abs(price - 23.70) < 1e-8)
    }

    @Test func givenVolatilityStaysTheMarketsBesideTheSolvedOne() throws {
        let resolved = try Invocation.price(["--premium", "23.70", "--vol", "0.6"])
        #expect(resolved.market.volatility == 0.6)
        #expect(abs(try #require(resolved.premiumImpliedVolatility) - 0.5987) < 0.0001)
    }

    @Test func withoutAPremiumNothingIsSolved() throws {
        var resolved = try Invocation.price(["--vol", "0.5"])
        resolved.marketPremium = nil
        #expect(try resolved.solveQuote() == nil)
        #expect(resolved.premiumImpliedVolatility == nil)
        #expect(resolved.market.volatility == 0.5)
    }

    @Test func aLegsPremiumIsSolvedOnItsOwnModel() throws {
        let run = try Invocation.report(["--paths", "0", "--leg", "type=put,strike=260,premium=23.7", "--leg", "type=call,strike=300,vol=0.5"])
        let legs = run.pipeline.scenario.book.legs
        let put = legs[0]
        var market = run.pipeline.scenario.market
        market.volatility = put.impliedVolatility ?? market.volatility
        #expect(abs(try run.pipeline.model.valuation(of: put.contract, in: market).price - 23.7) < 1e-6)
        #expect(legs[1].impliedVolatility == 0.5)
    }
}
