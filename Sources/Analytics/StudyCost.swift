import Foundation
import Pricing
import Simulation

/// What a Monte Carlo study's lattice repricing costs, estimated before it runs: the grids it
/// builds (``MonteCarloStudy/pricer(for:computing:times:measuringError:)``) counted in the
/// units their time follows, times the measured cost of a unit (``LatticeCost``). The report's
/// work budget holds a study to it.
///
/// A study of an American option values every path through ``ValuationGrid``s over its dates:
/// the main batch's (the scenario's schedule, three volatility nodes, rho), the frequency
/// sweep's (one grid over the union of the sweep's dates), the volatility mismatch's and the
/// rule comparison's (the schedule again). With CRR and BBS each grid date is two lattices
/// per volatility node (the node lattice and its half-spacing companion) and two more for rho
/// on the main batch's: the unit is a lattice. With BBSR each grid point is priced with its own
/// tree of N and N/2 levels: the unit is a grid point, whose count follows from the grid's
/// layout (``ValuationGrid/pointCount(time:spotRange:expiry:volatility:)``): 84,108 for the
/// default study, the count the run itself reports (`monteCarlo.gridPoints`). Grids a run builds
/// beyond these (`--hedge-vol`'s, a path-model comparison's, the wrong-information study's) are
/// not counted; the default study's cost per unit, measured on whole runs, carries the rest of
/// its repricing (the grid's accuracy check, the exercise boundaries).
public struct StudyCost: Sendable, Hashable {
    /// Lattices (CRR, BBS) or grid points (BBSR) the study's grids price.
    public var units: Double
    /// Estimated CPU seconds of the repricing, summed over threads (``LatticeCost``).
    public var seconds: Double

    /// The cost of a study of `scenario` priced with `model`: nothing for a European book
    /// (closed form) or a study of no path.
    ///
    /// - Parameters:
    ///   - sweep: the frequency sweep's numbers of rebalances.
    ///   - mismatchVolatilities: the realized volatilities of the mismatch batches.
    ///   - rules: how many rebalancing rules are compared (0: no comparison).
    public init(
        scenario: HedgeScenario, model: BinomialLatticeModel, paths: Int, sweep: [Int], mismatchVolatilities: [Double], rules: Int
    ) {
        let instruments = Set((scenario.book.legs + scenario.hedge.tradedOptions.map(\.position)).map(\.contract))
            .filter { $0.style == .american }
        guard paths > 0, !instruments.isEmpty else {
            (units, seconds) = (0, 0)
            return
        }
        let schedule = scenario.hedge.schedule.times
        let horizon = scenario.hedge.schedule.horizon
        let sweepDates = sweep.isEmpty ? [] : CommonDates(sweep.map { RebalancingSchedule(rebalances: $0, over: horizon).times }).times
        let implied = scenario.market.volatility
        let widest = max(mismatchVolatilities.max() ?? 0, implied)
        let process = scenario.dynamics.pathModel.process ?? GeometricBrownianPaths()
        // (dates, volatility nodes, the spread of the paths — nil: the path model's own range —,
        // lattices for rho)
        var grids: [(times: [Double], nodes: Double, sigma: Double?, rho: Double)] = [(schedule, 3, nil, 2)]
        if !sweepDates.isEmpty { grids.append((sweepDates, 1, nil, 0)) }
        if !mismatchVolatilities.isEmpty { grids.append((schedule, 1, widest, 0)) }
        if rules > 0 { grids.append((schedule, 3, nil, 2)) }
        var units = 0.0
        for contract in instruments {
            for grid in grids {
                let dates = grid.times.filter { $0 < contract.expiry }
                switch model.method {
                case .crr, .blackScholesLastStep:
                    units += Double(dates.count) * (2 * grid.nodes + grid.rho)
                case .richardson:
                    for time in dates {
                        let range = grid.sigma.map { PathModels.lognormalSpotRange(in: scenario, at: time, volatility: $0) }
                            ?? process.spotRange(in: scenario, at: time)
                        let points = Double(ValuationGrid.pointCount(time: time, spotRange: range, expiry: contract.expiry, volatility: implied))
                        units += points * grid.nodes
                    }
                }
            }
        }
        self.units = units
        seconds = units * LatticeCost.studySecondsPerUnit(model)
    }
}
