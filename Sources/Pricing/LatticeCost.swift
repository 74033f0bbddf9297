import Foundation

/// What lattice work costs in CPU seconds, measured: the one place the work budgets' factors
/// live (`WorkBudget` in the command line, ``StudyCost`` in Analytics), and what `make bench`'s
/// `budget-estimate` case holds against measured times.
///
/// Two kinds of work, each a fit a·N + b·N^{3/2} in the lattice's levels N: the N^{3/2} is the
/// band of nodes a roll-back updates (``BinomialLattice``, about 6√N nodes a level), the linear
/// term what each lattice costs besides (its arrays, the spots of its last level, BBS's
/// Black–Scholes values one step before expiry).
///
/// Measured with the release build on the project's 2-core machine in CPU seconds (user time
/// summed over both threads, so that a busy machine's wall clock does not enter): the course's
/// put, `report --paths 10` less `report --paths 0` (the study's repricing), divided by the
/// default study's ``StudyCost`` units. Fitted by least squares in relative error on 1,042
/// lattices and 84,108 BBSR grid points, the count before the model comparison's grid was
/// counted; the constants below are those fits times 1,042/1,164 (CRR, BBS) and
/// 84,108/99,699 (BBSR), the default study's units with it, so the default study's estimate
/// stays the measured one. The fit's estimate over the measured time:
///
/// | N | CRR | BBS | BBSR |
/// |---|---|---|---|
/// | 100 | | | 1.21 s (0.86) |
/// | 200 | | | 2.22 s (1.03) |
/// | 400 | 0.24 s (0.93) | 0.32 s (0.96) | 4.59 s (1.13) |
/// | 800 | | | 11.29 s (1.06) |
/// | 1,600 | 1.04 s (1.13) | 1.25 s (1.09) | 33.27 s (0.86) |
/// | 3,200 | 2.91 s (0.97) | 3.10 s (0.94) | |
/// | 6,400 | 7.38 s (0.95) | | |
///
/// A BBSR grid point is cheaper than a lattice of N levels at the money (most points lie far
/// from the strike, where the band holds few nodes), but a default study prices 80 times as
/// many of them as CRR's lattices: 4.6 s of CPU against 0.24 s at 400 levels.
///
/// On a path's dates the tree is rooted at the spot and its cost follows the node count of
/// `WorkBudget` (N²/2 a lattice, a bound on the band's): `price --lattice-steps 20000 --vol 0.6`,
/// five lattices, took 0.03 s of CPU with CRR and BBS and 0.05 s with BBSR (``pathFactor(_:)``).
public enum LatticeCost {
    /// CPU seconds of one unit of a Monte Carlo study's grid (``StudyCost``): a lattice of
    /// `model.steps` levels for CRR and BBS, a grid point's pair of trees for BBSR.
    public static func studySecondsPerUnit(_ model: BinomialLatticeModel) -> Double {
        let (a, b) = studyFit(model.method)
        let n = Double(model.steps)
        return a * n + b * n * n.squareRoot()
    }

    /// The fits (a, b) of ``studySecondsPerUnit(_:)``, seconds per level and per level^{3/2}.
    static func studyFit(_ method: LatticeMethod) -> (Double, Double) {
        switch method {
        case .crr: (3.250e-7, 7.654e-9)
        case .blackScholesLastStep: (5.864e-7, 3.626e-9)
        case .richardson: (7.955e-8, 2.497e-9)
        }
    }

    /// How much more a lattice of `method` costs than a CRR lattice of the same levels, on a
    /// path's dates (the tree at the spot, every level's band rolled back): BBS adds its
    /// Black–Scholes level, BBSR a second lattice of half the levels (1.5 lattices' nodes).
    public static func pathFactor(_ method: LatticeMethod) -> Double {
        switch method {
        case .crr: 1
        case .blackScholesLastStep: 1
        case .richardson: 1.5
        }
    }
}
