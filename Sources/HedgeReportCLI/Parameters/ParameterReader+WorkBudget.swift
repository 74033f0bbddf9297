/// The work budgets of ``WorkBudget``, checked before anything is priced.
extension ParameterReader {
    /// Refuses a run whose lattices would exceed ``WorkBudget/reportNodeUpdates``: at each of
    /// `dates` rebalancing dates an American option prices ``WorkBudget/latticesPerValuation``
    /// lattices, and the market's quote, when there is one, is solved once.
    func checkReportWork(_ resolved: ResolvedContract, dates: Double) throws(ParameterError) {
        guard resolved.contract.style == .american else { return }
        let updates = WorkBudget.nodeUpdates(lattices: dates * WorkBudget.latticesPerValuation, resolved.model)
            + (resolved.marketPremium == nil ? 0 : resolved.impliedVolatilityWork)
        guard updates <= WorkBudget.reportNodeUpdates else {
            throw ParameterError(.invalid(
                "\(name(.latticeSteps)) \(resolved.model.steps) at \(Int(dates)) rebalancing dates needs about "
                    + "\(WorkBudget.shown(updates)) lattice node updates, more than the \(WorkBudget.shown(WorkBudget.reportNodeUpdates)) "
                    + "a report may spend (about 12 s of CPU in a release build); use fewer steps or a longer \(name(.interval))"
            ))
        }
    }

    /// Refuses a `price` whose lattices would exceed ``WorkBudget/priceNodeUpdates``: an
    /// American option's valuation prices ``WorkBudget/latticesPerValuation`` lattices, and a
    /// premium given is solved for its implied volatility.
    func checkPriceWork(_ resolved: ResolvedContract) throws(ParameterError) {
        guard resolved.contract.style == .american else { return }
        let updates = WorkBudget.nodeUpdates(lattices: WorkBudget.latticesPerValuation, resolved.model)
            + (resolved.marketPremium == nil ? 0 : resolved.impliedVolatilityWork)
        guard updates <= WorkBudget.priceNodeUpdates else {
            let solve = resolved.marketPremium == nil ? "" : " and the volatility implied from \(name(.premium))"
            throw ParameterError(.invalid(
                "\(name(.latticeSteps)) \(resolved.model.steps) needs about \(WorkBudget.shown(updates)) lattice node updates "
                    + "for the price and Greeks\(solve), more than the \(WorkBudget.shown(WorkBudget.priceNodeUpdates)) `price` may "
                    + "spend (about 2.5 s of CPU in a release build); use fewer steps"
            ))
        }
    }
}
