import Foundation
import Pricing
import Simulation

/// What a Monte Carlo study's lattice repricing costs, estimated before it runs: the grids it
/// builds, as the study itself lists them (``MonteCarloStudy/grids(of:sweep:realizedVolatilities:rules:wrongInformationStudy:)``),
/// counted in the units their time follows, times the measured cost of a unit (``LatticeCost``).
/// The report's work budget holds a study to it.
///
/// A study of an American option values every path through grids over its dates: the main
/// batch's, the frequency sweep's, the volatility mismatch's, the rule comparison's, the
/// hedging volatilities' comparison's, the path-model comparison's and the wrong-information
/// study's, and under `--hedge-vol` each batch's Δ grid at the hedging volatility. With CRR and
/// BBS each grid date is two lattices per volatility node (the node lattice and its
/// half-spacing companion): one node for a premium-and-Δ grid, three and two more lattices for
/// rho for a grid of every Greek (``StudyGrid/Form``): the unit is a lattice. With BBSR each
/// grid point is priced with its own tree of N and N/2 levels: the unit is a grid point, whose
/// count follows from the grid's layout (``ValuationGrid/pointCount(time:spotRange:expiry:volatility:)``).
/// The default study counts 1,164 lattices (the main batch's 488, the sweep's 432, the
/// mismatch's 122, the model comparison's 122) and 99,699 BBSR grid points. The control runs'
/// grids, which depend on the study's findings, are not counted; the default study's cost per
/// unit, measured on whole runs, carries them with the rest of its repricing (the grid's
/// accuracy check, the exercise boundaries, the theory's two-date grids).
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
    ///   - rules: the rebalancing rules compared (none: no comparison).
    ///   - wrongInformationStudy: whether the wrong-information study runs beside the study.
    public init(
        scenario: HedgeScenario, model: BinomialLatticeModel, paths: Int, sweep: [Int], mismatchVolatilities: [Double],
        rules: [RebalancingRule], wrongInformationStudy: Bool = false
    ) {
        guard paths > 0 else {
            (units, seconds) = (0, 0)
            return
        }
        let grids = MonteCarloStudy.grids(
            of: scenario, sweep: sweep, realizedVolatilities: mismatchVolatilities, rules: rules,
            wrongInformationStudy: wrongInformationStudy
        )
        units = grids.reduce(0) { $0 + Self.units(of: $1, model) }
        seconds = units * LatticeCost.studySecondsPerUnit(model)
    }

    /// The units of one grid: 0 for a European option (closed form).
    static func units(of grid: StudyGrid, _ model: BinomialLatticeModel) -> Double {
        guard grid.contract.style == .american else { return 0 }
        let nodes: Double = grid.form == .everyGreek ? 3 : 1
        let dates = grid.times.filter { $0 < grid.contract.expiry }
        switch model.method {
        case .crr, .blackScholesLastStep:
            return Double(dates.count) * (2 * nodes + (grid.form == .everyGreek ? 2 : 0))
        case .richardson:
            return dates.reduce(0) { points, time in
                points + Double(ValuationGrid.pointCount(
                    time: time, spotRange: grid.spotRange(at: time), expiry: grid.contract.expiry, volatility: grid.volatility
                ))
            } * nodes
        }
    }
}
