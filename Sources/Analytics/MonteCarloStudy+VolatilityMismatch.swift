import Foundation
import Pricing
import Simulation

extension MonteCarloStudy {
    /// The final P&L batches of `variants` (the scenario at each realized volatility of the
    /// mismatch study), variant j as batch `first + j` of `count`, each priced with `pricer`
    /// (``pricer(for:computing:times:measuringError:)``, built once for them all).
    ///
    /// On GBM paths hedged chunk by chunk (``ChunkedTextbookHedge``) the variants share each
    /// path's normal draws (``SharedDrawPathSamplers``): one pass over the paths hedges every
    /// variant, the draws made once. Otherwise, or when a variant's set-up fails, each is
    /// ``run(_:computing:batch:of:measuresGridError:pricer:)`` in turn. The same figures, bit for
    /// bit, and the same first error.
    func mismatchBatches(
        _ variants: [HedgeScenario], pricer: BatchPricer?, firstBatch first: Int, of count: Int
    ) throws(SimulationError) -> [Batch] {
        if let shared = sharedDrawHedges(variants, pricer: pricer) {
            let seed = shared.seed, hedges = shared.hedges
            let completed = progressReporter(batch: first, of: count, spanning: variants.count)
            let chunks = try mapChunks(completed: completed) { paths in
                let seeds = paths.map { Self.pathSeed(seed, $0) }
                return zip(hedges, shared.samplers.spots(seeds: seeds)).map { hedge, spots in
                    Result { () throws(SimulationError) in try hedge.outcomes(paths: paths, seed: seed, spots: spots) }
                }
            }
            return try hedges.indices.map { (j: Int) throws(SimulationError) -> Batch in
                var finals = [TextbookFinalProfits.Outcome]()
                finals.reserveCapacity(paths)
                // Variant by variant, chunk by chunk: the error the runs one after another throw first.
                for chunk in chunks {
                    finals += try chunk[j].get().map { $0[0] }
                }
                return Batch(
                    finalPnL: finals.map(\.profit), cumulativeResiduals: [], totalAbsResiduals: [], gridError: nil,
                    gridPoints: 0, earlyExercises: finals.count { $0.exercised }
                )
            }
        }
        var batches = [Batch]()
        for (j, variant) in variants.enumerated() {
            batches.append(try run(
                variant, computing: .finalProfit, batch: first + j, of: count, measuresGridError: false, pricer: pricer
            ))
        }
        return batches
    }

    /// Each variant's chunked hedge on its own schedule, with the samplers that share their draws
    /// and the seed they share, as ``run(_:computing:batch:of:measuresGridError:pricer:)`` would
    /// hedge them; nil unless every variant is hedged chunk by chunk with `pricer`'s premium and
    /// Δ (not streamed) on GBM paths from one seed, or when setting one up fails (the runs one
    /// after another then throw where they do).
    private func sharedDrawHedges(
        _ variants: [HedgeScenario], pricer: BatchPricer?
    ) -> (hedges: [ChunkedTextbookHedge], samplers: SharedDrawPathSamplers, seed: UInt64)? {
        guard case let .premiumAndDelta(model)? = pricer, let seed = variants.first?.dynamics.seed,
              variants.allSatisfy({ $0.dynamics.seed == seed }) else { return nil }
        var hedges = [ChunkedTextbookHedge](), samplers = [PathSampler]()
        do {
            for variant in variants {
                let times = variant.hedge.schedule.times
                guard try StreamingTextbookHedge(scenario: variant, model: self.model, dates: CommonDates([times])) == nil else {
                    return nil
                }
                let sampler = variant.pathSampler(at: times)
                let hedge = TextbookFinalProfits(
                    scenario: variant, model: model, deltaModel: try hedgeDeltaPricer(for: variant, times: times)
                )
                guard let chunked = ChunkedTextbookHedge(hedge, sampler: sampler, schedules: [Array(times.indices)]) else {
                    return nil
                }
                hedges.append(chunked)
                samplers.append(sampler)
            }
        } catch {
            return nil
        }
        guard let shared = SharedDrawPathSamplers(samplers) else { return nil }
        return (hedges, shared, seed)
    }
}
