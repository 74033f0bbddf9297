import Foundation
import Pricing

/// How much lattice work a run may ask for, checked before any pricing so that a request that
/// would run for minutes is refused at once, naming the flag and the figure.
///
/// A path's work is counted in lattice node updates: a lattice of N levels updates at most
/// about N²/2 nodes, times the method's measured factor (``LatticeCost/pathFactor(_:)``: BBSR
/// adds a half lattice). The count is a bound: the lattice rolls back only the band of nodes
/// that can move the price (about N·6√N), so a release build gets through these counted updates
/// far faster than the ``nodeUpdatesPerSecond`` the budget assumes, and a path's budget errs on
/// the safe side:
///
/// - `report` may spend ``reportNodeUpdates`` (5·10¹⁰, about 12 s of CPU at that rate, a
///   minute on a slow or busy machine): an American option's path prices a full valuation at
///   its first date and the tree and vega's two bumped lattices at every later one
///   (``latticesPerPath(dates:_:)``), and the market's quote, when there is one, is solved once.
/// - `price` answers one question at a terminal and may spend ``priceNodeUpdates`` (10¹⁰,
///   about 2.5 s of CPU): five lattices for the valuation, and the implied-volatility solve
///   when a premium is given.
///
/// A Monte Carlo study of an American option reprices its grids before its paths run
/// (``StudyCost``, whose units cost what ``LatticeCost`` measured): a report's study and path
/// together may spend ``reportSeconds``, the same 12.5 s of CPU as its node updates. With BBSR a
/// study costs twenty times CRR's (each grid point its own tree): the default study at 1,000
/// levels is refused, where CRR's fits up to about 8,500.
///
/// An implied-volatility solve is counted as ``impliedVolatilityLattices`` lattices: the two
/// ends of Brent's bracket and its iterations, seven in all for the course's quote (a test
/// counts them), more for a quote the lattice's saw-tooth makes harder; twenty leaves room for
/// those. European options are priced in closed form and cost nothing here.
///
/// Every report, European or American, has at most ``maximumDates`` rebalancing dates, from
/// `--interval` over the horizon or from a price file's rows up to it: each date is simulated,
/// kept in memory with every hedge's row, written to the ledger and drawn, whatever it costs
/// to price. A million dates (a European option on a million-row price file) took 4.5 GB and
/// wrote a 1.1 GB ledger; 200,000 — a year and a half of one-minute bars — stays under a
/// gigabyte. A longer price file is read (up to the reader's million rows) and a window of it
/// simulated with `--horizon`.
enum WorkBudget {
    /// Most rebalancing dates a report may have.
    static let maximumDates = 200_000.0
    static let reportNodeUpdates = 5e10
    static let priceNodeUpdates = 1e10
    /// Counted node updates (N²/2 a lattice) the budget assumes a second of CPU makes: the rate
    /// of a whole-tree roll-back. The band makes the real rate higher: `price --lattice-steps
    /// 20000 --vol 0.6`, five lattices, 10⁹ counted updates, took 0.03 s of CPU.
    static let nodeUpdatesPerSecond = 4e9
    /// CPU seconds a report's lattices may take, its path's and its study's: 12.5.
    static let reportSeconds = reportNodeUpdates / nodeUpdatesPerSecond
    static let impliedVolatilityLattices = 20.0
    /// Lattices of `model`'s size that one valuation with Greeks costs: the tree and vega's two
    /// bumped ones (``latticesAtFixedRate``), and rho's two of ``BinomialLatticeModel/rhoSteps``
    /// levels, each (M/N)^{3/2} of one, since the band rolls back about N^{3/2} nodes (19 when
    /// rho's lattices have 4N levels, below 1,024; 5 from 4,096). Counted as (M/N)², as before,
    /// the every-minute run to expiry (23,596 dates at 366 levels) was refused at 5.5e10 updates
    /// while it took about 8 s of CPU; measured at 40 days of minutes (15,600 dates), 0.33 ms of
    /// CPU a valuation against the 0.32 ms this count gives at ``nodeUpdatesPerSecond``.
    static func latticesPerValuation(_ model: BinomialLatticeModel) -> Double {
        let ratio = Double(model.rhoSteps) / Double(model.steps)
        return latticesAtFixedRate + 2 * ratio * ratio.squareRoot()
    }

    /// Lattices of a valuation at a fixed rate (``PricingModel/valuationAtFixedRate(of:in:)``):
    /// the tree and vega's two bumped ones, without rho's.
    static let latticesAtFixedRate = 3.0

    /// Lattices of `model`'s size that valuing one option along a path of `dates` dates costs
    /// (`ValuedPath.value`): a full valuation at the first date, whose rho the report shows, and
    /// a valuation at a fixed rate at every later one, where ρ·dr is 0 (the rate does not move
    /// along a path). 3·dates + 16 at 366 levels, where 19 a date was counted before rho was
    /// left to the first date.
    static func latticesPerPath(dates: Double, _ model: BinomialLatticeModel) -> Double {
        guard dates >= 1 else { return dates * latticesPerValuation(model) }
        return latticesPerValuation(model) + (dates - 1) * latticesAtFixedRate
    }

    /// Node updates of `lattices` lattices of `model`'s size.
    static func nodeUpdates(lattices: Double, _ model: BinomialLatticeModel) -> Double {
        let steps = Double(model.steps)
        let perLattice = steps * (steps + 1) / 2 * LatticeCost.pathFactor(model.method)
        return lattices * perLattice
    }

    /// CPU seconds as a message gives them: `12.5 s`, `140 s`.
    static func seconds(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f s", value) : String(format: "%.1f s", value)
    }

    /// The figure as the error message gives it (`2.5e+10`).
    static func shown(_ updates: Double) -> String {
        String(format: "%.1e", updates)
    }

    /// `updates` beside the `budget` it passes, with as many digits as it takes for the two to
    /// read differently (`5.0003e+10` against `5.0e+10`, not `5.0e+10` against `5.0e+10`).
    static func shown(_ updates: Double, beside budget: Double) -> String {
        let limit = shown(budget)
        for digits in 1...6 {
            let text = String(format: "%.\(digits)e", updates)
            if text != limit, digits == 1 || Double(text) != Double(limit) { return text }
        }
        return String(format: "%.6e", updates)
    }
}
