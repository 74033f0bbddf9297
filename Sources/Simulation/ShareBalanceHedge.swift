/// The lecture's share-balance hedge (DESIGN.md §2.1).
///
/// Over each interval the change of the option position is offset by the change of the
/// equity position, m·dP̂ + H = 0 with H = n(t + dt)·S(t + dt) − n(t)·S(t), so
///
///     n(t + dt) = n(t)·S(t)/S(t + dt) − m·dP̂/S(t + dt).
///
/// The hedge holds no cash account: it books what the estimate misses as the residual
/// ε = m·(dP − dP̂), where dP is the model's repricing. With ``HedgeEstimator/exact`` every ε is
/// 0 and the hedge liquidation value m·P + n·S stays at its starting value: the best case
/// against which an actual implementation is measured.
///
/// The share balance is not self-financing: its trade at t + dt costs
/// c = (n(t + dt) − n(t))·S(t + dt), paid with cash from outside the book (positive when it buys).
/// With C(t) = Σc (no interest) and V(t) = HLV(t) − C(t), per interval and exactly:
///
///     HLV(t + dt) − HLV(t) = ε                     so HLV(t) − HLV(0) = Σε
///     V(t + dt) − V(t)     = m·dP + n(t)·dS        so V(t) − V(0) = Σ(m·dP + n·dS) = Σε − C(t)
///
/// (the second since ε − c = m·dP + n(t + dt)·S(t + dt) − n(t)·S(t) − (n(t + dt) − n(t))·S(t + dt)).
/// V is the P&L of actually holding n(t) shares over each interval; HLV is that P&L plus the
/// cash brought in. With `exact`, HLV is constant only because C(t) = −(V(t) − V(0)): the outside
/// cash pays for the whole hedging P&L. Against ``TextbookHedge``'s P&L Π (self-financing, with
/// interest at r on its cash B, dividends on its shares and transaction costs, Π(0) = −cost(0)):
///
///     Π(t) = Σ(m·dP + n_tb·dS) + Σ B·(e^{r·dt} − 1) + Σ n_tb·S·(e^{q·dt} − 1) − Σ costs
///     V(t) − V(0) − Π(t) = Σ(n − n_tb)·dS − interest − dividends + costs
///
/// with every sum over the intervals (costs over the dates, set-up included).
public enum ShareBalanceHedge {
    /// Runs the hedge along a valued path.
    ///
    /// - Parameters:
    ///   - valuedPath: the path with the option's valuation at every date.
    ///   - multiplier: the position's m.
    ///   - estimator: how dP̂ is estimated.
    ///   - initialShares: n(0); `nil` for delta-neutral, n(0) = −m·Δ(0).
    public static func run(
        on valuedPath: ValuedPath,
        multiplier m: Double,
        estimator: HedgeEstimator,
        initialShares: Double? = nil
    ) -> ShareBalanceLedger {
        let spots = valuedPath.path.spots
        let times = valuedPath.path.times
        let values = valuedPath.valuations
        guard let first = values.first else {
            return ShareBalanceLedger(estimator: estimator, multiplier: m, rows: [])
        }
        var shares = initialShares ?? -m * first.delta
        var cumulative = 0.0
        var outside = 0.0
        var rows = [ShareBalanceRow]()
        rows.reserveCapacity(values.count)
        rows.append(ShareBalanceRow(
            step: 0, time: times[0], spot: spots[0], premium: first.price, delta: first.delta,
            premiumChange: 0, estimatedPremiumChange: 0, shares: shares, shareValue: shares * spots[0],
            equityChange: 0, residual: 0, cumulativeResidual: 0,
            liquidationValue: m * first.price + shares * spots[0],
            outsideCash: 0, cumulativeOutsideCash: 0, selfFinancingValue: m * first.price + shares * spots[0]
        ))
        for i in values.indices.dropFirst() {
            let start = values[i - 1], end = values[i]
            let estimate = estimatedPremiumChange(on: valuedPath, step: i, estimator: estimator)
            let change = end.price - start.price
            let previousShares = shares
            let previousValue = shares * spots[i - 1]
            shares = (previousValue - m * estimate) / spots[i]
            let residual = m * (change - estimate)
            cumulative += residual
            let cash = (shares - previousShares) * spots[i]
            outside += cash
            let liquidationValue = m * end.price + shares * spots[i]
            rows.append(ShareBalanceRow(
                step: i, time: times[i], spot: spots[i], premium: end.price, delta: end.delta,
                premiumChange: change, estimatedPremiumChange: estimate, shares: shares,
                shareValue: shares * spots[i], equityChange: shares * spots[i] - previousValue,
                residual: residual, cumulativeResidual: cumulative,
                liquidationValue: liquidationValue,
                outsideCash: cash, cumulativeOutsideCash: outside, selfFinancingValue: liquidationValue - outside
            ))
        }
        return ShareBalanceLedger(estimator: estimator, multiplier: m, rows: rows)
    }

    /// Each estimator's last cumulative residual Σε and its Σ|ε|, USD, in the order of
    /// `estimators`, as ``run(on:multiplier:estimator:initialShares:)`` books them, bit for bit,
    /// without its rows: a step's ε = m·(dP − dP̂) depends on the valuations alone, not on the
    /// shares held (a Monte Carlo study keeps these two figures of each estimator on each path,
    /// and writing 17 columns a date for five estimators was most of its main batch's work
    /// outside the pricing). One walk over the dates serves every estimator, each summing its
    /// own residuals in date order.
    public static func residualTotals(
        on valuedPath: ValuedPath, multiplier m: Double, estimators: [HedgeEstimator]
    ) -> [(cumulative: Double, absolute: Double)] {
        let values = valuedPath.valuations, markets = valuedPath.markets
        let spots = valuedPath.path.spots, times = valuedPath.path.times
        var totals = [(cumulative: Double, absolute: Double)](repeating: (0, 0), count: estimators.count)
        for i in values.indices.dropFirst() {
            let start = values[i - 1], end = values[i]
            let change = end.price - start.price
            let spotChange = spots[i] - spots[i - 1], timeChange = times[i] - times[i - 1]
            let volatilityChange = markets[i].volatility - markets[i - 1].volatility
            let rateChange = markets[i].rate - markets[i - 1].rate
            for (e, estimator) in estimators.enumerated() {
                let estimate = estimator.premiumChange(
                    from: start, to: end, spotChange: spotChange, timeChange: timeChange,
                    volatilityChange: volatilityChange, rateChange: rateChange
                )
                let residual = m * (change - estimate)
                totals[e].cumulative += residual
                totals[e].absolute += abs(residual)
            }
        }
        return totals
    }

    /// dP̂ of step `i` (from date i − 1 to date i) of `valuedPath` by `estimator`.
    @inline(__always)
    static func estimatedPremiumChange(on valuedPath: ValuedPath, step i: Int, estimator: HedgeEstimator) -> Double {
        let spots = valuedPath.path.spots, times = valuedPath.path.times, markets = valuedPath.markets
        return estimator.premiumChange(
            from: valuedPath.valuations[i - 1], to: valuedPath.valuations[i],
            spotChange: spots[i] - spots[i - 1],
            timeChange: times[i] - times[i - 1],
            volatilityChange: markets[i].volatility - markets[i - 1].volatility,
            rateChange: markets[i].rate - markets[i - 1].rate
        )
    }
}
