import Foundation
import Pricing

/// Inputs of the Black–Scholes grid case: a European put (K = 240, r = 4.5%, q = 0, σ = 60%)
/// over `spotCount` spots × `timeCount` times to expiry, 10 million points by default.
struct BlackScholesGridInputs: Sendable, Codable {
    var strike = 240.0
    /// Per year, continuously compounded.
    var rate = 0.045
    var dividendYield = 0.0
    /// Per √year.
    var volatility = 0.60
    /// Spots lowestSpot + i·(highestSpot − lowestSpot)/(spotCount − 1), i = 0 … spotCount − 1.
    var lowestSpot = 100.0
    var highestSpot = 400.0
    var spotCount = 1000
    /// Times to expiry longestYears·j/timeCount, j = 1 … timeCount (years).
    var longestYears = 30.0 / 365
    var timeCount = 10_000

    /// The grid's spots, computed as the numpy peer computes them (same operations, same bits).
    var spots: [Double] {
        let step = (highestSpot - lowestSpot) / Double(spotCount - 1)
        return (0..<spotCount).map { lowestSpot + step * Double($0) }
    }

    /// The grid's times to expiry, in years, computed as the numpy peer computes them.
    var timesToExpiry: [Double] {
        (1...timeCount).map { longestYears * Double($0) / Double(timeCount) }
    }

    var contract: OptionContract {
        OptionContract(type: .put, style: .european, strike: strike, expiry: longestYears)
    }

    var market: Market {
        Market(spot: strike, rate: rate, dividendYield: dividendYield, volatility: volatility)
    }

    /// Points compared with the peer: spread over the grid, from the shortest τ to the longest.
    var sampleIndices: [Int] {
        let count = spotCount * timeCount
        return [0, 1, 997, count / 3 + 11, count / 2 + 500, 2 * count / 3 + 123, count - 1]
    }
}

/// What the numpy peer reads: the grid, and the points whose values it reports.
private struct PeerParameters: Encodable {
    var grid: BlackScholesGridInputs
    var sampleIndices: [Int]
}

extension BenchmarkCase {
    /// Black–Scholes price and five Greeks over a 10-million-point grid, against numpy/scipy.
    static func blackScholesGrid(_ inputs: BlackScholesGridInputs = BlackScholesGridInputs()) -> BenchmarkCase {
        let model = BlackScholesModel()
        let contract = inputs.contract, market = inputs.market
        let spots = inputs.spots, times = inputs.timesToExpiry
        let points = spots.count * times.count
        func variant(threads: Int, label: String) -> OurVariant {
            OurVariant(
                label: label,
                schedule: Schedule(warmUps: 2, samples: 5, callsPerSample: 1),
                call: {
                    try model.valuations(of: contract, spots: spots, timesToExpiry: times, in: market, threads: threads)
                        .price[points / 2]
                }
            )
        }
        /// Writes into one batch, allocated by the first (warm-up) call: the same work without
        /// fresh pages.
        func reusing(threads: Int, label: String) -> OurVariant {
            let reused = Reused()
            return OurVariant(
                label: label,
                schedule: Schedule(warmUps: 2, samples: 5, callsPerSample: 1),
                call: {
                    try reused.update { batch in
                        try model.valuations(
                            of: contract, spots: spots, timesToExpiry: times, in: market, into: &batch, threads: threads
                        )
                        return batch.price[points / 2]
                    }
                }
            )
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return BenchmarkCase(
            name: "bs-grid-10m",
            title: "Black–Scholes put, price + 5 Greeks over \(spots.count) spots × \(times.count) τ "
                + "= \(points / 1_000_000)M points",
            timed: """
                one call producing six fresh arrays of \(points) doubles (price, Δ, Γ, Θ, vega, rho), \
                allocation included on both sides; the grid's inputs are built before timing. Ours: \
                BlackScholesModel.valuations(of:spots:timesToExpiry:in:threads:) on all \(cores) cores. \
                Peer: numpy broadcasting of the closed form over the (τ, S) grid with \
                scipy.special.ndtr, one thread as numpy's ufuncs are.
                """,
            ours: [
                variant(threads: cores, label: "BlackScholesModel().valuations(…), \(cores) threads"),
                variant(threads: 1, label: "the same on 1 thread (for context)"),
                reusing(threads: cores, label: "valuations(…, into:) reusing a batch (for context)"),
            ],
            peer: PeerScript(
                file: "numpy_black_scholes_grid.py",
                parameters: PeerScript.json(PeerParameters(grid: inputs, sampleIndices: inputs.sampleIndices)),
                schedule: Schedule(warmUps: 2, samples: 5, callsPerSample: 1)
            ),
            target: .speedUp(3),
            evaluationsPerCall: points,
            values: {
                let batch = try model.valuations(of: contract, spots: spots, timesToExpiry: times, in: market)
                var values: [String: Double] = [:]
                for i in inputs.sampleIndices {
                    values["price[\(i)]"] = batch.price[i]
                    values["delta[\(i)]"] = batch.delta[i]
                    values["gamma[\(i)]"] = batch.gamma[i]
                    values["theta[\(i)]"] = batch.theta[i]
                    values["vega[\(i)]"] = batch.vega[i]
                    values["rho[\(i)]"] = batch.rho[i]
                }
                return values
            }
        )
    }
}

/// A batch kept between calls of a timed closure. The benchmark calls its variants one at a
/// time, never concurrently, which is what makes the unchecked `Sendable` sound.
private final class Reused: @unchecked Sendable {
    private var batch = BlackScholesBatch()

    func update(_ body: (inout BlackScholesBatch) throws -> Double) rethrows -> Double {
        try body(&batch)
    }
}
