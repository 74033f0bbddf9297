import Foundation
import Testing
@testable import Pricing

/// The rollback's AVX kernel (`hedge_lattice_step_back_wide`, ``BinomialLattice/wideVectors``)
/// against the SSE2 loop it replaces where the processor has AVX: the same values to the last
/// bit, level by level and at the root, so that every report's numbers stay what they were.
struct LatticeKernelTests {
    /// Random levels of every length up to 41 nodes (whole blocks and every tail), values
    /// spanning zero, subnormals and large numbers, with and without early exercise.
    @Test(.enabled(if: BinomialLattice.hasWideVectors, "the processor has no AVX"))
    func wideLevelEqualsTheSSE2LevelBitForBit() {
        var generator = Xorshift(state: 26)
        func draw() -> Double {
            let magnitude = [Double.leastNormalMagnitude / 4, 1e-3, 1.0, 250.0, 1e12].randomElement(using: &generator)!
            return magnitude * Double.random(in: 0...2, using: &generator)
        }
        for count in 0...41 {
            for withExercise in [false, true] {
                let values = (0...count).map { _ in draw() }
                let exercise = (0..<count).map { _ in Bool.random(using: &generator) ? draw() : 0 }
                let a = Double.random(in: 0.3...0.7, using: &generator), b = Double.random(in: 0.3...0.7, using: &generator)
                var wide = values, narrow = values
                exercise.withUnsafeBufferPointer { ex in
                    let rows = withExercise ? ex.baseAddress : nil
                    wide.withUnsafeMutableBufferPointer {
                        BinomialLattice.stepBack($0.baseAddress!, count: count, a: a, b: b, exercise: rows, wide: true)
                    }
                    narrow.withUnsafeMutableBufferPointer {
                        BinomialLattice.stepBack($0.baseAddress!, count: count, a: a, b: b, exercise: rows, wide: false)
                    }
                }
                #expect(wide.map(\.bitPattern) == narrow.map(\.bitPattern), "\(count) nodes, exercise \(withExercise)")
            }
        }
    }

    /// Premium, Δ, Γ and Θ of whole lattices, AVX against SSE2: calls and puts, American and
    /// European, CRR and Broadie–Detemple (vega's lattices, here at the course's σ bumped both
    /// ways), in and out of the money, at 5, 50, 366 and 1,001 levels, and at every node of a
    /// lattice rooted 4 levels early (the study's grids).
    @Test(.enabled(if: BinomialLattice.hasWideVectors, "the processor has no AVX"))
    func wideLatticeEqualsTheSSE2LatticeBitForBit() {
        let sigma = 0.6056214
        let bump = BinomialLatticeModel.volatilityBump(at: sigma)
        var compared = 0
        for type in OptionType.allCases {
            for style in ExerciseStyle.allCases {
                for spot in [180.0, 261.4899, 340.0] {
                    for volatility in [sigma - bump, sigma, sigma + bump] {
                        for steps in [5, 50, 366, 1001] {
                            for smooth in [false, true] where steps >= 2 || !smooth {
                                for lead in [0, 4] {
                                    let contract = OptionContract(type: type, style: style, strike: 260, expiry: 60.5 / 365)
                                    let market = Market(spot: spot, rate: 0.0431, dividendYield: 0, volatility: volatility)
                                    var lattice = BinomialLattice(contract: contract, market: market, steps: steps, blackScholesLastStep: smooth)
                                    lattice.wideVectors = true
                                    let wide = lattice.nodeValuations(lead: lead)
                                    lattice.wideVectors = false
                                    let narrow = lattice.nodeValuations(lead: lead)
                                    let bits = { (nodes: [BinomialLattice.Result]) in
                                        nodes.flatMap { [$0.price, $0.delta, $0.gamma, $0.theta].map(\.bitPattern) }
                                    }
                                    #expect(bits(wide) == bits(narrow), "\(style) \(type) S = \(spot) σ = \(volatility) N = \(steps) BBS \(smooth) lead \(lead)")
                                    compared += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(compared == 2 * 2 * 3 * 3 * 4 * 2 * 2)
    }

    /// Marsaglia's xorshift64: seeded draws for the levels above (Pricing has no generator of
    /// its own).
    struct Xorshift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }
}

extension LatticeKernelTests {
    /// Broadie–Detemple's last step takes the closed form only near the strike; the ratio test
    /// that replaces the logarithm of every node (``BinomialLattice/Geometry/isBeyondClosedFormReach(spot:)``)
    /// decides as |ln(S/K)| > reach does, at every node of vega's lattices for the course's put
    /// and at spots within a few ulps and a few 10⁻⁹ of both bounds.
    @Test func closedFormReachDecidesAsTheLogarithmDoes() {
        for (spot, volatility, days) in [(261.4899, 0.6056214, 60.5), (261.4899, 0.05, 0.01), (90.0, 1.5, 3.0)] {
            let contract = OptionContract(type: .put, style: .american, strike: 260, expiry: days / 365)
            let market = Market(spot: spot, rate: 0.0431, dividendYield: 0, volatility: volatility)
            let geometry = BinomialLattice.Geometry(
                BinomialLattice(contract: contract, market: market, steps: 366, blackScholesLastStep: true), lead: 0
            )
            var spots = (-366...366).map { geometry.spot(exponent: $0) }
            for bound in [geometry.closedFormRatios.lowerBound, geometry.closedFormRatios.upperBound] {
                let edge = 260 * bound
                spots += (-8...8).map { edge + Double($0) * edge.ulp }
                spots += [-3e-9, -1e-9, -0.5e-9, 0.5e-9, 1e-9, 3e-9].map { edge * (1 + $0) }
            }
            for node in spots {
                #expect(
                    geometry.isBeyondClosedFormReach(spot: node) == (abs(log(node / 260)) > geometry.closedFormReach),
                    "S = \(node), σ = \(volatility), \(days) days"
                )
            }
        }
    }
}
