import Foundation

extension PricePath {
    /// The volatility the path realized, per √year: the annualised standard deviation of its log
    /// returns, or nil with fewer than two returns over positive steps (a standard deviation
    /// needs two).
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
    public var realizedVolatility: Double? {
        var returns = [(value: Double, step: Double)]()
        for i in spots.indices.dropFirst() {
            let step = times[i] - times[i - 1]
            guard step > 0 else { continue }
            returns.append((log(spots[i] / spots[i - 1]), step))
        }
        guard returns.count >= 2 else { return nil }
        let totalTime = returns.reduce(0) { $0 + $1.step }
        let drift = returns.reduce(0) { $0 + $1.value } / totalTime
        let squares = returns.reduce(0) { sum, item in
            let deviation = item.value - drift * item.step
            return sum + deviation * deviation
        }
        let count = Double(returns.count)
        return (squares / totalTime * count / (count - 1)).squareRoot()
    }
}
