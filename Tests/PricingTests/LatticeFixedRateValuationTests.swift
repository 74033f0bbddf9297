import Foundation
import Testing
@testable import Pricing

/// ``BinomialLatticeModel/valuationAtFixedRate(of:in:)`` is ``BinomialLatticeModel/valuation(of:in:)``
/// without rho's two rate-bumped lattices (issue 26): the premium and the other four Greeks are
/// the full valuation's to the last bit, for every method, style, side and moneyness; rho is 0,
/// except at expiry and at a spot of zero, where the full valuation's limits carry it. The models that wrap a lattice pass it through, and a closed
/// form, whose rho costs nothing, gives its full valuation.
struct LatticeFixedRateValuationTests {
    static let market = Market(spot: 261.4899, rate: 0.0431, volatility: 0.6056214)

    struct Case: Sendable, CustomTestStringConvertible {
        var method: LatticeMethod
        var type: OptionType
        var style: ExerciseStyle
        var strike: Double
        var testDescription: String { "\(method.rawValue) \(style.rawValue) \(type.rawValue) K = \(strike)" }
    }

    /// Every method, both styles and sides, the course's strike and one far in and one far out
    /// of the money.
    static let cases: [Case] = LatticeMethod.allCases.flatMap { method in
        [OptionType.put, .call].flatMap { type in
            [ExerciseStyle.american, .european].flatMap { style in
                [130.0, 260, 520].map { Case(method: method, type: type, style: style, strike: $0) }
            }
        }
    }

    @Test(arguments: cases)
    func everyFigureButRhoIsTheFullValuationsBitForBit(_ c: Case) throws {
        let model = BinomialLatticeModel(steps: 366, method: c.method)
        let contract = OptionContract(type: c.type, style: c.style, strike: c.strike, expiry: 60.5 / 365)
        // At the start and a minute before expiry rho is left 0; at expiry and at a spot of zero
        // no lattice is rolled back, and the limits' rho costs nothing and is kept.
        for (time, spot, keepsRho) in [(0, Self.market.spot, false), (contract.expiry - 1 / (365 * 390), 255.0, false),
                                       (contract.expiry, 255.0, true), (0, 0, true)] {
            var market = Self.market
            market.time = time
            market.spot = spot
            let full = try model.valuation(of: contract, in: market)
            let fixed = try model.valuationAtFixedRate(of: contract, in: market)
            var expected = full
            if !keepsRho { expected.rho = 0 }
            #expect(fixed == expected, "t = \(market.time), S = \(market.spot): \(fixed) vs \(full)")
        }
        if c.strike == 260 { #expect(try model.valuation(of: contract, in: Self.market).rho != 0) }
    }

    /// The by-style model (the report's) gives the lattice's fixed-rate valuation for an American
    /// contract and the closed form's full valuation, rho included, for a European one; the
    /// per-contract and preparation-sharing wrappers pass the call through.
    @Test func wrappersPassTheFixedRateValuationThrough() throws {
        let lattice = BinomialLatticeModel(steps: 366)
        let american = OptionContract(type: .put, style: .american, strike: 260, expiry: 60.5 / 365)
        let european = american.with(style: .european)
        let expected = try lattice.valuationAtFixedRate(of: american, in: Self.market)
        let byStyle = PricingModelByStyle(european: BlackScholesModel(), american: lattice)
        #expect(try byStyle.valuationAtFixedRate(of: american, in: Self.market) == expected)
        #expect(try byStyle.valuationAtFixedRate(of: european, in: Self.market) == BlackScholesModel().valuation(of: european, in: Self.market))
        let perContract = PricingModelPerContract([(contract: american, model: lattice)], fallback: BlackScholesModel())
        #expect(try perContract.valuationAtFixedRate(of: american, in: Self.market) == expected)
        let sharing = PreparationSharingModel(lattice, store: PreparationStore())
        #expect(try sharing.valuationAtFixedRate(of: american, in: Self.market) == expected)
    }
}
