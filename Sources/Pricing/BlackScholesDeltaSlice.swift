import Foundation

/// Black–Scholes Δ of one European contract at one time to expiry, for any number of spots:
/// the hedge ratio a Monte Carlo study needs at a rebalancing date on every path.
///
/// Δ = ω·e^{−qτ}·N(ω·d₁), ω = +1 for a call and −1 for a put, with
/// d₁ = [ln S − ln K + (r − q + σ²/2)τ]/(σ√τ) = a + b·ln S. Everything that depends on τ alone
/// (a, b, e^{−qτ}, and every division) is computed once here, so a spot costs one multiply-add,
/// an inline φ(d₁) and one Mills-ratio polynomial for N (``StandardNormal/cdf(_:density:)``): no
/// call into libm. Spots are given by their logarithms, which a simulated path carries anyway.
/// Each Δ is within 2e-13 of ``BlackScholesModel/valuation(of:in:)``'s (the rounding of d₁
/// scaled by 1/(σ√τ), largest hours before expiry); at τ = 0 it is the payoff's slope, as there.
public struct BlackScholesDeltaSlice: Sendable {
    /// Years to expiry (ACT/365).
    public let timeToExpiry: Double
    private let contract: OptionContract
    private let omega: Double
    private let intercept: Double
    private let slope: Double
    private let dividendDiscount: Double

    /// The slice of `contract` at `timeToExpiry` years before expiry in `market` (its rate,
    /// dividend yield and volatility; its spot and time are not read).
    ///
    /// - Throws: ``PricingError`` for an American contract, a τ that is negative or not finite,
    ///   or the inputs the scalar model refuses (strike, volatility, rates).
    public init(contract: OptionContract, market: Market, timeToExpiry tau: Double) throws(PricingError) {
        try BlackScholesModel.requireEuropean(contract)
        guard contract.payoff is VanillaPayoff else {
            throw PricingError(.unsupported("the Black–Scholes Δ slice is for a vanilla call or put, not a \(contract.payoff)"))
        }
        guard tau.isFinite, tau >= 0 else {
            throw PricingError(.invalidInput(name: "time to expiry", value: tau, allowed: "a finite number of years ≥ 0"))
        }
        try BlackScholesModel().validateTermsAndRates(contract, market)
        self.timeToExpiry = tau
        self.contract = contract
        omega = contract.type == .call ? 1 : -1
        let sigma = market.volatility
        let sigmaSqrtTau = sigma * tau.squareRoot()
        slope = tau > 0 ? 1 / sigmaSqrtTau : 0
        intercept = ((market.rate - market.dividendYield + 0.5 * sigma * sigma) * tau - log(contract.strike)) * slope
        dividendDiscount = exp(-market.dividendYield * tau)
    }

    /// Δ per share at the spot e^{`logSpot`}.
    @inline(__always)
    public func delta(logSpot: Double) -> Double {
        guard slope > 0 else {
            return BlackScholesModel.atExpiry(contract, spot: exp(logSpot)).delta
        }
        let d1 = intercept + slope * logSpot
        return omega * (dividendDiscount * StandardNormal.cdf(omega * d1, density: StandardNormal.inlineDensity(d1)))
    }

    /// The spot e^{`logSpot`}, by the same inline exponential as φ's (within 2 ulps of `exp`);
    /// 0 below e^{−708} and +∞ above e^{709}.
    @inline(__always)
    public func spot(logSpot: Double) -> Double {
        logSpot > 709 ? .infinity : (logSpot < -708 ? 0 : StandardNormal.inlineExp(logSpot))
    }

    /// For each path's ln S in `logSpots`, writes the spot S and Δ at S: the two numbers a
    /// hedge needs at this date, each bit for bit ``spot(logSpot:)`` and ``delta(logSpot:)``.
    /// `deltas` and `spots` must have the same count as `logSpots`; they are reused, not
    /// resized, so a loop over dates allocates nothing.
    ///
    /// Written as three passes over the paths so that the compiler vectorises two of them (two
    /// paths per SSE2 instruction): S, φ(d₁) and d₁ (two inline exponentials and selects, no
    /// call, no table); then the Mills ratio, whose table rows differ from path to path (a
    /// gather, one path at a time); then Δ from both.
    public func fill(deltas: inout [Double], spots: inout [Double], logSpots: [Double]) {
        let count = logSpots.count
        precondition(deltas.count == count && spots.count == count, "one Δ and one spot per ln S")
        guard slope > 0 else {
            for i in 0..<count {
                spots[i] = spot(logSpot: logSpots[i])
                deltas[i] = delta(logSpot: logSpots[i])
            }
            return
        }
        let (omega, intercept, slope, dividendDiscount) = (omega, intercept, slope, dividendDiscount)
        logSpots.withUnsafeBufferPointer { input in
            deltas.withUnsafeMutableBufferPointer { deltaOutput in
                spots.withUnsafeMutableBufferPointer { spotOutput in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * count) { scratch in
                        // x = ω·d₁ in `deltas` until the last pass, φ(d₁) and M(|x|) in scratch.
                        let densities = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
                        let ratios = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
                        for i in 0..<count {
                            let d1 = intercept + slope * input[i]
                            spotOutput[i] = spot(logSpot: input[i])
                            densities[i] = StandardNormal.inlineDensity(d1)
                            deltaOutput[i] = omega * d1
                        }
                        for i in 0..<count {
                            ratios[i] = StandardNormal.millsRatio(abs(deltaOutput[i]))
                        }
                        for i in 0..<count {
                            let x = deltaOutput[i]
                            let lowerTail = densities[i] * ratios[i]
                            deltaOutput[i] = omega * (dividendDiscount * (x < 0 ? lowerTail : 1 - lowerTail))
                        }
                    }
                }
            }
        }
    }
}
