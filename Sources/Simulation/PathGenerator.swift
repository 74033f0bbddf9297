import Foundation

/// A model of how the share price moves, drawn one step at a time: geometric Brownian motion,
/// the course's binomial walk, Merton's jump diffusion, Heston's stochastic variance.
///
/// The generator is immutable; what moves is its ``State``, which carries the spot and whatever
/// else the model needs to go on (Heston's variance). A step over `dt` years is prepared once
/// per interval length (``step(over:)``: the constants of that interval) and then applied to
/// any number of states (``advance(_:by:using:)``), so one path, a chunk of paths side by side
/// (``PathBundle``) and every Monte Carlo study draw paths through the same two functions
/// (QuantLib's `PathGenerator` over a `StochasticProcess`, without its mutable caches).
///
/// Randomness comes from a ``ShockSource``: the increments of the Brownian motions that drive
/// the diffusion are its ``ShockSource/nextBrownianIncrement()`` draws, everything else (jump
/// counts and sizes, a walk's up-or-down) its other draws. A source may hand out given normal
/// draws as the Brownian increments (e.g. correlated with another path's), and a generator is
/// then driven by them.
public protocol PathGenerator: Sendable {
    /// What the model carries from one date to the next.
    associatedtype State: Sendable
    /// The constants of one step of a given length.
    associatedtype Step: Sendable

    /// The state at t = 0 with the share at `spot`, currency per share.
    func initialState(spot: Double) -> State

    /// The constants of a step of `dt` years (> 0).
    func step(over dt: Double) -> Step

    /// Moves `state` over one `step`, drawing from `shocks`.
    func advance(_ state: inout State, by step: Step, using shocks: inout some ShockSource)

    /// The share price in `state`, currency per share.
    func spot(in state: State) -> Double

    /// True when a path drawn at some dates and read at a subset of them has the law of a path
    /// drawn at the subset: exact transition laws (GBM, Merton) do; a walk whose step depends
    /// on its interval, or a discretised SDE, does not. A Monte Carlo study lets frequencies
    /// share paths only when it holds.
    var samplesAnyDates: Bool { get }
}

/// The randomness a ``PathGenerator`` draws from.
public protocol ShockSource {
    /// A standard normal increment of a Brownian motion that drives the diffusion, in the order
    /// a generator documents (one a step for GBM and Merton, two for Heston).
    mutating func nextBrownianIncrement() -> Double
    /// Any other standard normal draw (the size of a jump).
    mutating func nextNormal() -> Double
    /// A uniform draw in the open interval (0, 1).
    mutating func nextUniform() -> Double
}

/// Every draw from one seedable generator: normals by the ziggurat
/// (``Swift/RandomNumberGenerator/nextStandardNormal()``), uniforms from the top 53 bits.
public struct RandomShocks<Generator: RandomNumberGenerator>: ShockSource {
    public var generator: Generator

    public init(_ generator: Generator) {
        self.generator = generator
    }

    @inlinable
    public mutating func nextBrownianIncrement() -> Double { generator.nextStandardNormal() }

    @inlinable
    public mutating func nextNormal() -> Double { generator.nextStandardNormal() }

    @inlinable
    public mutating func nextUniform() -> Double { generator.nextOpenUnitInterval() }
}

/// Brownian increments given in advance, every other draw from a generator: a path model driven
/// by the increments another computation chose (correlated with a second path's, say).
public struct GivenBrownianShocks<Generator: RandomNumberGenerator>: ShockSource {
    /// The increments, used in order.
    public var increments: [Double]
    /// Index of the next increment.
    public private(set) var used = 0
    /// The source of the other draws.
    public var generator: Generator

    public init(increments: [Double], generator: Generator) {
        self.increments = increments
        self.generator = generator
    }

    /// The next given increment; running past the end is a programming error.
    public mutating func nextBrownianIncrement() -> Double {
        precondition(used < increments.count, "a path asked for more Brownian increments than were given")
        defer { used += 1 }
        return increments[used]
    }

    public mutating func nextNormal() -> Double { generator.nextStandardNormal() }

    public mutating func nextUniform() -> Double { generator.nextOpenUnitInterval() }
}

extension PathGenerator {
    public var samplesAnyDates: Bool { false }

    /// The path at `times` (years from 0, increasing, the first 0) from `spot`: the first price
    /// is `spot` itself, each next one a step of the interval between the two times. A step
    /// is prepared again only when the interval changes.
    public func path(spot: Double, times: [Double], using shocks: inout some ShockSource) -> PricePath {
        var spots = [Double]()
        spots.reserveCapacity(times.count)
        var state = initialState(spot: spot)
        var prepared: (dt: Double, step: Step)?
        for (index, time) in times.enumerated() {
            if index > 0 {
                let dt = time - times[index - 1]
                if prepared?.dt != dt { prepared = (dt, step(over: dt)) }
                advance(&state, by: prepared!.step, using: &shocks)
            }
            spots.append(index == 0 ? spot : self.spot(in: state))
        }
        return PricePath(times: times, spots: spots)
    }

    /// ``path(spot:times:using:)`` with every draw from `generator`.
    public func path(spot: Double, times: [Double], using generator: inout some RandomNumberGenerator) -> PricePath {
        var shocks = RandomShocks(generator)
        defer { generator = shocks.generator }
        return path(spot: spot, times: times, using: &shocks)
    }
}
