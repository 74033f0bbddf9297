import Foundation

/// How the share price moves along the simulated path.
public enum PathModel: Sendable, Hashable, Codable {
    /// Geometric Brownian motion with the scenario's drift and realized volatility.
    case geometricBrownianMotion
    /// The course's real-world binomial walk: each interval the price is multiplied by u with
    /// probability p, else by d; (u, d, p) given for the scenario's interval and rescaled to any
    /// other interval and volatility (``BinomialWalk``). The scenario's realized volatility is
    /// the walk's σ; a batch that sets another one rescales the walk to it.
    case binomialWalk(BinomialWalk)
    /// Merton's jump diffusion with these jumps (``MertonJumpDiffusion``), at the scenario's
    /// drift; its diffusion takes what the jumps leave of the scenario's realized variance, so
    /// ln S has the variance per year of GBM at the realized volatility.
    case merton(MertonJumps)
    /// Heston's stochastic variance (``HestonProcess``), at the scenario's drift, scaled
    /// (``HestonVariance/scaled(by:)``) so that the variance expected over the option's life
    /// is the realized volatility's: the one given when the realized volatility is its own.
    case heston(HestonVariance)
    /// Prices observed at given times (a price file).
    case observed(PricePath)
}

/// How the implied volatility used for pricing moves along the path.
public enum VolatilityModel: Sendable, Hashable, Codable {
    /// The volatility of the scenario's market at every date.
    case constant
    /// At each date after the first, an independent draw σ₀ + spread·Z, Z standard normal,
    /// floored at 1%: the course's noisy implied volatility around its starting value.
    case noisy(spread: Double)
    /// Implied volatilities observed at each date of an observed path (a file's `iv` column).
    case observed([Double])
}

/// What the holder of an American option does when the model says exercising is optimal.
public enum ExercisePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Exercise at the first rebalancing date where the premium equals the intrinsic value;
    /// the hedge is unwound there.
    case exercise
    /// Keep the option to the end of the path.
    case hold
}

extension VolatilityModel {
    /// The implied volatilities, per √year, that the dates of a path may be valued at when they
    /// move, for a pricing model to prepare for (``PricingPreparation/volatilityRange``); nil
    /// when every date is valued at `initial`.
    ///
    /// Noisy: σ₀ ± 5 spreads, the lower end floored at 1% as the draws are; a draw leaves it
    /// with probability 5.7e-7 (two-sided normal tail beyond 5), and is then priced directly.
    /// Observed: from the smallest to the largest value.
    public func volatilityRange(initial: Double) -> ClosedRange<Double>? {
        switch self {
        case .constant:
            return nil
        case let .noisy(spread):
            guard spread > 0 else { return nil }
            return max(initial - 5 * spread, 0.01)...max(initial + 5 * spread, 0.01)
        case let .observed(volatilities):
            guard let low = volatilities.min(), let high = volatilities.max(), low < high else { return nil }
            return min(low, initial)...max(high, initial)
        }
    }

    /// The implied volatility at each of `count` dates, starting from `initial`.
    func volatilities(initial: Double, count: Int, using generator: inout some RandomNumberGenerator) -> [Double] {
        switch self {
        case .constant:
            return Array(repeating: initial, count: count)
        case let .noisy(spread):
            return (0..<count).map { index in
                index == 0 ? initial : max(initial + spread * generator.nextStandardNormal(), 0.01)
            }
        case let .observed(volatilities):
            return volatilities
        }
    }
}
