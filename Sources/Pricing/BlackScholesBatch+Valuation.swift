import Dispatch
import Foundation

extension BlackScholesModel {
    /// Grid points per chunk: each chunk is computed by one thread into its own slice of the
    /// columns. Fixed, so the partition (and with it every result) is the same whatever the
    /// thread count; 16 Ki points is 128 KiB per column, small enough for a fair share of work
    /// between threads and large enough that scheduling costs nothing measurable.
    static let batchChunkSize = 1 << 14

    /// Price and Greeks of a European `contract` at every point of the grid `spots` ×
    /// `timesToExpiry`, computed in parallel.
    ///
    /// Each point equals ``valuation(of:in:)`` for a market with that spot and τ within 1e-12
    /// relative (a few ulps in practice; values under 1e-20, deep out of the money hours before
    /// expiry, are rounding noise in both). The same formulas, arranged for speed: work that
    /// depends only on the spot (ln(S/K), 1/S) or only on τ (√τ, e^{−rτ}, e^{−qτ}, every
    /// division) is done once per column or row, and N(·) is
    /// ``StandardNormal/cdf(_:density:)``, so a point costs no call into libm (see
    /// ``BlackScholesBatch/Kernel``). A point with τ = 0 takes the payoff and its slope, as the
    /// scalar model does.
    ///
    /// The grid is cut into fixed chunks of ``batchChunkSize`` points, shared between `threads`
    /// workers (``concurrentMap(_:threads:_:)``); each chunk writes only its own slice, so the
    /// results are identical for any thread count.
    ///
    /// - Parameters:
    ///   - contract: a European call or put; its `expiry` is not read (the grid gives τ).
    ///   - spots: share prices, currency per share, each finite and > 0.
    ///   - timesToExpiry: years to expiry (ACT/365), each finite and ≥ 0.
    ///   - market: rate, dividend yield and volatility; its `spot` and `time` are not read.
    ///   - threads: workers to use, ≥ 1; by default one per active processor core.
    /// - Returns: `timesToExpiry.count` rows of `spots.count` points (``BlackScholesBatch``).
    /// - Throws: ``PricingError`` naming the first invalid input, or `.unsupported` for an
    ///   American contract.
    public func valuations(
        of contract: OptionContract,
        spots: [Double],
        timesToExpiry: [Double],
        in market: Market,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(PricingError) -> BlackScholesBatch {
        try validateBatch(contract, spots: spots, timesToExpiry: timesToExpiry, market: market, threads: threads)
        var batch = BlackScholesBatch(unwrittenFor: spots, timesToExpiry: timesToExpiry)
        fill(&batch, contract: contract, market: market, threads: threads)
        return batch
    }

    /// The same as ``valuations(of:spots:timesToExpiry:in:threads:)``, written into `batch`,
    /// whose columns are reused when they already have the grid's size (and are not shared with
    /// another copy): no allocation and no fresh pages for a loop that values grids of one size
    /// again and again, e.g. every rebalancing date of a Monte Carlo study. Throws, leaving
    /// `batch` as it was, for the same inputs as the allocating form.
    public func valuations(
        of contract: OptionContract,
        spots: [Double],
        timesToExpiry: [Double],
        in market: Market,
        into batch: inout BlackScholesBatch,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(PricingError) {
        try validateBatch(contract, spots: spots, timesToExpiry: timesToExpiry, market: market, threads: threads)
        if batch.count == spots.count * timesToExpiry.count {
            batch.spots = spots
            batch.timesToExpiry = timesToExpiry
        } else {
            batch = BlackScholesBatch(unwrittenFor: spots, timesToExpiry: timesToExpiry)
        }
        fill(&batch, contract: contract, market: market, threads: threads)
    }

    /// Writes every point of `batch`'s grid.
    private func fill(_ batch: inout BlackScholesBatch, contract: OptionContract, market: Market, threads: Int) {
        let spots = batch.spots, timesToExpiry = batch.timesToExpiry, count = batch.count
        let logMoneyness = spots.map { log($0 / contract.strike) }
        let inverseSpots = spots.map { 1 / $0 }
        batch.withMutableColumns { columns in
            spots.withUnsafeBufferPointer { spots in
                timesToExpiry.withUnsafeBufferPointer { times in
                    logMoneyness.withUnsafeBufferPointer { logMoneyness in
                        inverseSpots.withUnsafeBufferPointer { inverseSpots in
                            let kernel = BlackScholesBatch.Kernel(
                                contract: contract, market: market, spots: spots, logMoneyness: logMoneyness,
                                inverseSpots: inverseSpots, timesToExpiry: times, columns: columns
                            )
                            Self.forEachChunk(of: count, threads: threads) { kernel.fill($0) }
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` once for each chunk of ``batchChunkSize`` indices of `0..<count`, spread over
    /// `threads` workers, each taking the next chunk not yet taken (``concurrentMap(_:threads:_:)``).
    private static func forEachChunk(of count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let chunks = (count + batchChunkSize - 1) / batchChunkSize
        @Sendable func chunk(_ c: Int) -> Range<Int> {
            (c * batchChunkSize)..<min((c + 1) * batchChunkSize, count)
        }
        _ = concurrentMap(chunks, threads: threads) { (c: Int) -> Void in body(chunk(c)) }
    }

    private func validateBatch(
        _ contract: OptionContract, spots: [Double], timesToExpiry: [Double], market: Market, threads: Int
    ) throws(PricingError) {
        try Self.requireEuropean(contract)
        guard contract.payoff is VanillaPayoff else {
            throw PricingError(.unsupported("batch Black–Scholes pricing is for a vanilla call or put, not a \(contract.payoff)"))
        }
        guard threads >= 1 else {
            throw PricingError(.invalidInput(name: "threads", value: Double(threads), allowed: "a whole number ≥ 1"))
        }
        for (i, spot) in spots.enumerated() where !(spot.isFinite && spot > 0) {
            throw PricingError(.invalidInput(name: "spots[\(i)]", value: spot, allowed: "a finite number > 0"))
        }
        for (i, tau) in timesToExpiry.enumerated() where !(tau.isFinite && tau >= 0) {
            throw PricingError(.invalidInput(
                name: "timesToExpiry[\(i)]", value: tau, allowed: "a finite number of years ≥ 0"
            ))
        }
        // The grid supplies spot and τ; the shared checks cover strike, volatility and rates.
        try validateTermsAndRates(contract, market)
    }
}
