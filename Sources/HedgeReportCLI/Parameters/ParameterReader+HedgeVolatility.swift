import Simulation

extension ParameterReader {
    /// The volatility of the Δ the textbook hedge trades, `--hedge-vol implied|realized|σ`;
    /// recorded only when given, so a run that does not choose reads (and reports) as before.
    ///
    /// A choice other than `implied` is refused with `--rebalance leland` (Leland's rule trades
    /// the Δ at its own volatility) and for a book of several legs or with shares (each leg
    /// carries its own implied volatility: there is no one σ to replace).
    ///
    /// - Parameters:
    ///   - rebalancing: the resolved rule.
    ///   - legs: the book's option legs.
    ///   - shares: the shares the book holds besides its options.
    mutating func resolveHedgeVolatility(
        rebalancing: RebalancingRule, legs: Int, shares: Double
    ) throws(ParameterError) -> HedgeVolatility {
        guard given.isGiven(.hedgeVol), let text = try self.text(.hedgeVol) else { return .implied }
        let flag = name(.hedgeVol)
        let choice: HedgeVolatility
        switch text.lowercased() {
        case "implied": choice = .implied
        case "realized": choice = .realized
        default:
            guard let sigma = Double(text), sigma.isFinite, sigma > 0, sigma <= 10 else {
                throw ParameterError.invalid(flag, ParameterKey.hedgeVol.descriptor.allowed, got: text.shown)
            }
            choice = .fixed(sigma)
        }
        guard choice != .implied else { return choice }
        if let own = rebalancing.ownHedgingVolatility {
            throw ParameterError(.invalid(
                "\(flag) \(text) cannot be combined with \(name(.rebalance)) \(rebalancing.name): \(own.rule) hedges at its own "
                    + "volatility, \(own.formula); use one or the other"
            ))
        }
        if legs > 1 || shares != 0 {
            let what = legs > 1 ? "a book of \(legs) legs (--leg)" : "a book holding shares (--shares)"
            throw ParameterError(.invalid(
                "\(flag) \(text) applies to one option, got \(what): each leg is hedged at its own implied volatility; "
                    + "use \(flag) implied"
            ))
        }
        return choice
    }
}
