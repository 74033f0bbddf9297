import Foundation

/// Black–Scholes–Merton for a European call or put with a continuous dividend yield, written
/// here from the textbook formulas (Hull, *Options, Futures, and Other Derivatives*, §15.8 and
/// §19.5–19.8) so that a test can check the hedges against a repricing that shares no code with
/// the Pricing module. Units: per share, Θ per year.
struct ClosedFormBlackScholes {
    var isCall: Bool
    var strike: Double
    var rate: Double
    var dividendYield: Double
    var volatility: Double

    struct Values {
        var price: Double
        var delta: Double
        var gamma: Double
        var theta: Double
    }

    /// N(x) = ½·erfc(−x/√2).
    private static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
    private static func density(_ x: Double) -> Double { exp(-0.5 * x * x) / (2 * Double.pi).squareRoot() }

    /// Values at share price `spot` with `tau` years to expiry; at τ = 0 the payoff and its slope.
    func values(spot s: Double, tau: Double) -> Values {
        let k = strike, r = rate, q = dividendYield, sigma = volatility
        guard tau > 0 else {
            let inTheMoney = isCall ? s > k : s < k
            return Values(
                price: max(isCall ? s - k : k - s, 0), delta: inTheMoney ? (isCall ? 1 : -1) : 0, gamma: 0, theta: 0
            )
        }
        let root = sigma * tau.squareRoot()
        let d1 = (log(s / k) + (r - q + 0.5 * sigma * sigma) * tau) / root
        let d2 = d1 - root
        let growth = exp(-q * tau), discount = exp(-r * tau)
        let gamma = growth * Self.density(d1) / (s * root)
        let decay = -s * growth * Self.density(d1) * sigma / (2 * tau.squareRoot())
        if isCall {
            return Values(
                price: s * growth * Self.cdf(d1) - k * discount * Self.cdf(d2),
                delta: growth * Self.cdf(d1), gamma: gamma,
                theta: decay + q * s * growth * Self.cdf(d1) - r * k * discount * Self.cdf(d2)
            )
        }
        return Values(
            price: k * discount * Self.cdf(-d2) - s * growth * Self.cdf(-d1),
            delta: -growth * Self.cdf(-d1), gamma: gamma,
            theta: decay - q * s * growth * Self.cdf(-d1) + r * k * discount * Self.cdf(-d2)
        )
    }
}
