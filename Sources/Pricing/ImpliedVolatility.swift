import Foundation

/// The volatility at which a model reproduces a quoted premium.
///
/// Brent's method (R. P. Brent, *Algorithms for Minimization without Derivatives*, 1973,
/// ch. 4) on σ ↦ price(σ) − premium, bracketed in [``lowerBound``, ``upperBound``]: it needs no
/// derivative, so it works for a lattice, whose price is not smooth in σ, as well as for
/// Black–Scholes, and it converges superlinearly where the function is smooth. A premium the
/// model cannot reach is refused with the bounds it would need.
public enum ImpliedVolatility {
    /// Lowest volatility searched, per √year.
    public static let lowerBound = 0.001
    /// Highest volatility searched, per √year.
    public static let upperBound = 10.0

    /// σ such that `model` prices `contract` in `market` (whose volatility is ignored) at
    /// `premium`, to 1e-10 in σ or 1e-12 in price.
    ///
    /// - Parameter premium: the quoted premium, USD per share.
    /// - Throws: ``PricingError`` when the premium is not finite, is below the option's lower
    ///   no-arbitrage bound (its intrinsic value for American exercise, its discounted intrinsic
    ///   value for European), is at or above its upper bound (the spot for a call, the strike
    ///   for a put), or lies outside what volatilities in the search range give.
    public static func solve(
        premium: Double,
        contract: OptionContract,
        market: Market,
        model: some PricingModel
    ) throws(PricingError) -> Double {
        guard contract.payoff is VanillaPayoff else {
            // A fixed payout's value is not monotone in σ: one premium can have two volatilities.
            throw PricingError(.unsupported("a volatility is implied from the premium of a vanilla call or put only, not of a \(contract.payoff)"))
        }
        let tau = market.timeToExpiry(of: contract)
        guard premium.isFinite else {
            throw PricingError(.invalidInput(name: "premium", value: premium, allowed: "a finite price in USD"))
        }
        guard tau > 0 else {
            throw PricingError(.invalidInput(
                name: "time to expiry", value: tau, allowed: "> 0 to imply a volatility from a premium"
            ))
        }
        let (lower, upper) = noArbitrageBounds(contract, market)
        guard premium >= lower - 1e-12 else {
            throw PricingError(.invalidInput(
                name: "premium", value: premium,
                allowed: "at least the option's no-arbitrage lower bound \(String(format: "%.4f", lower)) (its "
                    + (contract.style == .american ? "intrinsic value" : "discounted intrinsic value") + ")"
            ))
        }
        guard premium < upper else {
            let what = contract.type == .call ? "the spot" : "the strike"
            throw PricingError(.invalidInput(
                name: "premium", value: premium,
                allowed: "below \(what), \(String(format: "%.4f", upper)), for a \(contract.type.rawValue)"
            ))
        }
        func difference(_ sigma: Double) throws(PricingError) -> Double {
            var trial = market
            trial.volatility = sigma
            return try model.price(of: contract, in: trial) - premium
        }
        let atLower = try difference(lowerBound)
        let atUpper = try difference(upperBound)
        guard atLower <= 0 else {
            throw PricingError(.invalidInput(
                name: "premium", value: premium,
                allowed: "at least \(String(format: "%.4f", premium + atLower)), the price at σ = \(lowerBound)"
            ))
        }
        guard atUpper >= 0 else {
            throw PricingError(.invalidInput(
                name: "premium", value: premium,
                allowed: "at most \(String(format: "%.4f", premium + atUpper)), the price at σ = \(upperBound)"
            ))
        }
        return try brent(lowerBound, atLower, upperBound, atUpper, difference)
    }

    /// The premium's bounds per share: below, the (discounted, for European) intrinsic value;
    /// above, the spot for a call or the strike for a put.
    static func noArbitrageBounds(_ contract: OptionContract, _ market: Market) -> (lower: Double, upper: Double) {
        let tau = market.timeToExpiry(of: contract)
        let forwardSpot = market.spot * exp(-market.dividendYield * tau)
        let discountedStrike = contract.strike * exp(-market.rate * tau)
        switch (contract.type, contract.style) {
        case (.call, .european): return (max(forwardSpot - discountedStrike, 0), market.spot)
        case (.put, .european): return (max(discountedStrike - forwardSpot, 0), contract.strike)
        case (.call, .american): return (max(contract.intrinsicValue(spot: market.spot), forwardSpot - discountedStrike, 0), market.spot)
        case (.put, .american): return (contract.intrinsicValue(spot: market.spot), contract.strike)
        }
    }

    /// Brent's root finder on a bracket [a, b] with f(a)·f(b) ≤ 0.
    private static func brent(
        _ a0: Double, _ fa0: Double, _ b0: Double, _ fb0: Double,
        _ f: (Double) throws(PricingError) -> Double
    ) throws(PricingError) -> Double {
        var (a, fa, b, fb) = (a0, fa0, b0, fb0)
        if fa == 0 { return a }
        if fb == 0 { return b }
        var c = a, fc = fa
        var d = b - a, e = d
        for _ in 0..<200 {
            if (fb > 0) == (fc > 0) {
                c = a; fc = fa; d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tolerance = 2 * Double.ulpOfOne * abs(b) + 0.5e-10
            let half = 0.5 * (c - b)
            if abs(half) <= tolerance || abs(fb) < 1e-12 { return b }
            if abs(e) >= tolerance, abs(fa) > abs(fb) {
                // Inverse quadratic interpolation, or the secant step when only two points differ.
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * half * s
                    q = 1 - s
                } else {
                    let r = fb / fc, t = fa / fc
                    p = s * (2 * half * t * (t - r) - (b - a) * (r - 1))
                    q = (t - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * half * q - abs(tolerance * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = half
                    e = d
                }
            } else {
                d = half
                e = d
            }
            a = b
            fa = fb
            b += abs(d) > tolerance ? d : (half > 0 ? tolerance : -tolerance)
            fb = try f(b)
        }
        return b
    }
}
