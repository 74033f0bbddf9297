import Foundation

extension HedgeScenario {
    /// The generator of the scenario's simulated paths, at its drift and realized volatility;
    /// nil for observed prices.
    public var pathGenerator: (any PathGenerator)? {
        dynamics.pathModel.process?.generator(in: self)
    }

    /// σ of Merton's diffusion, √(σr² − λ·(μJ² + δJ²)): the part of the realized variance the
    /// jumps leave (NaN when they take more than all of it; ``validate()`` refuses that).
    public func mertonDiffusionVolatility(_ jumps: MertonJumps) -> Double {
        let remainder = dynamics.realizedVolatility * dynamics.realizedVolatility - jumps.varianceRate
        return remainder >= 0 ? remainder.squareRoot() : .nan
    }

    /// `variance` scaled so that its mean variance over the option's life is σr²; as given when
    /// it already is (to 1e-12), so a run at its own realized volatility uses the user's numbers,
    /// and when it is 0 everywhere.
    public func hestonVarianceAtRealizedVolatility(_ variance: HestonVariance) -> HestonVariance {
        let own = variance.meanVariance(over: position.contract.expiry)
        // A process that never moves has no level to scale (``validate()`` allows it only at σr = 0).
        guard own > 0 else { return variance }
        let factor = dynamics.realizedVolatility * dynamics.realizedVolatility / own
        return abs(factor - 1) <= 1e-12 ? variance : variance.scaled(by: factor)
    }

    /// The share prices at `times` (years from 0, increasing, the first 0) drawn by the path
    /// model from the scenario's seed; the observed prices for an observed path.
    public func pricePath(at times: [Double]) -> PricePath {
        pathSampler(at: times).path(seed: dynamics.seed)
    }

    /// The scenario's paths at `times` for any seed, the generator and the drawing dates worked
    /// out once (a study draws thousands of paths at the same dates).
    public func pathSampler(at times: [Double]) -> PathSampler {
        guard let generator = pathGenerator else {
            guard case let .observed(path) = dynamics.pathModel else { preconditionFailure("only observed paths have no generator") }
            return PathSampler(source: .observed(path), spot: market.spot, times: times, drawing: (times, Array(times.indices)))
        }
        // GBM, every study's default, gets a path loop specialised on its type: drawn through
        // the existential, each step's shock, advance and exp went through witness tables
        // (issue 26: about a tenth of a 100 000-path run's CPU). The same draws, the same bits.
        let source: PathSampler.Source = if let motion = generator as? GeometricBrownianMotion {
            .geometricBrownian(motion)
        } else {
            .drawn(generator)
        }
        return PathSampler(source: source, spot: market.spot, times: times, drawing: drawingDates(for: times))
    }
}

/// The paths of one scenario at fixed dates, by seed (``HedgeScenario/pathSampler(at:)``):
/// `path(seed:)` is the scenario's ``HedgeScenario/pricePath(at:)`` with that seed, bit for bit.
public struct PathSampler: Sendable {
    enum Source: Sendable {
        case drawn(any PathGenerator)
        /// GBM by its concrete type, so that ``draw(_:seed:)`` is specialised on it.
        case geometricBrownian(GeometricBrownianMotion)
        case observed(PricePath)
    }

    let source: Source
    let spot: Double
    /// The dates asked for, years.
    public let times: [Double]
    /// The dates drawn at and the position among them of each of ``times`` (``HedgeScenario/drawingDates(for:)``).
    let drawing: (times: [Double], positions: [Int])

    /// The path seeded `seed`; the observed prices for an observed path.
    public func path(seed: UInt64) -> PricePath {
        switch source {
        case let .observed(path):
            return path
        case let .drawn(generator):
            return draw(generator, seed: seed)
        case let .geometricBrownian(motion):
            return draw(motion, seed: seed)
        }
    }

    /// The spots at ``times`` of the paths seeded `seeds`, date after date:
    /// `spots[i * seeds.count + k]` is `path(seed: seeds[k]).spots[i]`, bit for bit. The paths
    /// are drawn side by side (``PathBundle``), with no array per path, for a study that hedges
    /// a chunk of paths date by date.
    public func spots(seeds: [UInt64]) -> [Double] {
        switch source {
        case let .observed(path):
            return path.spots.flatMap { spot in repeatElement(spot, count: seeds.count) }
        case let .drawn(generator):
            return spots(generator, seeds: seeds)
        case let .geometricBrownian(motion):
            return spots(motion, seeds: seeds)
        }
    }

    /// ``spots(seeds:)`` drawn by `generator`: each drawing date's step over all the paths,
    /// the spot read at the dates asked for (the first date's is the spot itself, as
    /// ``PathGenerator/path(spot:times:using:)`` has it).
    private func spots<Generator: PathGenerator>(_ generator: Generator, seeds: [UInt64]) -> [Double] {
        let n = seeds.count
        var bundle = PathBundle(generator, spot: spot, seeds: seeds)
        var spots = [Double](repeating: spot, count: times.count * n)
        walkDrawingDates { drawn in
            bundle.advance(over: drawing.times[drawn] - drawing.times[drawn - 1])
        } reading: { i in
            let states = bundle.states
            for k in 0..<n {
                spots[i * n + k] = generator.spot(in: states[k])
            }
        }
        return spots
    }

    /// Walks the drawing dates up to each of ``times`` after the first, in order: `advance(d)`
    /// for each drawing date d reached (the step from date d − 1 to d), then `read(i)` at date i
    /// of ``times``. Every side-by-side draw of a chunk's paths follows it
    /// (``spots(seeds:)``, ``SharedDrawPathSamplers``).
    func walkDrawingDates(advancing advance: (Int) -> Void, reading read: (Int) -> Void) {
        var drawn = 0
        for i in times.indices.dropFirst() {
            while drawn < drawing.positions[i] {
                drawn += 1
                advance(drawn)
            }
            read(i)
        }
    }

    /// The path of `generator` seeded `seed` at the drawing dates, read at ``times``.
    private func draw<Generator: PathGenerator>(_ generator: Generator, seed: UInt64) -> PricePath {
        var random = SplitMix64(seed: seed)
        let path = generator.path(spot: spot, times: drawing.times, using: &random)
        guard drawing.times.count != times.count else { return path }
        return PricePath(times: times, spots: drawing.positions.map { path.spots[$0] })
    }
}
