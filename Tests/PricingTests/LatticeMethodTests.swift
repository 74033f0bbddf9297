import Foundation
import Testing
@testable import Pricing

struct LatticeMethodTests {
    static let market = Market(spot: 100, rate: 0.05, dividendYield: 0.01, volatility: 0.3)
    static let europeanPut = OptionContract(type: .put, style: .european, strike: 103, expiry: 0.5)

    /// Against the exact Black–Scholes value, the smoother lattices beat plain CRR at equal
    /// steps, over a range of N where CRR's error oscillates.
    @Test func smootherLatticesBeatPlainCRRForEuropeanPut() throws {
        let exact = try BlackScholesModel().price(of: Self.europeanPut, in: Self.market)
        func worstError(_ method: LatticeMethod) throws -> Double {
            try (100...140).map { steps in
                abs(try BinomialLatticeModel(steps: steps, method: method).price(of: Self.europeanPut, in: Self.market) - exact)
            }.max()!
        }
        let crr = try worstError(.crr)
        let bbs = try worstError(.blackScholesLastStep)
        let bbsr = try worstError(.richardson)
        #expect(bbs < crr / 2, "BBS \(bbs) vs CRR \(crr)")
        #expect(bbsr < crr / 10, "BBSR \(bbsr) vs CRR \(crr)")
    }

    /// For the American put of Hull's example, BBSR at 200 steps lands closer to the converged
    /// value than CRR at 200 steps does. Reference: CRR with 40,000 steps, 4.284201 (an
    /// independent NumPy lattice; 4.284187 at 20,000 and 4.284158 at 10,000 steps, so within
    /// about 2e-5 of the limit).
    @Test func richardsonConvergesFasterForAmericanPut() throws {
        let contract = OptionContract(type: .put, style: .american, strike: 50, expiry: 5.0 / 12)
        let market = Market(spot: 50, rate: 0.10, volatility: 0.40)
        let reference = 4.284201
        let crr = abs(try BinomialLatticeModel(steps: 200).price(of: contract, in: market) - reference)
        let bbsr = abs(try BinomialLatticeModel(steps: 200, method: .richardson).price(of: contract, in: market) - reference)
        #expect(bbsr < crr / 3, "BBSR \(bbsr) vs CRR \(crr)")
    }

    @Test func smootherLatticesGiveGreeksNearBlackScholes() throws {
        let exact = try BlackScholesModel().valuation(of: Self.europeanPut, in: Self.market)
        let bbsr = try BinomialLatticeModel(steps: 400, method: .richardson).valuation(of: Self.europeanPut, in: Self.market)
        #expect(abs(bbsr.delta - exact.delta) < 2e-4)
        #expect(abs(bbsr.gamma - exact.gamma) / exact.gamma < 0.01)
        #expect(abs(bbsr.theta - exact.theta) / abs(exact.theta) < 0.01)
    }

    @Test func methodsNeedTheirMinimumSteps() {
        let model = BinomialLatticeModel(steps: 3, method: .richardson)
        #expect {
            try model.price(of: Self.europeanPut, in: Self.market)
        } throws: { "\($0)".contains("bbsr") }
    }
}
