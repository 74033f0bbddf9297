import Analytics
import Pricing
import Simulation

/// One path, step by step — the share price, the option against its share-balance
/// hedge, and the Greeks behind the holdings, each caption computed from this path.
struct PathSection: PageSection {
    static let id = "path"
    static let title = "One path, step by step"
    var charts: [ReportFigure]

    var finalSentence: String
    var exerciseNote: String?
    /// Pin risk, for a payoff that jumps at the strike (``PinRiskView``).
    var pinRisk: PinRiskView?

    /// Absent when the option is exercised when bought: the run has no path to follow (the
    /// scenario section says why).
    init?(_ context: ReportContext) {
        let analysis = context.analysis
        guard analysis.degenerate?.reason != .exercisedAtStart else { return nil }
        let simulation = analysis.simulation
        let ledger = simulation.ledger(.delta) ?? simulation.ledgers[0]
        charts = [
            ReportFigure(
                id: .pricePath,
                chart: ReportCharts.pricePath(analysis, ticker: context.settings.ticker, clock: context.clock),
                caption: Self.priceCaption(context)
            ),
            ReportFigure(
                id: .premiumVsHedge, chart: ReportCharts.premiumAgainstHedge(analysis, ledger: ledger, clock: context.clock),
                caption: Self.residualCaption(context, ledger)
            ),
            ReportFigure(id: .greeks, chart: ReportCharts.greeks(analysis, clock: context.clock), caption: Self.greeksCaption(context)),
        ]
        if analysis.degenerate != nil {
            // Nothing to hedge: the residuals and the Greeks are rounding noise; the share's path is not.
            charts = charts.filter { $0.id == .pricePath }
        }
        let summary = analysis.summary(ledger.estimator) ?? HedgeSummary(ledger)
        let maxTime = ledger.rows.first { $0.step == summary.maxAbsResidualStep }?.time ?? 0
        let intervals = ledger.rows.count - 1
        finalSentence = "Over \(NumberFormat.number(Double(intervals), decimals: 0)) rebalancing interval\(intervals == 1 ? "" : "s") "
            + "the \(ledger.estimator.rawValue) hedge "
            + "left a cumulative residual of \(NumberFormat.signedMoney(summary.cumulativeResidual)); its largest "
            + "single step was \(NumberFormat.money(summary.maxAbsResidual)) at step \(NumberFormat.number(Double(summary.maxAbsResidualStep), decimals: 0)) "
            + "(\(context.clock.moment(maxTime))), and it ended holding \(NumberFormat.number(summary.finalShares, decimals: 2)) shares."
        if analysis.degenerate != nil {
            finalSentence = "Over \(NumberFormat.number(Double(intervals), decimals: 0)) rebalancing interval\(intervals == 1 ? "" : "s") "
                + "the \(ledger.estimator.rawValue) hedge's largest single-step residual was \(NumberFormat.money(summary.maxAbsResidual, decimals: 4)) "
                + "and its cumulative residual \(NumberFormat.signedMoney(summary.cumulativeResidual, decimals: 4)): with nothing to hedge, these are rounding."
        }
        pinRisk = PinRiskView(context)
        if case let .exercised(_, time, spot) = context.ending {
            exerciseNote = "At \(context.clock.moment(time)), with the share at \(NumberFormat.money(spot)), the model valued "
                + "the option at its intrinsic value: exercising was optimal, so the option was exercised there and every "
                + "hedge was unwound. The rows after it are not simulated."
        }
    }

    /// The range of the share, how often it crossed the strike, and how the path ended for the option.
    static func priceCaption(_ context: ReportContext) -> String {
        let spots = context.analysis.simulation.valuedPath.path.spots
        let book = context.scenario.book
        if book.legs.count > 1, let final = spots.last {
            let horizon = context.scenario.hedge.schedule.horizon
            let legs = book.legs.map { leg in
                let contract = leg.contract
                let side = final == contract.strike ? "at the money"
                    : contract.payoff.isInTheMoney(spot: final, strike: contract.strike) ? "in the money" : "out of the money"
                let left = contract.expiry - horizon
                return "the \(NumberFormat.money(contract.strike)) \(contract.payoff) "
                    + (left <= 1e-9 ? "expired \(side)" : "ended \(side) with \(context.clock.span(left)) left")
            }
            return "The share ranged from \(NumberFormat.money(spots.min() ?? 0)) to \(NumberFormat.money(spots.max() ?? 0)) "
                + "and ended at \(NumberFormat.money(final)): " + legs.joined(separator: ", ") + "."
        }
        let strike = context.contract.strike
        let final = spots.last ?? 0
        let crossings = zip(spots, spots.dropFirst()).filter { ($0 - strike) * ($1 - strike) < 0 }.count
        let side = final < strike ? "below" : (final > strike ? "above" : "at")
        let ending: String
        switch context.ending {
        case let .expired(spot):
            ending = "the option expired \(context.moneyness(at: spot))."
        case let .exercised(_, time, spot):
            ending = "the option was exercised early at \(context.clock.moment(time)), with the share at \(NumberFormat.money(spot))."
        case let .horizon(left, spot):
            ending = "the horizon ends with \(context.clock.span(left)) left to expiry, the option \(context.moneyness(at: spot))."
        }
        return "The share ranged from \(NumberFormat.money(spots.min() ?? 0)) to \(NumberFormat.money(spots.max() ?? 0)), "
            + "crossed the strike \(crossings) time\(crossings == 1 ? "" : "s"), and ended \(side) it at "
            + "\(NumberFormat.money(final)): \(ending)"
    }

    /// The terms of the premium's Taylor expansion that `estimator` leaves out, summed in size
    /// over the path (USD for the position), by name: what the residual is made of.
    static func missedTerms(_ context: ReportContext, estimator: HedgeEstimator) -> [(name: String, size: Double)] {
        let valued = context.analysis.simulation.valuedPath
        let m = context.multiplier
        var gamma = 0.0, theta = 0.0, vega = 0.0
        for i in valued.valuations.indices.dropFirst() {
            let start = valued.valuations[i - 1]
            let dS = valued.path.spots[i] - valued.path.spots[i - 1]
            let dt = valued.path.times[i] - valued.path.times[i - 1]
            let dSigma = valued.markets[i].volatility - valued.markets[i - 1].volatility
            gamma += abs(0.5 * m * start.gamma * dS * dS)
            theta += abs(m * start.theta * dt)
            vega += abs(m * start.vega * dSigma)
        }
        var terms = [(String, Double)]()
        switch estimator {
        case .delta: terms = [("the Γ term ½·m·Γ·dS²", gamma), ("time decay m·Θ·dt", theta)]
        case .deltaGamma: terms = [("time decay m·Θ·dt", theta)]
        case .greeks, .exact: return []
        }
        if vega > 0 { terms.append(("implied-volatility moves m·ν·dσ", vega)) }
        return terms
    }

    static func residualCaption(_ context: ReportContext, _ ledger: ShareBalanceLedger) -> String {
        let summary = context.analysis.summary(ledger.estimator) ?? HedgeSummary(ledger)
        let row = ledger.rows.first { $0.step == summary.maxAbsResidualStep }
        let strike = context.contract.strike
        var text = "The two top lines would coincide if the \(ledger.estimator.rawValue) estimate were exact; the gap between "
            + "them is the cumulative residual, \(NumberFormat.signedMoney(summary.cumulativeResidual)) at the end."
        if let row, summary.maxAbsResidual > 0, context.scenario.book.legs.count > 1 {
            text += " The largest single-step residual, \(NumberFormat.money(summary.maxAbsResidual)), came at "
                + "\(context.clock.moment(row.time)), with the share at \(NumberFormat.money(row.spot)) "
                + "(strikes \(Self.strikes(context)))"
                + Self.timeLeft(context.scenario.hedge.schedule.horizon - row.time, before: "the horizon", context) + "."
        } else if let row, summary.maxAbsResidual > 0, row.step == 1, context.analysis.textbook.attribution.modelMarketGap != 0 {
            // A market start: the first premium change carries the model–market gap.
            text += " The largest single-step residual, \(NumberFormat.money(summary.maxAbsResidual)), came on the first step, whose "
                + "premium change carries the model–market gap m·(P_model(0) − quote) = "
                + "\(NumberFormat.signedMoney(context.analysis.textbook.attribution.modelMarketGap)): the quote paid at the start, not a share move."
        } else if let row, summary.maxAbsResidual > 0 {
            let distance = (row.spot / strike - 1)
            text += " The largest single-step residual, \(NumberFormat.money(summary.maxAbsResidual)), came at "
                + "\(context.clock.moment(row.time)), with the share at \(NumberFormat.money(row.spot)) "
                + "(\(NumberFormat.percent(abs(distance), decimals: 1)) \(distance < 0 ? "below" : "above") the strike)"
                + Self.timeLeft(context.contract.expiry - row.time, before: "expiry", context) + "."
        }
        let terms = missedTerms(context, estimator: ledger.estimator)
        switch ledger.estimator {
        case .exact:
            text += " The exact estimate is the model's own repricing, so every residual is zero."
        case .greeks:
            text += " The full Taylor expansion leaves out only higher-order terms, so what is left is their sum."
        case .delta, .deltaGamma:
            if context.analysis.degenerate != nil {
                text += " With nothing to hedge, these residuals are rounding: no term of them is a finding."
            } else if let largest = terms.max(by: { $0.size < $1.size }) {
                let sized = terms.enumerated().map { index, term in
                    "\(term.name) \(index == 0 ? "comes to" : "to") \(NumberFormat.money(term.size))"
                }
                let listed = sized.count > 1 ? sized.dropLast().joined(separator: ", ") + " and " + sized.last! : sized[0]
                text += " Of the terms the \(ledger.estimator.rawValue) estimate leaves out, summed in size over the steps, "
                    + "\(listed): \(largest.name.replacingOccurrences(of: "the ", with: "", options: .anchored)) is the largest part of the residual."
            }
        }
        return text
    }

    static func greeksCaption(_ context: ReportContext) -> String {
        let valued = context.analysis.simulation.valuedPath
        let isBook = context.scenario.book.legs.count > 1
        // A book's Γ may have either sign, and so may a digital's: its size is what makes the hedge trade.
        let signed = isBook || context.contract.payoff.jumpAtStrike > 0
        let size: (Int) -> Double = { signed ? abs(valued.valuations[$0].gamma) : valued.valuations[$0].gamma }
        guard let peak = valued.valuations.indices.max(by: { size($0) < size($1) }) else { return "" }
        let holding = RuleWords.holding(context.scenario.hedge.rebalancing).map { "The textbook hedge \($0)" }
            ?? "The textbook hedge holds −m·Δ shares, so it trades whenever Δ moves"
        var text = "\(holding); "
            + (isBook ? "the size of the book's Γ, the rate at which its Δ moves with the share,"
                : signed ? "the size of Γ, the rate at which Δ moves with the share," : "Γ, the rate at which Δ moves with the share,")
            + " peaked at \(context.clock.moment(valued.path.times[peak])) with the share at "
            + "\(NumberFormat.money(valued.path.spots[peak])) ("
            + (isBook ? "strikes \(Self.strikes(context)))." : "strike \(NumberFormat.money(context.contract.strike))).")
        if let ledger = context.analysis.simulation.ledger(.delta), let last = ledger.rows.last,
           let textbook = context.analysis.simulation.textbook.last {
            text += " The share-balance hedge sets the equity position's change against the premium's, not its holding "
                + "against Δ: it ended holding \(NumberFormat.number(last.shares, decimals: 2)) shares where the textbook hedge "
                + "held \(NumberFormat.number(textbook.sharesHeld, decimals: 2))."
        }
        return text
    }

    /// " and 3 days before expiry", or " and no time left to expiry" on the step that ends there.
    static func timeLeft(_ left: Double, before end: String, _ context: ReportContext) -> String {
        left <= 1e-9 * max(context.contract.expiry, 1) ? " and no time left to \(end)" : " and \(context.clock.span(left)) before \(end)"
    }

    /// The book's strikes, in leg order: `$315.00 and $255.00`.
    private static func strikes(_ context: ReportContext) -> String {
        let strikes = context.scenario.book.legs.map { NumberFormat.money($0.contract.strike) }
        return strikes.count <= 2 ? strikes.joined(separator: " and ")
            : strikes.dropLast().joined(separator: ", ") + " and " + strikes.last!
    }
}
