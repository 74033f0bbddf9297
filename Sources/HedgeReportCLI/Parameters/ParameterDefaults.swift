import Simulation

/// The defaults and ranges of the parameters whose default is a rule rather than a value: the
/// descriptor table states them in the help and the README, and the reader applies them, both
/// from here, so the words and the run cannot drift apart.
enum ParameterDefaults {
    /// The premium's start without `--start-premium`: the model's price.
    static let startPremium = StartPremium.model

    /// The year basis without `--year-basis`: calendar days.
    static let yearBasis = YearBasis.calendar

    /// The hedger's seed with `--hedger-correlation` alone: the true path's `--seed` plus this
    /// (0 past the largest seed), a different stream of the same generators.
    static let hedgerSeedOffset = 1

    /// The default sweep's numbers of rebalances, as multiples of the run's own.
    static let sweepMultiples = [0.1, 0.2, 0.5, 1, 2]

    /// The numbers of rebalances a sweep may compare.
    static let sweepRebalances = 1...10_000

    /// The default mismatch volatilities, as multiples of the implied volatility.
    static let mismatchMultiples = [0.5, 0.75, 1, 1.25, 1.5]

    /// The volatilities, per √year, the mismatch study may hedge against.
    static let mismatchVolatilities = 0.001...10.0

    /// The default sweep: about ``sweepMultiples`` × the run's own number of rebalances over
    /// the horizon (`rebalances`); for a binomial walk (`doubling`) a tenth of it doubled five
    /// times, so that each frequency's walk nests in the next (the walk's error depends on where
    /// the strike falls between its nodes, which otherwise jumps between frequencies). Sorted,
    /// without repeats, within ``sweepRebalances``.
    static func sweep(rebalances: Double, doubling: Bool) -> [Int] {
        let base = max(Int((rebalances / 10).rounded()), 1)
        let multiples = doubling ? [1.0, 2, 4, 8, 16, 32].map { Double(base) * $0 } : sweepMultiples.map { rebalances * $0 }
        return Array(Set(multiples.map { min(max(Int($0.rounded()), sweepRebalances.lowerBound), sweepRebalances.upperBound) })).sorted()
    }
}
