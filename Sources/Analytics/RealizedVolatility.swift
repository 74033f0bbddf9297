import Foundation
import Simulation

/// The volatility a path realized: the annualised standard deviation of its log returns.
///
/// With log returns rᵢ = ln(Sᵢ/Sᵢ₋₁) over steps δtᵢ (years, in the run's year basis), the
/// drift per year is μ̂ = Σrᵢ/Σδtᵢ and
///
///     σ̂² = Σ(rᵢ − μ̂·δtᵢ)² / Σδtᵢ · n/(n − 1),
///
/// n the number of returns. With equal steps δt this is the sample variance of the returns
/// (n − 1 in the denominator) divided by δt — the textbook "standard deviation of daily log
/// returns times √(days per year)" (Hull, *Options, Futures, and Other Derivatives*, §15.4);
/// with unequal steps (weekends in a file of trading days) each return counts for its own
/// length of time, so a Monday's return over three calendar days is not read as one day's.
/// (``PricePath/realizedVolatility``, which the hedger's `--hedge-vol realized` reads too).
public enum RealizedVolatility {
    /// σ̂ of `path` per √year, or nil when it has fewer than two returns over positive steps
    /// (a standard deviation needs two).
    public static func of(_ path: PricePath) -> Double? {
        of(times: path.times, spots: path.spots)
    }

    /// σ̂ of the prices `spots` at `times` (years, increasing) per √year; nil with fewer than two
    /// returns over positive steps.
    public static func of(times: [Double], spots: [Double]) -> Double? {
        precondition(times.count == spots.count, "one time per price")
        return PricePath(times: times, spots: spots).realizedVolatility
    }
}
