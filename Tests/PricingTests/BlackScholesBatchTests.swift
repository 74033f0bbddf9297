import Foundation
import Testing
@testable import Pricing

/// The batch Black–Scholes API against the scalar model it must reproduce, and its fast
/// normal CDF against the erfc form and against reference values.
struct BlackScholesBatchTests {
    static let model = BlackScholesModel()
    static let market = Market(spot: 1, rate: 0.045, dividendYield: 0.02, volatility: 0.60)
    /// Spots from deep out of to deep in the money around K = 240, irregularly spaced.
    static let spots: [Double] = (0..<61).map { (i: Int) -> Double in
        let wobble = 0.37 * Double(i % 7)
        return 60 + 8 * Double(i) + wobble
    }
    /// τ from 0 (expiry) to two years, with a short-dated cluster where Γ and Θ are large.
    static let timesToExpiry: [Double] = [0, 1.0 / 8760, 1.0 / 365, 7.0 / 365, 30.0 / 365, 0.25, 0.5, 1, 2]

    // MARK: - Normal CDF

    /// N(x) to 17 digits, from mpmath 1.3.0's `ncdf` at 40 digits. The tolerance is relative
    /// and grows with x², as φ(x) = e^{−x²/2}/√(2π) loses digits by rounding x²/2.
    @Test(arguments: [
        (x: -0.5, expected: 0.3085375387259869, tolerance: 4e-16),
        (x: -1, expected: 0.15865525393145705, tolerance: 4e-16),
        (x: -2, expected: 0.022750131948179207, tolerance: 6e-16),
        (x: -5, expected: 2.8665157187919391e-7, tolerance: 3e-15),
        (x: -10, expected: 7.6198530241605261e-24, tolerance: 1e-14),
        (x: -20, expected: 2.7536241186062337e-89, tolerance: 4e-14),
        (x: -30, expected: 4.9067139271481871e-198, tolerance: 1e-13),
        (x: -37, expected: 5.7255712225245768e-300, tolerance: 2e-13),
        (x: 1, expected: 0.84134474606854295, tolerance: 2e-16),
        (x: 3, expected: 0.99865010196836991, tolerance: 2e-16),
    ])
    func fastNormalCDFMatchesReferenceValues(x: Double, expected: Double, tolerance: Double) {
        let value = StandardNormal.cdf(x, density: StandardNormal.inlineDensity(x))
        #expect(abs(value - expected) <= tolerance * expected, "N(\(x)) = \(value)")
    }

    /// Against the erfc form ``StandardNormal/cdf(_:)`` on a fine grid of [−40, 40]: within
    /// 1e-14 absolute everywhere, and in the lower tail within (5 + 3x²)·1e-16 relative: a few
    /// ulps from each side's polynomial and `exp`, plus the rounding of x² (ours, ½ ulp) and of
    /// x/√2 (erfc's argument, up to 1 ulp with the rounded 1/√2), which the tail's slope
    /// magnifies x²-fold (4e-13 at x = −37, where N(x) ≈ 6e-300). Against 30-digit values the
    /// erfc form is the less accurate of the two there (9.5e-14 against 2.3e-14 at x = −23.35).
    @Test func fastNormalCDFMatchesErfcForm() {
        var worstAbsolute = 0.0, worstRelativeToBound = 0.0
        for k in -40_000...40_000 {
            let x = Double(k) / 1000 + 0.000_317
            let fast = StandardNormal.cdf(x, density: StandardNormal.inlineDensity(x))
            let reference = StandardNormal.cdf(x)
            worstAbsolute = max(worstAbsolute, abs(fast - reference))
            if x < 0, x > -37 {
                let bound = (5 + 3 * x * x) * 1e-16 * reference
                worstRelativeToBound = max(worstRelativeToBound, abs(fast - reference) / bound)
            }
        }
        #expect(worstAbsolute <= 1e-14)
        #expect(worstRelativeToBound <= 1)
    }

    /// The inline φ within 2 ulps (4.5e-16 relative) of the `exp` form wherever that is a normal
    /// number, and 0 past it.
    @Test func inlineDensityMatchesExpForm() {
        var worst = 0.0
        for k in -37_600...37_600 {
            let x = Double(k) / 1000 + 0.000_271
            let reference = StandardNormal.density(x)
            worst = max(worst, abs(StandardNormal.inlineDensity(x) - reference) / reference)
        }
        #expect(worst <= 4.5e-16)
        #expect(StandardNormal.inlineDensity(0) == StandardNormal.inverseSqrtTwoPi)
        #expect(StandardNormal.inlineDensity(-40) == 0)
        #expect(StandardNormal.inlineDensity(.infinity) == 0)
        #expect(StandardNormal.inlineDensity(.nan).isNaN)
    }

    @Test func fastNormalCDFHandlesInfinitiesAndNaN() {
        func n(_ x: Double) -> Double { StandardNormal.cdf(x, density: StandardNormal.inlineDensity(x)) }
        #expect(n(-.infinity) == 0)
        #expect(n(.infinity) == 1)
        #expect(n(-50) == 0)
        #expect(n(50) == 1)
        #expect(n(0) == 0.5)
        #expect(n(.nan).isNaN)
    }

    // MARK: - Against the scalar model

    /// Every point of calls and puts, with q > 0 and τ = 0 included, equals
    /// ``BlackScholesModel/valuation(of:in:)`` to 1e-12 relative.
    @Test(arguments: OptionType.allCases)
    func batchMatchesScalarModel(type: OptionType) throws {
        let contract = OptionContract(type: type, style: .european, strike: 240, expiry: 0)
        let batch = try Self.model.valuations(
            of: contract, spots: Self.spots, timesToExpiry: Self.timesToExpiry, in: Self.market
        )
        #expect(batch.count == Self.spots.count * Self.timesToExpiry.count)
        for (t, tau) in Self.timesToExpiry.enumerated() {
            for (s, spot) in Self.spots.enumerated() {
                let expected = try Self.scalar(contract, spot: spot, tau: tau)
                expectClose(batch[spot: s, time: t], expected, "\(type) S = \(spot), τ = \(tau)")
            }
        }
    }

    /// DESIGN.md §3: S = 250, K = 240, r = 4.5%, q = 0, σ = 60%, T = 30/365, European put
    /// (QuantLib 1.44 AnalyticEuropeanEngine).
    @Test func batchReproducesQuantLibEuropeanPut() throws {
        let put = OptionContract(type: .put, style: .european, strike: 240, expiry: 0)
        let market = Market(spot: 250, rate: 0.045, volatility: 0.60)
        let value = try Self.model.valuations(of: put, spots: [250], timesToExpiry: [30.0 / 365], in: market)[
            spot: 0, time: 0
        ]
        #expect(abs(value.price - 11.875584) < 0.000001)
        #expect(abs(value.delta - -0.365113) < 0.000001)
        #expect(abs(value.gamma - 0.008741) < 0.000001)
        #expect(abs(value.theta - -93.699674) < 0.000001)
        #expect(abs(value.vega - 26.942902) < 0.000001)
        #expect(abs(value.rho - -8.478388) < 0.000001)
    }

    /// At τ = 0: the payoff, Δ the payoff's slope (±½ exactly at the strike), the rest 0.
    @Test(arguments: OptionType.allCases)
    func expiredPointsTakePayoffAndSlope(type: OptionType) throws {
        let contract = OptionContract(type: type, style: .european, strike: 100, expiry: 0)
        let batch = try Self.model.valuations(
            of: contract, spots: [90, 100, 110], timesToExpiry: [0], in: Self.market
        )
        let sign = type == .call ? 1.0 : -1.0
        #expect(batch.price == [type == .put ? 10 : 0, 0, type == .call ? 10 : 0])
        #expect(batch.delta == [type == .put ? -1 : 0, sign * 0.5, type == .call ? 1 : 0])
        for column in [batch.gamma, batch.theta, batch.vega, batch.rho] {
            #expect(column == [0, 0, 0])
        }
    }

    // MARK: - Determinism and storage

    /// A grid of several chunks gives bit-identical columns for any number of threads.
    @Test func resultsDoNotDependOnThreadCount() throws {
        let spots = (0..<257).map { 150 + 0.7 * Double($0) }
        let times = (0..<203).map { Double($0) / 365 }
        let contract = OptionContract(type: .put, style: .european, strike: 240, expiry: 0)
        #expect(spots.count * times.count > 3 * BlackScholesModel.batchChunkSize)
        let single = try Self.model.valuations(of: contract, spots: spots, timesToExpiry: times, in: Self.market, threads: 1)
        for threads in [2, 3, 8] {
            let parallel = try Self.model.valuations(
                of: contract, spots: spots, timesToExpiry: times, in: Self.market, threads: threads
            )
            #expect(parallel == single, "\(threads) threads")
        }
    }

    /// Writing into an existing batch gives the same values, whether its columns are reused
    /// (same size) or replaced (another size).
    @Test func writingIntoABatchMatchesAllocating() throws {
        let contract = OptionContract(type: .call, style: .european, strike: 240, expiry: 0)
        let expected = try Self.model.valuations(
            of: contract, spots: Self.spots, timesToExpiry: Self.timesToExpiry, in: Self.market
        )
        var batch = try Self.model.valuations(of: contract, spots: [1, 2], timesToExpiry: [1], in: Self.market)
        try Self.model.valuations(
            of: contract, spots: Self.spots, timesToExpiry: Self.timesToExpiry, in: Self.market, into: &batch
        )
        #expect(batch == expected)
        let shifted = Self.spots.map { $0 + 1 }
        try Self.model.valuations(
            of: contract, spots: shifted, timesToExpiry: Self.timesToExpiry, in: Self.market, into: &batch
        )
        #expect(batch.spots == shifted)
        let fresh = try Self.model.valuations(
            of: contract, spots: shifted, timesToExpiry: Self.timesToExpiry, in: Self.market
        )
        #expect(batch == fresh)
    }

    @Test func emptyGridGivesEmptyBatch() throws {
        let contract = OptionContract(type: .put, style: .european, strike: 240, expiry: 0)
        let batch = try Self.model.valuations(of: contract, spots: [], timesToExpiry: [1, 2], in: Self.market)
        #expect(batch.count == 0)
        #expect(batch.price.isEmpty && batch.rho.isEmpty)
    }

    // MARK: - Errors

    @Test func rejectsAmericanContract() {
        let contract = OptionContract(type: .put, style: .american, strike: 240, expiry: 0)
        #expect(throws: PricingError.self) {
            try Self.model.valuations(of: contract, spots: [250], timesToExpiry: [1], in: Self.market)
        }
    }

    @Test func rejectsNonPositiveSpotNamingItsIndex() {
        let contract = OptionContract(type: .put, style: .european, strike: 240, expiry: 0)
        #expect {
            try Self.model.valuations(of: contract, spots: [250, 0], timesToExpiry: [1], in: Self.market)
        } throws: { error in
            (error as? PricingError)?.description == "spots[1] must be a finite number > 0, got 0.0"
        }
    }

    @Test func rejectsNegativeTimeNamingItsIndex() {
        let contract = OptionContract(type: .put, style: .european, strike: 240, expiry: 0)
        #expect {
            try Self.model.valuations(of: contract, spots: [250], timesToExpiry: [1, -0.5], in: Self.market)
        } throws: { error in
            (error as? PricingError)?.description
                == "timesToExpiry[1] must be a finite number of years ≥ 0, got -0.5"
        }
    }

    @Test func rejectsZeroThreadsAndBadVolatility() {
        let contract = OptionContract(type: .put, style: .european, strike: 240, expiry: 0)
        #expect(throws: PricingError.self) {
            try Self.model.valuations(of: contract, spots: [250], timesToExpiry: [1], in: Self.market, threads: 0)
        }
        var market = Self.market
        market.volatility = -0.2
        #expect(throws: PricingError.self) {
            try Self.model.valuations(of: contract, spots: [250], timesToExpiry: [1], in: market)
        }
    }

    // MARK: - Helpers

    static func scalar(_ contract: OptionContract, spot: Double, tau: Double) throws -> Valuation {
        var contract = contract
        contract.expiry = tau
        var market = market
        market.spot = spot
        market.time = 0
        return try model.valuation(of: contract, in: market)
    }

    /// Each field within 1e-12 relative of the scalar model's, or 1e-20 absolute for values
    /// that small (deep out of the money hours before expiry: there the price is the difference
    /// of two terms near 1e-200 that agree to 14 digits, and neither form has a digit right).
    func expectClose(_ value: Valuation, _ expected: Valuation, _ label: String) {
        let fields: [(String, Double, Double)] = [
            ("price", value.price, expected.price), ("delta", value.delta, expected.delta),
            ("gamma", value.gamma, expected.gamma), ("theta", value.theta, expected.theta),
            ("vega", value.vega, expected.vega), ("rho", value.rho, expected.rho),
        ]
        for (name, actual, reference) in fields {
            #expect(
                abs(actual - reference) <= max(1e-12 * abs(reference), 1e-20),
                "\(label) \(name): \(actual) vs \(reference)"
            )
        }
    }
}
