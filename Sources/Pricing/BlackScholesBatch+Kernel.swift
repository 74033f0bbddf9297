import Foundation

extension BlackScholesBatch {
    /// The inner loop of ``BlackScholesModel/valuations(of:spots:timesToExpiry:in:threads:)``:
    /// fills any range of grid points, row by row, from inputs and into columns it does not own.
    ///
    /// The formulas of ``BlackScholesModel/valuation(of:in:)``, written for a call and a put at
    /// once with ω = +1 (call) or −1 (put):
    /// price = ω·(S·e^{−qτ}·N(ωd₁) − K·e^{−rτ}·N(ωd₂)), Δ = ω·e^{−qτ}·N(ωd₁),
    /// Γ = e^{−qτ}·φ(d₁)/(S·σ√τ), Θ = −S·e^{−qτ}·φ(d₁)·σ/(2√τ) − ω·r·K·e^{−rτ}·N(ωd₂) +
    /// ω·q·S·e^{−qτ}·N(ωd₁), vega = S·e^{−qτ}·φ(d₁)·√τ, rho = ω·K·τ·e^{−rτ}·N(ωd₂).
    ///
    /// Arranged for speed, at the cost of a few ulps against the scalar model: everything that
    /// depends on τ alone (√τ, the discount factors, every division) is computed once per row,
    /// ln(S/K) and 1/S once per spot, so a point costs no call and no division. φ(d₂) comes
    /// from φ(d₁) by φ(d₂) = φ(d₁)·S·e^{−qτ}/(K·e^{−rτ}), φ(d₁) from
    /// ``StandardNormal/inlineDensity(_:)`` and both N(·) from ``StandardNormal/cdf(_:density:)``.
    struct Kernel: @unchecked Sendable {
        // @unchecked: the pointers are read-only inputs and output columns that each chunk
        // writes in disjoint slices (see `fill`).
        let contract: OptionContract
        let omega: Double
        let strike, rate, dividendYield, volatility: Double
        let spots, logMoneyness, inverseSpots, timesToExpiry: UnsafeBufferPointer<Double>
        let price, delta, gamma, theta, vega, rho: UnsafeMutablePointer<Double>

        init(
            contract: OptionContract, market: Market,
            spots: UnsafeBufferPointer<Double>, logMoneyness: UnsafeBufferPointer<Double>,
            inverseSpots: UnsafeBufferPointer<Double>, timesToExpiry: UnsafeBufferPointer<Double>, columns: [UnsafeMutablePointer<Double>]
        ) {
            self.contract = contract
            omega = contract.type == .call ? 1 : -1
            strike = contract.strike
            rate = market.rate
            dividendYield = market.dividendYield
            volatility = market.volatility
            self.spots = spots
            self.logMoneyness = logMoneyness
            self.inverseSpots = inverseSpots
            self.timesToExpiry = timesToExpiry
            (price, delta, gamma, theta, vega, rho) = (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5])
        }

        /// Writes the grid points `range` (flat indices, row-major by τ) into the columns.
        func fill(_ range: Range<Int>) {
            let width = spots.count
            var start = range.lowerBound
            while start < range.upperBound {
                let row = start / width
                let first = start - row * width
                let end = min((row + 1) * width, range.upperBound)
                fillRow(timeToExpiry: timesToExpiry[row], spots: first..<(first + end - start), at: start)
                start = end
            }
        }

        /// Points `spots` of the row with τ = `tau`, written from flat index `output` on.
        private func fillRow(timeToExpiry tau: Double, spots columns: Range<Int>, at output: Int) {
            guard tau > 0 else {
                for (offset, s) in columns.enumerated() {
                    write(BlackScholesModel.atExpiry(contract, spot: spots[s]), at: output + offset)
                }
                return
            }
            let k = strike, r = rate, q = dividendYield, sigma = volatility, omega = omega
            let sqrtTau = tau.squareRoot()
            let sigmaSqrtTau = sigma * sqrtTau
            let inverseSigmaSqrtTau = 1 / sigmaSqrtTau
            let drift = (r - q + 0.5 * sigma * sigma) * tau
            let dividendDiscount = exp(-q * tau)
            let discount = exp(-r * tau)
            let strikeDiscount = k * discount
            let inverseStrikeDiscount = 1 / strikeDiscount
            let rateStrikeDiscount = r * strikeDiscount
            let strikeTauDiscount = strikeDiscount * tau
            let gammaFactor = dividendDiscount * inverseSigmaSqrtTau
            let decayFactor = dividendDiscount * sigma / (2 * sqrtTau)
            let vegaFactor = dividendDiscount * sqrtTau
            let dividendFactor = q * dividendDiscount
            var i = output
            for s in columns {
                let spot = spots[s]
                let d1 = (logMoneyness[s] + drift) * inverseSigmaSqrtTau
                let d2 = d1 - sigmaSqrtTau
                let spotDividendDiscount = spot * dividendDiscount
                let densityD1 = StandardNormal.inlineDensity(d1)
                // φ(d₂) = φ(d₁)·S·e^{−qτ}/(K·e^{−rτ}) exactly; from φ(d₁) unless that underflowed.
                let densityD2 = densityD1 > 0x1p-1000
                    ? densityD1 * (spotDividendDiscount * inverseStrikeDiscount)
                    : StandardNormal.density(d2)
                let n1 = StandardNormal.cdf(omega * d1, density: densityD1)
                let n2 = StandardNormal.cdf(omega * d2, density: densityD2)
                let spotDensity = spot * densityD1
                price[i] = omega * (spotDividendDiscount * n1 - strikeDiscount * n2)
                delta[i] = omega * (dividendDiscount * n1)
                gamma[i] = densityD1 * gammaFactor * inverseSpots[s]
                theta[i] = -spotDensity * decayFactor
                    - omega * (rateStrikeDiscount * n2) + omega * (dividendFactor * spot * n1)
                vega[i] = spotDensity * vegaFactor
                rho[i] = omega * (strikeTauDiscount * n2)
                i += 1
            }
        }

        private func write(_ value: Valuation, at i: Int) {
            price[i] = value.price
            delta[i] = value.delta
            gamma[i] = value.gamma
            theta[i] = value.theta
            vega[i] = value.vega
            rho[i] = value.rho
        }
    }
}
