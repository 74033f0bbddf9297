import Foundation
import Testing
@testable import Pricing

/// The per-date Δ of a Monte Carlo study against the scalar model it stands in for.
struct BlackScholesDeltaSliceTests {
    static let spots: [Double] = (0..<81).map { 40 + 5.3 * Double($0) }
    static let timesToExpiry: [Double] = [0, 1.0 / 8760, 1.0 / 365, 7.0 / 365, 0.25, 2]

    /// Within 2e-13 of ``BlackScholesModel/valuation(of:in:)``'s Δ for calls and puts, with
    /// and without a dividend yield and with a negative rate, from an hour to two years and at
    /// expiry (the payoff's slope, exactly). The difference is d₁'s rounding: ln S − ln K
    /// against ln(S/K), scaled by 1/(σ√τ), largest an hour before expiry. The spots it writes
    /// beside Δ are e^{ln S} within 2 ulps.
    @Test(arguments: [OptionType.call, .put], [(0.045, 0.0), (0.045, 0.02), (-0.01, 0.03)])
    func matchesTheScalarModel(type: OptionType, rates: (rate: Double, dividendYield: Double)) throws {
        let contract = OptionContract(type: type, style: .european, strike: 240, expiry: 2)
        let market = Market(spot: 1, rate: rates.rate, dividendYield: rates.dividendYield, volatility: 0.6)
        var worst = 0.0
        for tau in Self.timesToExpiry {
            let slice = try BlackScholesDeltaSlice(contract: contract, market: market, timeToExpiry: tau)
            var deltas = [Double](repeating: .nan, count: Self.spots.count), spots = deltas
            let logSpots = Self.spots.map { log($0) }
            slice.fill(deltas: &deltas, spots: &spots, logSpots: logSpots)
            for (i, (spot, delta)) in zip(Self.spots, deltas).enumerated() {
                // The passes over all paths give the scalar forms bit for bit.
                #expect(delta == slice.delta(logSpot: logSpots[i]) && spots[i] == slice.spot(logSpot: logSpots[i]))
                #expect(abs(spots[i] - exp(logSpots[i])) <= 2 * exp(logSpots[i]).ulp)
                var point = market
                point.spot = spot
                point.time = contract.expiry - tau
                let expected = try BlackScholesModel().valuation(of: contract, in: point).delta
                if tau == 0 { #expect(delta == expected, "S = \(spot) at expiry") }
                worst = max(worst, abs(delta - expected))
            }
        }
        #expect(worst < 2e-13, "worst |ΔΔ| \(worst)")
    }

    /// ln S far outside any price: 0 and +∞ for the spot, Δ at its limits, never a wrapped
    /// exponent; NaN stays NaN.
    @Test func extremeLogSpotsGiveLimitsNotGarbage() throws {
        let put = OptionContract(type: .put, style: .european, strike: 100, expiry: 1)
        let slice = try BlackScholesDeltaSlice(contract: put, market: Market(spot: 1, rate: 0.05, volatility: 0.2), timeToExpiry: 0.5)
        var deltas = [Double](repeating: 0, count: 4), spots = deltas
        slice.fill(deltas: &deltas, spots: &spots, logSpots: [-800, 800, 710, .nan])
        #expect(spots[0] == 0 && spots[1] == .infinity && spots[2] == .infinity && spots[3].isNaN)
        #expect(deltas[0] == -1 && deltas[1] == 0 && deltas[2] == 0 && deltas[3].isNaN)
    }

    @Test func refusesAmericanContractsAndBadTimes() {
        let market = Market(spot: 1, rate: 0.05, volatility: 0.2)
        let american = OptionContract(type: .put, style: .american, strike: 100, expiry: 1)
        #expect(throws: PricingError.self) { try BlackScholesDeltaSlice(contract: american, market: market, timeToExpiry: 1) }
        let european = american.with(style: .european)
        #expect(throws: PricingError.self) { try BlackScholesDeltaSlice(contract: european, market: market, timeToExpiry: -1) }
        #expect(throws: PricingError.self) { try BlackScholesDeltaSlice(contract: european, market: market, timeToExpiry: .nan) }
        var flat = market
        flat.volatility = 0
        #expect(throws: PricingError.self) { try BlackScholesDeltaSlice(contract: european, market: flat, timeToExpiry: 1) }
    }
}
