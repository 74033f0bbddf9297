import Foundation

/// The course's real-world binomial walk: each interval the price is multiplied by u with
/// probability p, else by d; (u, d, p) given for the walk's interval and rescaled to any other
/// interval and volatility (``ScaledBinomialWalk``). The scenario's realized volatility is the
/// walk's σ; a batch that sets another one rescales the walk to it.
extension BinomialWalk: PathProcess {
    public static let id = PathModelID.binomial
    public static let title = "the course's binomial walk"
    public static let label = "binomial walk"
    public static let help = "the course's walk: --up, --down, --up-probability"

    public func validate(in scenario: HedgeScenario) throws(SimulationError) {
        try SimulationError.require(up.isFinite && up > 1, "up factor", up, "a finite number > 1")
        try SimulationError.require(down.isFinite && down > 0 && down < 1, "down factor", down, "a number between 0 and 1")
        try SimulationError.require((0...1).contains(upProbability), "up probability", upProbability, "between 0 and 1")
        try SimulationError.require(interval.isFinite && interval > 0, "binomial walk interval", interval, "> 0 years")
    }

    public func generator(in scenario: HedgeScenario) -> any PathGenerator {
        ScaledBinomialWalk(walk: self, volatility: scenario.dynamics.realizedVolatility)
    }

    public var theory: PathModelTheory { .binomialWalk(self) }
}
