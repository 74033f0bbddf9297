import Analytics
import Pricing

/// The work budgets of ``WorkBudget``, checked before anything is priced.
extension ParameterReader {
    /// Refuses a run with more than ``WorkBudget/maximumDates`` rebalancing dates, or whose
    /// lattices would exceed ``WorkBudget/reportNodeUpdates``: along `dates` rebalancing dates
    /// an American option prices ``WorkBudget/latticesPerPath(dates:_:)`` lattices, and the
    /// market's quote, when there is one, is solved once.
    ///
    /// `observed` is true when the dates are a price file's rows up to the horizon (`--prices`),
    /// false when `--interval` spaces them over the horizon; the message names the one that set
    /// them. `instruments` is the number of American options priced at each date (at least 1):
    /// the message counts dates and options apart (62 dates of 50 legs are not 3,100 dates).
    func checkReportWork(_ resolved: ResolvedContract, dates: Double, instruments: Double = 1, observed: Bool) throws(ParameterError) {
        let each = instruments > 1 ? ", for each of \(Int(instruments)) American options," : ""
        let origin = observed
            ? "the \(Int(dates)) rows of \(name(.prices)) \(given.values[.prices]?.written ?? "") up to the horizon\(each)"
            : "the \(Int(dates)) rebalancing dates of \(name(.interval)) \(given.values[.interval]?.written ?? "1d")\(each)"
        let remedy = observed ? "a file with fewer rows or a shorter \(name(.horizon))" : "a longer \(name(.interval)) or a shorter \(name(.horizon))"
        let valuations = dates * instruments
        guard valuations <= WorkBudget.maximumDates else {
            throw ParameterError(.invalid(
                instruments > 1
                    ? "\(origin) are \(Int(valuations)) valuations, more than the \(Int(WorkBudget.maximumDates)) a report may make; use \(remedy), or fewer legs"
                    : "\(origin) are more than the \(Int(WorkBudget.maximumDates)) rebalancing dates a report may have; use \(remedy)"
            ))
        }
        guard resolved.contract.style == .american else { return }
        let lattices = instruments * WorkBudget.latticesPerPath(dates: dates, resolved.model)
        let updates = WorkBudget.nodeUpdates(lattices: lattices, resolved.model)
            + (resolved.marketPremium == nil ? 0 : resolved.impliedVolatilityWork)
        guard updates <= WorkBudget.reportNodeUpdates else {
            throw ParameterError(.invalid(
                "\(name(.latticeSteps)) \(resolved.model.steps) at \(origin) needs about "
                    + "\(WorkBudget.shown(updates, beside: WorkBudget.reportNodeUpdates)) lattice node updates, more than the \(WorkBudget.shown(WorkBudget.reportNodeUpdates)) "
                    + "a report may spend (about 12 s of CPU in a release build); use fewer steps, \(remedy), "
                    + "or --style european (priced in closed form)"
            ))
        }
    }

    /// Refuses a report whose Monte Carlo study would reprice its grids for longer than
    /// ``WorkBudget/reportSeconds`` of CPU with the path's lattices (``StudyCost``), before any
    /// of it runs; the message gives the estimate and the flags that shrink it.
    func checkStudyWork(_ cost: StudyCost, model: BinomialLatticeModel, paths: Int, pathUpdates: Double) throws(ParameterError) {
        let seconds = cost.seconds + pathUpdates / WorkBudget.nodeUpdatesPerSecond
        guard seconds > WorkBudget.reportSeconds else { return }
        let unit = model.method == .richardson ? "grid points, each priced with its own tree" : "lattices"
        let method = given.values[.latticeMethod]?.written ?? model.method.rawValue
        var remedies = ["fewer \(name(.latticeSteps))"]
        if model.method != .crr { remedies.append("\(name(.latticeMethod)) crr (a lattice per grid date, not a tree per point)") }
        remedies += ["\(name(.paths)) 0 (no study)", "--style european (priced in closed form)"]
        throw ParameterError(.invalid(
            "the Monte Carlo study (\(name(.paths)) \(paths)) reprices its grids with \(name(.latticeMethod)) \(method) "
                + "\(name(.latticeSteps)) \(model.steps): about \(Int(cost.units.rounded())) \(unit), an estimated "
                + "\(WorkBudget.seconds(seconds)) of CPU, more than the \(WorkBudget.seconds(WorkBudget.reportSeconds)) a report may "
                + "spend; use " + remedies.joined(separator: ", ")
        ))
    }

    /// Refuses a `price` whose lattices would exceed ``WorkBudget/priceNodeUpdates``: an
    /// American option's valuation prices ``WorkBudget/latticesPerValuation(_:)`` lattices, and a
    /// premium given is solved for its implied volatility.
    func checkPriceWork(_ resolved: ResolvedContract) throws(ParameterError) {
        guard resolved.contract.style == .american else { return }
        let updates = WorkBudget.nodeUpdates(lattices: WorkBudget.latticesPerValuation(resolved.model), resolved.model)
            + (resolved.marketPremium == nil ? 0 : resolved.impliedVolatilityWork)
        guard updates <= WorkBudget.priceNodeUpdates else {
            let solve = resolved.marketPremium == nil ? "" : " and the volatility implied from \(name(.premium))"
            throw ParameterError(.invalid(
                "\(name(.latticeSteps)) \(resolved.model.steps) needs about \(WorkBudget.shown(updates, beside: WorkBudget.priceNodeUpdates)) lattice node updates "
                    + "for the price and Greeks\(solve), more than the \(WorkBudget.shown(WorkBudget.priceNodeUpdates)) `price` may "
                    + "spend (about 2.5 s of CPU in a release build); use fewer steps"
            ))
        }
    }

    /// Refuses a run whose lattice must grow past the budget to stay arbitrage-free.
    ///
    /// CRR's up probability leaves [0, 1] when the drift over a step outruns the spread of the
    /// nodes, |r − q|·Δt > σ·√Δt; the lattice then refines itself to N > τ·(r − q)²/σ² levels
    /// (``BinomialLatticeModel/arbitrageFreeSteps(_:_:_:)``), whose cost grows as 1/σ⁴. The
    /// smallest volatility a run prices on the lattice is the vega bump's lower node,
    /// σ·(1 − 0.02), and with `--iv-spread` that of the lowest draw (floored at 0.01).
    /// Checked once the implied volatility is known (after the quote is solved), for a path of
    /// `valuations` dates (``WorkBudget/latticesPerPath(dates:_:)``; 1 for `price`, one full
    /// valuation) against `budget` node updates.
    ///
    /// `label` names a leg or hedge option (`--leg 2`); the message blames what the user gave:
    /// the leg's own `vol` or `premium`, or `--vol`/`--premium` when the leg takes the run's
    /// (``ResolvedContract/inheritsVolatility``).
    func checkLatticeRefinement(
        _ resolved: ResolvedContract, valuations: Double, budget: Double, spread: Double = 0, label: String? = nil
    ) throws(ParameterError) {
        guard resolved.contract.style == .american else { return }
        func bumpedDown(_ sigma: Double) -> Double { sigma - BinomialLatticeModel.volatilityBump(at: sigma) }
        let sigma = resolved.market.volatility
        var lowest = bumpedDown(sigma)
        if spread > 0 { lowest = min(lowest, bumpedDown(max(sigma - 5 * spread, 0.01))) }
        var market = resolved.market
        market.volatility = lowest
        let volatility = if let label, !resolved.inheritsVolatility {
            resolved.volatilityIsImplied ? "the volatility implied from \(label)'s premium, \(sigma)," : "\(label)'s vol \(sigma)"
        } else {
            resolved.volatilityIsImplied ? "the volatility implied from \(name(.premium)), \(sigma)," : "\(name(.vol)) \(sigma)"
        }
        let european = label.map { "style=european in \($0) (priced in closed form)" } ?? "--style european (priced in closed form)"
        let steps: Int
        do {
            steps = try resolved.model.refinedSteps(of: resolved.contract, in: market)
        } catch {
            throw ParameterError(.invalid(
                "\(volatility) is too small for the CRR lattice of \(name(.latticeSteps)) \(resolved.model.steps) "
                    + "against r − q = \(market.rate - market.dividendYield) over \(resolved.contract.expiry) years: its "
                    + "up probability stays in [0, 1] only past τ·(r − q)²/σ² levels (σ = \(lowest) with the vega bump), "
                    + "more than the \(BinomialLatticeModel.refinementBound(resolved.model.steps)) a lattice of that size may "
                    + "refine itself to; give a larger volatility, "
                    + "more lattice steps, a rate closer to the dividend yield, or \(european)"
            ))
        }
        guard steps > resolved.model.steps else { return }
        var refined = resolved.model
        refined.steps = steps
        let updates = WorkBudget.nodeUpdates(lattices: WorkBudget.latticesPerPath(dates: valuations, refined), refined)
        guard updates <= budget else {
            throw ParameterError(.invalid(
                "\(volatility) is so small against r − q = \(market.rate - market.dividendYield) that the CRR lattice must "
                    + "refine itself to \(steps) levels to stay arbitrage-free (N > τ·(r − q)²/σ²): about "
                    + "\(WorkBudget.shown(updates, beside: budget)) lattice node updates for \(Int(valuations)) valuation"
                    + "\(valuations == 1 ? "" : "s"), more than the \(WorkBudget.shown(budget)) allowed; give a larger volatility, "
                    + (valuations > 1 ? "a longer \(name(.interval)), " : "") + "or \(european)"
            ))
        }
    }
}
