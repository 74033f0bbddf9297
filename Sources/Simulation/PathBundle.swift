import Foundation

/// Paths of one generator advanced together, date by date, for Monte Carlo code that keeps only
/// what it needs at each date rather than whole paths.
///
/// Path k draws from its own generator exactly as ``PathGenerator/path(spot:times:using:)``
/// draws for one path, through the same ``PathGenerator/advance(_:by:using:)``, so its state is
/// bit for bit that path's; a step over every path at once lets the processor overlap their
/// independent draws.
public struct PathBundle<Generator: PathGenerator>: Sendable {
    public let generator: Generator
    /// The state of each path (ln S for GBM).
    public var states: [Generator.State] { storage }
    @usableFromInline var storage: [Generator.State]
    @usableFromInline var randomness: [SplitMix64]

    /// Paths that all start at `spot` (currency per share), path k drawing from
    /// `SplitMix64(seed: seeds[k])`.
    public init(_ generator: Generator, spot: Double, seeds: [UInt64]) {
        self.generator = generator
        storage = [Generator.State](repeating: generator.initialState(spot: spot), count: seeds.count)
        randomness = seeds.map { SplitMix64(seed: $0) }
    }

    /// Advances every path by `dt` years (> 0).
    @inlinable
    public mutating func advance(over dt: Double) {
        let step = generator.step(over: dt)
        let generator = self.generator
        storage.withUnsafeMutableBufferPointer { states in
            randomness.withUnsafeMutableBufferPointer { randomness in
                for k in states.indices {
                    var shocks = RandomShocks(randomness[k])
                    generator.advance(&states[k], by: step, using: &shocks)
                    randomness[k] = shocks.generator
                }
            }
        }
    }
}
