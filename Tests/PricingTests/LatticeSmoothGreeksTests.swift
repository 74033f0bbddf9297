import Foundation
import Testing
@testable import Pricing

/// Vega by bumping, smooth in the number of steps (``BinomialLatticeModel/vegaMethod``).
struct LatticeSmoothGreeksTests {
    /// The 2022 course's NFLX call: S = 289.26, K = 315, σ = 48.72%, 52 days, r = 4.23%, no
    /// dividend, so the American call is the European one.
    static let market = Market(spot: 289.26, rate: 0.0423, volatility: 0.4872)
    static let call = OptionContract(type: .call, style: .european, strike: 315, expiry: 52.0 / 365)
    static let steps = Array(100...140)

    static func totalVariation(_ values: [Double]) -> Double {
        zip(values, values.dropFirst()).reduce(0) { $0 + abs($1.1 - $1.0) }
    }

    /// Over N = 100…140 the vega moves by 0.4 in all (CRR's own bumps: 61.7, swinging from
    /// 40.51 at N = 100 to 42.41 at N = 101) and stays within 0.15% of the closed form's
    /// 41.126, for the European and the American call alike.
    @Test(arguments: ExerciseStyle.allCases)
    func vegaIsSmoothInStepsAndNearTheClosedForm(style: ExerciseStyle) throws {
        let contract = Self.call.with(style: style)
        let exact = try BlackScholesModel().valuation(of: Self.call, in: Self.market).vega
        let vegas = try Self.steps.map { try BinomialLatticeModel(steps: $0).valuation(of: contract, in: Self.market).vega }
        #expect(Self.totalVariation(vegas) < 0.5, "\(vegas)")
        for (steps, vega) in zip(Self.steps, vegas) {
            #expect(abs(vega - exact) < 0.0015 * exact, "N = \(steps): \(vega) against \(exact)")
        }
    }

    /// The same bumps on the CRR lattice itself swing by a hundred times as much: the reason
    /// vega does not take them.
    @Test func crrBumpsWouldSawTooth() throws {
        // The ±0.01 absolute bump vega took before the relative one (issue 22).
        let bump = 0.01
        var up = Self.market, down = Self.market
        up.volatility += bump
        down.volatility -= bump
        let vegas = try Self.steps.map { steps in
            let crr = BinomialLatticeModel(steps: steps)
            return try (crr.price(of: Self.call, in: up) - crr.price(of: Self.call, in: down)) / (2 * bump)
        }
        #expect(abs(vegas[0] - 40.509) < 0.001 && abs(vegas[1] - 42.408) < 0.001, "\(vegas[0]), \(vegas[1])")
        #expect(Self.totalVariation(vegas) > 50)
    }

    /// Rho moves no node, so it keeps the pricing lattice's own bumps: over N it follows CRR's
    /// small even–odd oscillation (±0.01 of 13.4, total variation 0.5 over N = 100…140) and
    /// stays within 0.2% of the closed form.
    @Test func rhoStaysNearTheClosedForm() throws {
        let exact = try BlackScholesModel().valuation(of: Self.call, in: Self.market).rho
        let rhos = try Self.steps.map { try BinomialLatticeModel(steps: $0).valuation(of: Self.call, in: Self.market).rho }
        #expect(Self.totalVariation(rhos) < 1)
        for (steps, rho) in zip(Self.steps, rhos) {
            #expect(abs(rho - exact) < 0.002 * exact, "N = \(steps): \(rho) against \(exact)")
        }
    }
}
