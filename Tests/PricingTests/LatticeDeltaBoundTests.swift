import Foundation
import Testing
@testable import Pricing

/// An American option's Δ stays inside its bounds, [−1, 0] for a put and [0, 1] for a call, at
/// every node method — exactly, not within a tolerance: BBSR's extrapolation 2·Δ_N − Δ_{N/2}
/// gave a put Δ of −1.0017 at σ = 10 on a deep in-the-money node (issue 24, the ledger of
/// `--lattice-method bbsr --vol 10 --paths 100`, row 37 at S = 0.73).
struct LatticeDeltaBoundTests {
    @Test(arguments: LatticeMethod.allCases, OptionType.allCases)
    func americanDeltaStaysInsideItsBounds(method: LatticeMethod, type: OptionType) throws {
        let model = BinomialLatticeModel(steps: 200, method: method)
        let contract = OptionContract(type: type, style: .american, strike: 260, expiry: 60.5 / 365)
        for spot in [0.01, 0.73, 5, 50, 130, 200, 259, 260, 261, 400, 1_000, 10_000] {
            for volatility in [0.05, 0.6056214, 3, 10] {
                let market = Market(spot: spot, rate: 0.0431, volatility: volatility, time: 59 / 365)
                let delta = try model.treeValuation(of: contract, in: market).delta
                let bounds: ClosedRange<Double> = type == .put ? -1...0 : 0...1
                #expect(bounds.contains(delta), "\(method) \(type) S = \(spot) σ = \(volatility): Δ = \(delta)")
                if method != .richardson {
                    for node in try model.nodeValuations(of: contract, in: market, lead: 4) {
                        #expect(bounds.contains(node.delta), "\(method) \(type) node of S = \(spot) σ = \(volatility): Δ = \(node.delta)")
                    }
                }
            }
        }
    }
}
