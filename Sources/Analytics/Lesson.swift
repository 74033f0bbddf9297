import Foundation
import Simulation

/// The lesson of one path in the trader's identity (DESIGN.md §2.9): the delta-hedged
/// position's P&L ≈ Σ ½·m·Γ·S²·(dS²/S² − σ²·dt), the gamma rent earned (or paid) by the
/// realized moves against the variance the implied volatility σ priced in, beside the hedge's
/// actual P&L and what the identity leaves out. USD for the whole position.
public struct Lesson: Sendable, Hashable, Codable {
    /// Σ ½·m·Γ·S²·((dS/S)² − σ²·dt) over the steps, Γ, S and σ at each step's start.
    public var gammaRent: Double
    /// The textbook hedge's final P&L.
    public var actual: Double
    /// actual − gammaRent: financing, costs, the implied volatility's moves, the model–market
    /// gap and the terms of higher order than the identity keeps.
    public var rest: Double
    /// Steps on which the share moved more than the implied volatility priced in, (dS/S)² > σ²·dt.
    public var bigMoves: Int
    /// Steps of the path.
    public var steps: Int
    /// The path's largest move, |ln(S₁/S₀) − (μ − ½σd²)·dt|/(σd·√dt), in standard deviations of
    /// a step of the path model's diffusion (σd the volatility without the jumps), for Merton's
    /// paths; nil for other path models.
    public var largestMoveInStandardDeviations: Double?

    /// Moves beyond this many standard deviations of a step's diffusion are called a jump (a
    /// normal step exceeds 4 about once in 16,000).
    public static let jumpThreshold = 4.0

    /// Whether a Merton path jumped (its largest move beyond ``jumpThreshold``); nil for other
    /// path models.
    public var jumped: Bool? { largestMoveInStandardDeviations.map { $0 > Self.jumpThreshold } }

    /// The lesson of `analysis`'s path.
    public init(_ analysis: HedgeAnalysis) {
        let valued = analysis.simulation.valuedPath
        let scenario = analysis.simulation.scenario
        gammaRent = analysis.gammaAgainstTheta.reduce(0, +)
        actual = analysis.textbook.finalPnL
        rest = actual - gammaRent
        let spots = valued.path.spots, times = valued.path.times
        steps = max(spots.count - 1, 0)
        bigMoves = spots.indices.dropFirst().filter { i in
            let move = spots[i] / spots[i - 1] - 1
            let sigma = valued.markets[i - 1].volatility
            return move * move > sigma * sigma * (times[i] - times[i - 1])
        }.count
        if let jumps = scenario.dynamics.pathModel.process(MertonJumps.self) {
            let diffusion = max(scenario.dynamics.realizedVolatility * scenario.dynamics.realizedVolatility - jumps.varianceRate, 1e-12).squareRoot()
            largestMoveInStandardDeviations = spots.indices.dropFirst().map { i in
                let dt = times[i] - times[i - 1]
                let centre = (scenario.dynamics.drift - 0.5 * diffusion * diffusion) * dt
                return abs(log(spots[i] / spots[i - 1]) - centre) / (diffusion * dt.squareRoot())
            }.max()
        }
    }
}
