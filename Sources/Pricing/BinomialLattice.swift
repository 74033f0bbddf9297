import Foundation

/// One backward induction on a Cox–Ross–Rubinstein lattice: the kernel behind
/// ``BinomialLatticeModel``.
///
/// Node j at level i (j = 0 lowest … i) has spot S0·u^k, exponent k = 2j − i. The exercise
/// values of the nodes are computed once, by exponent, into two arrays by the parity of n − i,
/// so that each level reads them contiguously and the inner loop
/// `v[j] = max(a·v[j+1] + b·v[j], exercise[j + offset])` vectorises.
///
/// Three choices keep it exact and finite at any size and moneyness:
/// - **A band of nodes** (``Band``): only exponents within ``Band/reach`` standard deviations
///   of the roots and the strike are rolled back; the band's edges hold bounds. The cost is
///   about N·6√N node updates instead of N²/2; the far nodes, whose values sink into
///   subnormal numbers (9% of a full 16,000-step tree's updates for the course's put, a
///   hundred times slower each on many x86 processors), are not rolled back (none of the
///   band's updates is subnormal there); and no node spot overflows however large σ√τ is.
/// - **The out-of-the-money side of parity.** An option that is never exercised early on the
///   lattice (European; an American put with r ≤ 0 ≤ q or call with q ≤ 0 ≤ r, whose
///   continuation, at least 0 and at least the one-step forward φ·(S·e^{−qΔt} − K·e^{−rΔt}),
///   never falls below the payoff) and is in the money at the root is rolled back as its
///   parity partner, out of the money, plus the forward φ·(S·e^{−qτ} − K·e^{−rτ}), which the
///   lattice rolls back exactly (p matches the forward). Deep in the money the partner's
///   values are tiny and the forward's Greeks exact, where node values near K − S would
///   cancel.
/// - **Greeks from time values** (``nodeGreeks(_:geometry:levels:intrinsic:)``):
///   an American option's Δ and Γ are the payoff's slope plus the differences of V − payoff,
///   which are exactly 0 where the nodes are exercised: Δ = −1, Γ = 0 deep in the money.
struct BinomialLattice {
    /// Price, Δ, Γ and Θ (per year) read from one lattice (Hull's node method).
    struct Result {
        var price: Double
        var delta: Double
        var gamma: Double
        var theta: Double

        /// Δ within a vanilla option's bounds, [0, 1] for a call and [−1, 0] for a put: the
        /// slope of a price between 0 and the spot (a call) or the strike (a put). A lattice's
        /// finite difference can pass them by rounding, and BBSR's extrapolation 2·Δ_N − Δ_{N/2}
        /// by more (−1.0017 at σ = 10 on a deep in-the-money node).
        func withDeltaBounded(for contract: OptionContract) -> Result {
            var bounded = self
            bounded.delta = contract.type == .call ? min(max(delta, 0), 1) : min(max(delta, -1), 0)
            return bounded
        }
    }

    var contract: OptionContract
    var market: Market
    var steps: Int
    /// Start from Black–Scholes values one step before expiry (Broadie–Detemple) instead of
    /// the payoff at expiry.
    var blackScholesLastStep: Bool
    /// Standard deviations of ln S that the ``Band`` reaches beyond the roots and the strike,
    /// ``Band/reach`` by default; nil rolls back every node of the tree, as the tests that
    /// bound the band's error need.
    var reach: Double? = Band.reach
    /// Whether the rollback's levels run in 256-bit AVX registers (``stepBack(_:count:a:b:exercise:wide:)``),
    /// where the processor has them; false runs the SSE2 loop alone, as the tests that hold the
    /// two to the same bits need.
    var wideVectors = BinomialLattice.hasWideVectors

    /// Price, Δ, Γ and Θ at the lattice's root, the market's spot.
    func rollBack() -> Result {
        guard market.timeToExpiry(of: contract) > 0 else {
            let atExpiry = BlackScholesModel.atExpiry(contract, spot: market.spot)
            return Result(price: atExpiry.price, delta: atExpiry.delta, gamma: 0, theta: 0)
        }
        return nodeValuations(lead: 0)[0]
    }

    /// Price, Δ, Γ and Θ at every node of level `lead` of a lattice whose root is the market's
    /// spot `lead` steps before the market's time: node j sits at S·u^(2j − lead), and from
    /// each node the `steps` levels to expiry form exactly the lattice that would price the
    /// option afresh at that spot. One backward induction thus prices the option at `lead` + 1
    /// spots spaced 2σ√Δt apart in ln S — a whole grid for the cost of a slightly larger tree.
    /// Requires a time to expiry > 0.
    func nodeValuations(lead: Int) -> [Result] {
        let geometry = Geometry(self, lead: lead)
        let n = geometry.levels
        let band = reach.map { Band(self, geometry: geometry, reach: $0) } ?? Band(lowest: -n, highest: n)
        let payoff = geometry.rolled
        let exercisable = geometry.exercisable

        // The rolled payoff at exponent k = index − n inside the band, split by the parity of
        // the index: level i reads the array of parity n − i from
        // offset (n − i)/2.
        var evenExercise = [Double](repeating: 0, count: n + 1)
        var oddExercise = [Double](repeating: 0, count: n)
        var spot = 0.0
        let first = band.lowest + n, last = band.highest + n
        // A vanilla payoff, the only one a lattice takes, called directly rather than through
        // the contract's `any Payoff` at each of the band's nodes: the same formula.
        let vanilla = payoff.payoff as? VanillaPayoff
        for index in first...last {
            // Successive nodes differ by a factor u; an exact exponential every 64 nodes keeps
            // the rounding error of the products below 64 ulps, at the same nodes whatever the
            // band, so that a band and the full tree share their spots to the last bit.
            spot = index == first || index % 64 == 0 ? geometry.spot(exponent: index - n) : spot * geometry.u
            let value = vanilla?.value(spot: spot, strike: payoff.strike) ?? payoff.intrinsicValue(spot: spot)
            if index % 2 == 0 { evenExercise[index / 2] = value } else { oddExercise[index / 2] = value }
        }

        let start = blackScholesLastStep ? n - 1 : n
        var values = [Double](repeating: 0, count: start + 1)
        var recorded = [[Double]](repeating: [], count: 3)
        var intrinsic = [[Double]](repeating: [], count: 3)
        var boundary = geometry.boundary(band: band, level: start)
        values.withUnsafeMutableBufferPointer { v in
            evenExercise.withUnsafeBufferPointer { even in
                oddExercise.withUnsafeBufferPointer { odd in
                    func exercise(level i: Int) -> UnsafePointer<Double> {
                        ((n - i) % 2 == 0 ? even.baseAddress! : odd.baseAddress!) + (n - i) / 2
                    }
                    func record(level i: Int) {
                        guard (lead...lead + 2).contains(i) else { return }
                        recorded[i - lead] = Array(v[0...i])
                        intrinsic[i - lead] = Array(UnsafeBufferPointer(start: exercise(level: i), count: i + 1))
                    }
                    let row = exercise(level: start)
                    let startNodes = band.indices(level: start)
                    if blackScholesLastStep {
                        for j in startNodes {
                            let european = geometry.lastStepValue(exponent: 2 * j - start)
                            v[j] = exercisable ? max(european, row[j]) : european
                        }
                    } else {
                        for j in startNodes { v[j] = row[j] }
                    }
                    record(level: start)
                    var i = start - 1
                    while i >= lead {
                        boundary.write(into: v, level: i + 1, band: band)
                        let nodes = band.indices(level: i)
                        Self.stepBack(
                            v.baseAddress! + nodes.lowerBound, count: nodes.count, a: geometry.a, b: geometry.b,
                            exercise: exercisable ? exercise(level: i) + nodes.lowerBound : nil, wide: wideVectors
                        )
                        record(level: i)
                        boundary.stepBack()
                        i -= 1
                    }
                }
            }
        }
        return (0...lead).map { j in
            nodeGreeks(
                j, geometry: geometry, levels: recorded, intrinsic: exercisable ? intrinsic : nil
            )
        }
    }

    /// The number of node updates ``nodeValuations(lead:)`` makes: Σ over levels of the band's
    /// nodes, the work that its time is proportional to.
    func nodeUpdates(lead: Int = 0) -> Int {
        let geometry = Geometry(self, lead: lead)
        let n = geometry.levels
        let band = reach.map { Band(self, geometry: geometry, reach: $0) } ?? Band(lowest: -n, highest: n)
        let start = blackScholesLastStep ? n - 1 : n
        return (lead..<start).reduce(0) { $0 + band.indices(level: $1).count }
    }
}
