import Foundation
import Testing
@testable import Pricing

/// A grid read for some Greeks (``Valuation/Greeks``) gives the full reading's premium and
/// those Greeks bit for bit, and 0 for the others, on its points, between them, and off the
/// grid (nil, then direct pricing, in both): the reading of a study's main batch (issue 26).
struct ValuationGridReadingTests {
    typealias Base = ValuationGridTests

    /// Every subset of the five Greeks.
    static let readings = (0..<32).map { Valuation.Greeks(rawValue: UInt8($0)) }

    /// Spots at grid points of date `index`'s own table at volatility node `node`, half-way and
    /// a third of the way between them, and far outside the grid.
    static func spots(_ grid: ValuationGrid, date index: Int, node: Int) -> [Double] {
        let table = grid.nodes[index * grid.volatilities.count + node].own
        let onPoints = [0, 1, table.count / 3, table.count / 2, table.count - 2, table.count - 1].map {
            exp(table.lowerLogSpot + Double($0) * table.logStep)
        }
        let between = [0.5, 0.33, 0.71].map { exp(table.lowerLogSpot + (Double(table.count / 2) + $0) * table.logStep) }
        return onPoints + between + [1, 5_000]
    }

    static func bits(_ value: Valuation, _ greek: Valuation.Greeks) -> UInt64 {
        switch greek {
        case .delta: value.delta.bitPattern
        case .gamma: value.gamma.bitPattern
        case .theta: value.theta.bitPattern
        case .vega: value.vega.bitPattern
        default: value.rho.bitPattern
        }
    }

    static let greeks: [Valuation.Greeks] = [.delta, .gamma, .theta, .vega, .rho]

    /// The course's fixed grid at σ₀ and the ±0.25 span grid at a node, between nodes and at
    /// its ends: every reading is the full reading's bits where it reads.
    @Test(arguments: [false, true])
    func everyReadingHasTheFullReadingsBits(span: Bool) throws {
        let grid = span ? ValuationGridSensitivityTests.spanGrid : Base.grid
        let sigma = 0.6056214
        let volatilities = span ? [sigma, sigma - 0.25, sigma + 0.25, grid.volatilities[2], sigma + 0.0371] : [sigma]
        var read = 0, off = 0
        for index in [1, 3, 5, 7].map({ min($0, grid.times.count - 2) }) {
            for spot in Self.spots(grid, date: index, node: grid.volatilities.count / 2) {
                for volatility in volatilities {
                    let full = grid.interpolate(date: index, spot: spot, volatility: volatility, reading: .all)
                    for reading in Self.readings {
                        let part = grid.interpolate(date: index, spot: spot, volatility: volatility, reading: reading)
                        #expect((part == nil) == (full == nil), "date \(index), S = \(spot), σ = \(volatility)")
                        guard let part, let full else { continue }
                        #expect(part.price.bitPattern == full.price.bitPattern)
                        for greek in Self.greeks {
                            let expected = reading.contains(greek) ? Self.bits(full, greek) : 0.0.bitPattern
                            #expect(Self.bits(part, greek) == expected, "date \(index), S = \(spot), σ = \(volatility), \(greek)")
                        }
                    }
                    if full == nil { off += 1 } else { read += 1 }
                }
            }
        }
        #expect(read > 0 && off > 0, "\(read) points on the grid, \(off) off it: a branch went untested")
    }

    /// Through the model's call, the reading of a study's main batch (Δ, Γ, Θ) gives the full
    /// call's premium, Δ, Γ, Θ and decision; off the grid, the direct valuation's.
    @Test func theModelsCallReadsWhatItIsAskedWithTheFullCallsBits() throws {
        let grid = Base.grid
        let reading: Valuation.Greeks = [.delta, .gamma, .theta]
        for index in [2, 30, 58] {
            for spot in Self.spots(grid, date: index, node: 1).suffix(4) + [150, 261.4899] {
                var point = Base.market
                point.time = grid.times[index]
                point.spot = spot
                let full = try grid.valuationAtFixedRateDecidingExercise(of: Base.contract, in: point)
                let part = try grid.valuationAtFixedRateDecidingExercise(of: Base.contract, in: point, reading: reading)
                #expect(part.exercises == full.exercises, "date \(index), S = \(spot)")
                for greek in [Valuation.Greeks.delta, .gamma, .theta] {
                    #expect(Self.bits(part.valuation, greek) == Self.bits(full.valuation, greek), "date \(index), S = \(spot), \(greek)")
                }
                #expect(part.valuation.price.bitPattern == full.valuation.price.bitPattern)
            }
        }
    }
}
