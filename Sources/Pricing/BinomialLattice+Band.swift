import Foundation

extension BinomialLattice {
    /// The nodes that are rolled back: exponents k (node spot S0·u^k) from `lowest` to
    /// `highest` on every level, a band of fixed width in ln S around the roots and the strike.
    ///
    /// **Where it ends.** In ln S relative to the centre root, the band spans the roots
    /// (±lead·σ√Δt) and the strike ln(K/S0), widened by ``reach`` standard deviations σ√τ of
    /// the whole lattice's τ plus the largest drift towards each side: (r − q + σ²/2)·τ upwards,
    /// (σ²/2 − (r − q))·τ downwards when positive. The σ²/2 counts both measures a value is an
    /// expectation under: terms in K move with ln S's risk-neutral drift r − q − σ²/2, terms
    /// in S with the share measure's r − q + σ²/2. A strike beyond ``strikeReach`` standard
    /// deviations is left out of the span: the option's value from there is below e^{−800}
    /// of the strike, zero in double precision. The band ends below node spots of e^700,
    /// inside what a Double holds: a lattice reaches that far only when σ²τ is in the
    /// hundreds, and its risk-neutral walk then drifts down by σ²τ/2, so that the root almost
    /// never reaches the top, where the bound errs by at most K.
    ///
    /// **What its edges hold.** On level i (τᵢ to expiry) a node just outside the band gets
    /// max(φ·(S·e^{−qτᵢ} − K·e^{−rτᵢ}), h(S), 0), with h the payoff when early exercise can
    /// pay and 0 otherwise: a lower bound of its value that is exact to within the value of an
    /// option struck ``reach`` standard deviations away. Far above the strike a put gets 0;
    /// far below, K − S (exercised) or its forward K·e^{−rτᵢ} − S·e^{−qτᵢ}; a call the mirror.
    ///
    /// **Why the root does not notice.** Rollback is monotone and passes a change at a node on
    /// to the root weighted by the discounted probability of reaching it. An edge node lies at
    /// least `reach`·σ√τ beyond the root's drift, so by the reflection principle (and
    /// Hoeffding's bound for the binomial walk) the root reaches the band's edge with
    /// probability below e^{−reach²/2} ≈ 1.5·10⁻⁸; it lies as far beyond the strike, so the
    /// bound's error there is an option `reach` standard deviations out of the money, below
    /// about e^{−reach²/2} of the strike. Their product, some 10⁻¹⁶ of the option's scale, is
    /// under the 10⁻¹² of the price that `LatticeBandTests` checks against the full tree over
    /// 256 contracts at 1,000 and 4,000 steps: puts and calls, both styles, in and out of the
    /// money, a week and two years, σ of 10% and 80%, rates of both signs (all agree with the
    /// full tree to the last bit). The estimate is loose: an at-the-money put errs by 7·10⁻⁷
    /// with a band of 2 standard deviations, 5·10⁻¹² with 3, and by less than rounding from 4.
    ///
    /// **What it costs.** The band holds about reach·√n + |ln(K/S0)|·√n/(2σ√τ) + lead nodes
    /// per level, plus the drifts' share (σ√Δt = σ√τ/√n), and level i of the tree i + 1: a
    /// lattice of n levels costs about n·w − w²/2 node updates for a band of w nodes, the full
    /// tree's n²/2 only while n ≤ w (n ≤ reach² = 36 at the money). The work thus grows as
    /// N^{3/2}, against N² for the full tree, at a constant time per node update (there are no
    /// subnormal values and the band's three arrays stay in the L1 cache): at 20,000 steps the
    /// course's put rolls back about 850 nodes a level, 17.0 million updates instead of 200
    /// million.
    struct Band {
        /// Standard deviations of ln S (σ√τ) between the band's edges and what it spans.
        static let reach = 6.0
        /// Standard deviations beyond which the strike is not spanned.
        static let strikeReach = 40.0

        /// The lowest and highest exponent rolled back.
        var lowest: Int
        var highest: Int

        init(lowest: Int, highest: Int) {
            self.lowest = lowest
            self.highest = highest
        }

        init(_ lattice: BinomialLattice, geometry: Geometry, reach: Double) {
            let market = lattice.market
            let n = geometry.levels, lead = geometry.lead
            let tau = geometry.timeToExpiry(level: 0)
            let spread = market.volatility * tau.squareRoot()
            let carry = market.rate - market.dividendYield
            let halfVariance = 0.5 * market.volatility * market.volatility
            let roots = Double(lead) * geometry.logStep
            var lower = -roots, upper = roots
            let strike = log(lattice.contract.strike / market.spot)
            if abs(strike) <= Self.strikeReach * spread {
                lower = min(lower, strike)
                upper = max(upper, strike)
            }
            lower -= reach * spread + max(halfVariance - carry, 0) * tau
            upper += reach * spread + max(carry + halfVariance, 0) * tau
            // Two nodes of margin, and always the roots' two levels of Greeks; the edge nodes
            // (two beyond) below e^700; in Double until clamped to the tree, so that no
            // conversion overflows.
            let levels = Double(n)
            let ceiling = ((700 - log(market.spot)) / geometry.logStep).rounded(.down) - 2
            let low = min(max((lower / geometry.logStep).rounded(.down) - 2, -levels), Double(-lead - 2))
            let high = max(min((upper / geometry.logStep).rounded(.up) + 2, ceiling, levels), Double(lead + 2))
            lowest = max(Int(low), -n)
            highest = min(Int(high), n)
        }

        /// The node indices j of level i inside the band: exponents 2j − i from `lowest` to
        /// `highest`, j from 0 to i.
        func indices(level i: Int) -> Range<Int> {
            let first = max(0, (lowest + i + 1) >> 1)
            let last = min(i, (highest + i) >> 1)
            return first..<max(first, last + 1)
        }
    }

    /// The bounds on the nodes just outside the band, level by level from expiry back: the
    /// four exponents they can have (two parities on each side) and the discount factors of
    /// the current level, updated by one multiplication per level. Plain numbers only, so that
    /// the rollback's loop copies and retains nothing.
    struct BandEdges {
        let lowest: Int
        let highest: Int
        /// Spots and payoffs (0 when early exercise cannot pay) at exponents lowest − 2,
        /// lowest − 1, highest + 1, highest + 2.
        let spots: SIMD4<Double>
        let payoffs: SIMD4<Double>
        /// +1 when the rolled option is a call, −1 for a put.
        let sign: Double
        let strike: Double
        /// e^{−qτᵢ} and e^{−rτᵢ} on the current level i.
        var dividendDiscount: Double
        var discount: Double
        let dividendStep: Double
        let rateStep: Double

        init(geometry: Geometry, band: Band, level: Int) {
            lowest = band.lowest
            highest = band.highest
            let exponents = [band.lowest - 2, band.lowest - 1, band.highest + 1, band.highest + 2]
            let spots = SIMD4(exponents.map { geometry.spot(exponent: $0) })
            let rolled = geometry.rolled
            self.spots = spots
            payoffs = geometry.exercisable ? SIMD4(exponents.indices.map { rolled.intrinsicValue(spot: spots[$0]) }) : .zero
            sign = rolled.type == .call ? 1 : -1
            strike = geometry.strike
            let market = geometry.market
            let tau = geometry.timeToExpiry(level: level)
            dividendDiscount = exp(-market.dividendYield * tau)
            discount = exp(-market.rate * tau)
            dividendStep = exp(-market.dividendYield * geometry.dt)
            rateStep = exp(-market.rate * geometry.dt)
        }

        /// Writes the bounds on level i's nodes just below and just above the band into `v`.
        @inline(__always)
        func write(into v: UnsafeMutableBufferPointer<Double>, level i: Int, band: Band) {
            let nodes = band.indices(level: i)
            if nodes.lowerBound > 0 {
                let j = nodes.lowerBound - 1
                v[j] = bound(slot: 2 * j - i - (lowest - 2))
            }
            if nodes.upperBound <= i {
                let j = nodes.upperBound
                v[j] = bound(slot: 2 + 2 * j - i - (highest + 1))
            }
        }

        /// Moves the discount factors one level back, τ → τ + Δt.
        mutating func stepBack() {
            dividendDiscount *= dividendStep
            discount *= rateStep
        }

        @inline(__always)
        private func bound(slot: Int) -> Double {
            max(sign * (spots[slot] * dividendDiscount - strike * discount), payoffs[slot], 0)
        }
    }
}

extension BinomialLattice.Geometry {
    /// The edges' bounds starting on level i.
    func boundary(band: BinomialLattice.Band, level i: Int) -> BinomialLattice.BandEdges {
        BinomialLattice.BandEdges(geometry: self, band: band, level: i)
    }
}
