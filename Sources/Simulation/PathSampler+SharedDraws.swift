import Foundation

/// Several samplers of geometric Brownian motion that differ only in drift and volatility, their
/// paths drawn from the same normal draws (the volatility mismatch's batches, issue 26).
///
/// A GBM step is a function of its normal draw and the motion's constants alone
/// (``GeometricBrownianMotion/advance(_:by:using:)``), so path k of every sampler takes the same
/// draws from `SplitMix64(seed: seeds[k])`: ``spots(seeds:)`` draws them once and advances each
/// sampler's ln S through the same `advance`, with the same step constants, in the same order.
/// Other path models draw more than one normal a step, or other draws, and keep their own loop.
public struct SharedDrawPathSamplers: Sendable {
    /// The dates, spot and drawing dates every sampler shares.
    private let first: PathSampler
    private let motions: [GeometricBrownianMotion]

    /// The samplers `samplers`, or nil unless every one draws geometric Brownian motion from the
    /// same spot at the same dates.
    public init?(_ samplers: [PathSampler]) {
        guard let first = samplers.first else { return nil }
        var motions = [GeometricBrownianMotion]()
        for sampler in samplers {
            guard case let .geometricBrownian(motion) = sampler.source, sampler.spot == first.spot,
                  sampler.times == first.times, sampler.drawing.times == first.drawing.times,
                  sampler.drawing.positions == first.drawing.positions else { return nil }
            motions.append(motion)
        }
        self.first = first
        self.motions = motions
    }

    /// Each sampler's ``PathSampler/spots(seeds:)``, bit for bit, in the samplers' order.
    public func spots(seeds: [UInt64]) -> [[Double]] {
        let normals = first.normals(seeds: seeds)
        return motions.map { first.spots($0, normals: normals, paths: seeds.count) }
    }
}

extension PathSampler {
    /// Each drawing step's standard normal draw for each path seeded `seeds`, as
    /// ``RandomShocks/nextBrownianIncrement()`` draws them: step d of path k at d · n + k.
    fileprivate func normals(seeds: [UInt64]) -> [Double] {
        let n = seeds.count, steps = drawing.times.count - 1
        var normals = [Double](repeating: 0, count: steps * n)
        normals.withUnsafeMutableBufferPointer { normals in
            for (k, seed) in seeds.enumerated() {
                var random = SplitMix64(seed: seed)
                for d in 0..<steps {
                    normals[d * n + k] = random.nextStandardNormal()
                }
            }
        }
        return normals
    }

    /// The spots at ``times`` of `paths` paths of `motion` driven by `normals`
    /// (``normals(seeds:)``), laid out as ``spots(seeds:)`` lays them out.
    fileprivate func spots(_ motion: GeometricBrownianMotion, normals: [Double], paths n: Int) -> [Double] {
        var logSpots = [Double](repeating: motion.initialState(spot: spot), count: n)
        var spots = [Double](repeating: spot, count: times.count * n)
        walkDrawingDates { drawn in
            let step = motion.step(over: drawing.times[drawn] - drawing.times[drawn - 1])
            let offset = (drawn - 1) * n
            for k in 0..<n {
                var shock = GivenIncrement(normals[offset + k])
                motion.advance(&logSpots[k], by: step, using: &shock)
            }
        } reading: { i in
            for k in 0..<n {
                spots[i * n + k] = motion.spot(in: logSpots[k])
            }
        }
        return spots
    }
}

/// One Brownian increment drawn before (``SharedDrawPathSamplers``); a GBM step asks for
/// nothing else.
private struct GivenIncrement: ShockSource {
    let increment: Double

    init(_ increment: Double) {
        self.increment = increment
    }

    func nextBrownianIncrement() -> Double { increment }

    func nextNormal() -> Double { preconditionFailure("a GBM step draws only its Brownian increment") }

    func nextUniform() -> Double { preconditionFailure("a GBM step draws only its Brownian increment") }
}
