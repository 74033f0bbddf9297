import Analytics
import Simulation

/// Captions that say what to see in each chart, computed from the numbers it shows.
struct ReportCaptions {
    private var byName: [String: String]

    init(_ analysis: HedgeAnalysis) {
        let path = analysis.simulation.valuedPath
        let scenario = analysis.simulation.scenario
        let strike = scenario.position.contract.strike
        let spots = path.path.spots
        let final = spots.last ?? 0
        let crossings = zip(spots, spots.dropFirst()).filter { ($0 - strike) * ($1 - strike) < 0 }.count
        let moneyness = final < strike ? "below" : "above"
        let side = scenario.position.contract.type == .put
            ? (final < strike ? "in the money" : "out of the money")
            : (final > strike ? "in the money" : "out of the money")
        var captions = [String: String]()
        captions["price-path"] = "The share ranged from \(NumberFormat.money(spots.min() ?? 0)) to "
            + "\(NumberFormat.money(spots.max() ?? 0)), crossed the strike \(crossings) time\(crossings == 1 ? "" : "s"), "
            + "and ended \(moneyness) it at \(NumberFormat.money(final)): the option expired \(side)."

        if let ledger = analysis.simulation.ledger(.delta) ?? analysis.simulation.ledgers.first {
            let summary = analysis.summary(ledger.estimator) ?? HedgeSummary(ledger)
            let time = ledger.rows.first { $0.step == summary.maxAbsResidualStep }?.time ?? 0
            let day = (time * 365 * 10).rounded() / 10
            captions["premium-vs-hedge"] = "The two top lines would coincide if the \(ledger.estimator.rawValue) "
                + "estimate were exact; the gap between them is the cumulative residual, "
                + "\(NumberFormat.signedMoney(summary.cumulativeResidual)) at the end. The largest single-step "
                + "residual, \(NumberFormat.money(summary.maxAbsResidual)), came on day "
                + "\(NumberFormat.number(day, decimals: day == day.rounded() ? 0 : 1)): residuals grow where Γ is large — near the strike "
                + "and close to expiry — and with the size of the day's move."
        }
        let pnl = analysis.simulation.textbook.map(\.profitAndLoss)
        let view = analysis.gammaAgainstTheta.dropFirst()
        let gains = view.filter { $0 > 0 }.count
        captions["textbook-pnl"] = "The hedging P&L ended at \(NumberFormat.signedMoney(pnl.last ?? 0)) and ranged from "
            + "\(NumberFormat.signedMoney(pnl.min() ?? 0)) to \(NumberFormat.signedMoney(pnl.max() ?? 0)). The long option "
            + "gained on the \(gains) of \(view.count) steps where the share moved more than the implied volatility "
            + "priced in (purple bars above zero) and paid time decay on the others."
        let valuations = analysis.simulation.valuedPath.valuations
        if let peak = valuations.indices.max(by: { valuations[$0].gamma < valuations[$1].gamma }) {
            let day = (analysis.simulation.valuedPath.path.times[peak] * 365 * 10).rounded() / 10
            captions["greeks"] = "The textbook hedge holds −m·Δ shares, so it trades whenever Δ moves; Γ, the rate at which Δ "
                + "moves with the share, peaked on day \(NumberFormat.number(day, decimals: day == day.rounded() ? 0 : 1)) "
                + "with the share at \(NumberFormat.money(analysis.simulation.valuedPath.path.spots[peak])). The share-balance "
                + "hedge drifts away from −m·Δ: it matches the premium's change, not Δ."
        }
        if let study = analysis.monteCarlo {
            let pnl = study.finalPnL
            captions["mc-distribution"] = "Centred near \(NumberFormat.signedMoney(pnl.mean, decimals: 0)) with a standard deviation of "
                + "\(NumberFormat.money(pnl.standardDeviation, decimals: 0)): discrete rebalancing leaves a spread of outcomes, not a "
                + "bias. One path in twenty ends below \(NumberFormat.signedMoney(pnl.quantile05, decimals: 0)), and the worst 5% "
                + "average \(NumberFormat.signedMoney(pnl.expectedShortfall05, decimals: 0))."
            if let first = study.sweep.first, let last = study.sweep.last {
                captions["mc-sweep"] = "The points fall along the line of slope −½: going from \(first.rebalances) to "
                    + "\(last.rebalances) rebalances cuts the error from \(NumberFormat.money(first.std, decimals: 0)) to "
                    + "\(NumberFormat.money(last.std, decimals: 0)). Halving the error takes four times the trades."
            }
            if let low = study.volatilityMismatch.first, let high = study.volatilityMismatch.last {
                captions["mc-mismatch"] = "The hedge earns the gap between realized and implied volatility: from "
                    + "\(NumberFormat.signedMoney(low.mean, decimals: 0)) on average at \(NumberFormat.percent(low.realizedVolatility, decimals: 0)) "
                    + "to \(NumberFormat.signedMoney(high.mean, decimals: 0)) at \(NumberFormat.percent(high.realizedVolatility, decimals: 0)), "
                    + "close to the theory line; the band shows how far one path can stray from that mean."
            }
        }
        byName = captions
    }

    subscript(name: String) -> String {
        byName[name] ?? ""
    }
}
