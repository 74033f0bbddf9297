import Foundation

extension BlackScholesBatch {
    /// The inner loop of ``BlackScholesModel/valuations(of:spots:timesToExpiry:in:threads:)``:
    /// fills any range of grid points, row by row, from inputs and into columns it does not own.
    ///
    /// Per row (one τ) it computes √τ, σ√τ, the drift term (r − q + σ²/2)·τ and the discount
    /// factors once; per point, the same expressions as ``BlackScholesModel/valuation(of:in:)``
    /// in the same order, so that the two agree to the last bits but for the normal CDF.
    /// Written for a call and a put at once with ω = +1 (call) or −1 (put):
    /// price = ω·(S·e^{−qτ}·N(ωd₁) − K·e^{−rτ}·N(ωd₂)), Δ = ω·e^{−qτ}·N(ωd₁),
    /// Θ = −S·e^{−qτ}·φ(d₁)·σ/(2√τ) − ω·r·K·e^{−rτ}·N(ωd₂) + ω·q·S·e^{−qτ}·N(ωd₁),
    /// rho = ω·K·τ·e^{−rτ}·N(ωd₂); negating a difference is exact, so each is bit for bit the
    /// scalar model's put or call expression.
    struct Kernel: @unchecked Sendable {
        // @unchecked: the pointers are read-only inputs and output columns that each chunk
        // writes in disjoint slices (see `fill`).
        let contract: OptionContract
        let omega: Double
        let strike, rate, dividendYield, volatility: Double
        let spots, logMoneyness, timesToExpiry: UnsafeBufferPointer<Double>
        let price, delta, gamma, theta, vega, rho: UnsafeMutablePointer<Double>

        init(
            contract: OptionContract, market: Market,
            spots: UnsafeBufferPointer<Double>, logMoneyness: UnsafeBufferPointer<Double>,
            timesToExpiry: UnsafeBufferPointer<Double>, columns: [UnsafeMutablePointer<Double>]
        ) {
            self.contract = contract
            omega = contract.type == .call ? 1 : -1
            strike = contract.strike
            rate = market.rate
            dividendYield = market.dividendYield
            volatility = market.volatility
            self.spots = spots
            self.logMoneyness = logMoneyness
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
            let drift = (r - q + 0.5 * sigma * sigma) * tau
            let dividendDiscount = exp(-q * tau)
            let discount = exp(-r * tau)
            let strikeDiscount = k * discount
            let rateStrikeDiscount = r * k * discount
            let strikeTauDiscount = k * tau * discount
            let twoSqrtTau = 2 * sqrtTau
            var i = output
            for s in columns {
                let spot = spots[s]
                let d1 = (logMoneyness[s] + drift) / sigmaSqrtTau
                let d2 = d1 - sigmaSqrtTau
                let spotDividendDiscount = spot * dividendDiscount
                let densityD1 = StandardNormal.density(d1)
                let n1 = StandardNormal.fastCDF(omega * d1)
                let n2 = StandardNormal.fastCDF(omega * d2)
                price[i] = omega * (spotDividendDiscount * n1 - strikeDiscount * n2)
                delta[i] = omega * (dividendDiscount * n1)
                gamma[i] = dividendDiscount * densityD1 / (spot * sigmaSqrtTau)
                theta[i] = -spotDividendDiscount * densityD1 * sigma / twoSqrtTau
                    - omega * (rateStrikeDiscount * n2) + omega * (q * spot * dividendDiscount * n1)
                vega[i] = spotDividendDiscount * densityD1 * sqrtTau
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
