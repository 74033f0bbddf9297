extension HedgeSimulation {
    /// The first ledger entry that is not a finite number, described with its step and inputs,
    /// or nil when every number is finite: a guard so that no NaN or infinity reaches a report.
    public func firstNonFiniteValue() -> String? {
        for ledger in ledgers {
            for row in ledger.rows {
                let values = [
                    row.shares, row.shareValue, row.equityChange, row.residual, row.cumulativeResidual,
                    row.liquidationValue, row.estimatedPremiumChange, row.outsideCash, row.cumulativeOutsideCash,
                    row.selfFinancingValue,
                ]
                if values.contains(where: { !$0.isFinite }) {
                    return "the \(ledger.estimator.rawValue) hedge at step \(row.step) "
                        + "(t = \(row.time) years, S = \(row.spot), P = \(row.premium))"
                }
            }
        }
        for row in textbook {
            let values = [
                row.sharesHeld, row.sharesBought, row.interest, row.cumulativeCost, row.cashInterest, row.dividends,
                row.cash, row.profitAndLoss,
            ]
            if values.contains(where: { !$0.isFinite }) {
                return "the textbook hedge at step \(row.step) (t = \(row.time) years, S = \(row.spot), P = \(row.premium))"
            }
        }
        return nil
    }
}
