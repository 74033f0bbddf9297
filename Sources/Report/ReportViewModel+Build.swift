import Analytics
import Pricing
import Simulation

extension ReportViewModel {
    /// Formats the analysis for reading. `figures` are the inlined charts, in page order.
    init(analysis: HedgeAnalysis, settings: ReportSettings, figures: [FigureView]) {
        let scenario = analysis.simulation.scenario
        let position = scenario.position
        let contract = position.contract
        let market = scenario.market
        let value = analysis.initialValuation
        let typeName = contract.type.rawValue
        let contractsText = position.contracts == 1 ? "1 contract" : "\(position.contracts) contracts"

        title = settings.title ?? "Delta hedging a \(position.side.rawValue) \(settings.ticker) \(typeName)"
        author = settings.author
        ticker = settings.ticker
        toolVersion = ReportPipeline.version
        positionSentence = "The position is \(contractsText) (\(abs(Int(position.multiplier))) shares) of a "
            + "\(position.side.rawValue) \(contract.style == .american ? "American" : "European") \(settings.ticker) \(typeName) struck at "
            + "\(NumberFormat.money(contract.strike)), with \(NumberFormat.number(contract.expiry * 365, decimals: 1)) "
            + "days to expiry, bought when the share traded at \(NumberFormat.money(market.spot, decimals: 4))."
        let exposure = -position.multiplier * value.delta
        whyHedgeSentence = "Its premium moves with the share: a Δ of \(NumberFormat.signed(value.delta, decimals: 4)) "
            + "per share means the position gains or loses about \(NumberFormat.money(abs(position.multiplier * value.delta))) "
            + "for each dollar the share moves. Holding \(NumberFormat.signed(exposure, decimals: 2)) shares "
            + "offsets that first-order exposure; as the share moves and time passes, Δ changes and the "
            + "hedge must be rebalanced."
        parameters = Self.parameterRows(scenario, settings)
        command = settings.command
        valuation = Self.valuationRows(value)
        modelPremium = NumberFormat.money(value.price, decimals: 4)
        pricingSentence = settings.usesClosedForm
            ? "The premium and its Greeks come from the Black–Scholes–Merton closed form (European exercise)."
            : "The premium is computed on a \(Self.latticeName(settings.latticeMethod)) of \(settings.latticeSteps) levels "
                + "with early exercise checked at every node; Δ, Γ and Θ are read from its first nodes (Hull's method), "
                + "vega and rho by repricing with the volatility and the rate bumped."
        marketPremiumNote = settings.marketPremium.map { quote in
            let implied = settings.premiumImpliedVolatility.map {
                " The volatility that reproduces the quote on the same lattice is \(NumberFormat.percent($0, decimals: 2))."
            } ?? ""
            return "The market's quote was \(NumberFormat.money(quote)), while the lattice at "
                + "\(NumberFormat.percent(market.volatility, decimals: 2)) volatility gives "
                + "\(NumberFormat.money(value.price, decimals: 3)).\(implied) Every premium change in this report is "
                + "model against model: taking the first change as a lattice price minus the market quote would book "
                + "the \(NumberFormat.money(abs(value.price - quote))) model–market gap as if the premium had moved."
        }
        self.figures = figures.filter { ["price-path", "premium-vs-hedge", "greeks"].contains($0.id) }
        textbookFigures = figures.filter { $0.id == "textbook-pnl" }
        monteCarloFigures = figures.filter { $0.id.hasPrefix("mc-") }
        monteCarlo = analysis.monteCarlo.map { Self.monteCarloView($0, scenario: scenario) }
        estimators = analysis.summaries.map(Self.estimatorView)
        let ledger = analysis.simulation.ledger(.delta) ?? analysis.simulation.ledgers[0]
        ledgerEstimator = ledger.estimator.rawValue
        ledgerRows = ledger.rows.map { Self.ledgerRow($0, exercised: $0.step == analysis.simulation.exerciseStep) }
        ledgerIsLong = ledger.rows.count > 30
        let summary = analysis.summary(ledger.estimator) ?? HedgeSummary(ledger)
        exerciseNote = analysis.simulation.exerciseStep.map { step in
            let row = analysis.simulation.valuedPath
            return "On day \(NumberFormat.number(row.path.times[step] * 365, decimals: 1)), with the share at "
                + "\(NumberFormat.money(row.path.spots[step])), the model valued the option at its intrinsic value: "
                + "exercising was optimal, so the option was exercised there and every hedge was unwound."
        }
        let textbook = analysis.textbook
        textbookSentence = "The textbook hedge held −m·Δ shares at every date and financed its trades from a cash "
            + "account at the risk-free rate. Its cumulative cost of shares, interest included and the premium left "
            + "out as in Hull's tables, came to \(NumberFormat.money(textbook.cumulativeCost)); the whole book — "
            + "option, shares and cash — ended at \(NumberFormat.signedMoney(textbook.finalPnL)) after "
            + "\(textbook.trades) trades" + (textbook.transactionCosts > 0
                ? ", of which \(NumberFormat.money(textbook.transactionCosts)) went to transaction costs." : ".")
        textbookRows = analysis.simulation.textbook.map(Self.textbookRow)
        let total = textbook.attribution
        let parts: [(String, Double, String)] = [
            ("Delta (m·Δ + n)·dS", total.delta, "what the hedge left open: zero when n = −m·Δ"),
            ("Gamma ½·m·Γ·dS²", total.gamma, "the option's convexity, paid for by theta"),
            ("Theta m·Θ·dt", total.theta, "time decay of the option"),
            ("Vega m·ν·dσ", total.vega, "moves of the implied volatility"),
            ("Rho m·ρ·dr", total.rho, "moves of the rate"),
            ("Financing", total.financing, "interest on the cash account, dividends on the shares"),
            ("Transaction costs", total.costs, "--cost-bps and --fee-per-trade"),
            ("Unexplained", total.unexplained, "higher-order terms the Greeks miss"),
            ("Total: hedging P&L", total.total, ""),
        ]
        attribution = parts.map { Row(name: $0.0, value: NumberFormat.signedMoney($0.1), unit: $0.2, flag: "") }
        finalSentence = "Over \(ledger.rows.count - 1) rebalancing intervals the \(ledger.estimator.rawValue) hedge "
            + "left a cumulative residual of \(NumberFormat.signedMoney(summary.cumulativeResidual)); its largest "
            + "single step was \(NumberFormat.money(summary.maxAbsResidual)) at step \(summary.maxAbsResidualStep), "
            + "and it ended holding \(NumberFormat.number(summary.finalShares, decimals: 2)) shares."
    }

    private static func parameterRows(_ scenario: HedgeScenario, _ settings: ReportSettings) -> [Row] {
        let contract = scenario.position.contract
        let market = scenario.market
        var rows = [
            Row(name: "Underlying", value: settings.ticker, unit: "", flag: "--ticker"),
            Row(name: "Option", value: "\(contract.style == .american ? "American" : "European") \(contract.type.rawValue)", unit: "", flag: "--type, --style"),
            Row(name: "Position", value: "\(scenario.position.side.rawValue), \(scenario.position.contracts) × \(contract.sharesPerContract) shares",
                unit: "", flag: "--position, --contracts"),
            Row(name: "Spot S₀", value: NumberFormat.number(market.spot, decimals: 4), unit: "USD per share", flag: "--spot"),
            Row(name: "Strike K", value: NumberFormat.number(contract.strike, decimals: 2), unit: "USD per share", flag: "--strike"),
            Row(name: "Time to expiry", value: NumberFormat.number(contract.expiry * 365, decimals: 2), unit: "calendar days (ACT/365)", flag: "--days"),
            Row(name: "Risk-free rate r", value: NumberFormat.percent(market.rate, decimals: 2), unit: "per year, continuous", flag: "--rate"),
            Row(name: "Dividend yield q", value: NumberFormat.percent(market.dividendYield, decimals: 2), unit: "per year, continuous", flag: "--dividend-yield"),
            Row(name: "Implied volatility σ", value: NumberFormat.percent(market.volatility, decimals: 4), unit: "per √year", flag: "--vol"),
            settings.usesClosedForm
                ? Row(name: "Pricing model", value: "Black–Scholes–Merton, closed form", unit: "", flag: "--style european")
                : Row(name: "Pricing model", value: "\(Self.latticeName(settings.latticeMethod)), \(settings.latticeSteps) levels",
                      unit: "", flag: "--lattice-method, --lattice-steps"),
            Row(name: "Path", value: Self.pathDescription(scenario), unit: "", flag: "--path-model, --seed"),
            Row(name: "Drift μ", value: NumberFormat.percent(scenario.drift, decimals: 2), unit: "per year", flag: "--drift"),
            Row(name: "Realized volatility", value: NumberFormat.percent(scenario.realizedVolatility, decimals: 4), unit: "per √year", flag: "--realized-vol"),
            Row(name: "Rebalancing interval", value: settings.intervalLabel, unit: NumberFormat.number(scenario.schedule.interval * 365, decimals: 4) + " days", flag: "--interval"),
            Row(name: "Horizon", value: NumberFormat.number(scenario.schedule.horizon * 365, decimals: 2), unit: "calendar days", flag: "--horizon"),
        ]
        if let premium = settings.marketPremium {
            rows.insert(Row(name: "Market premium", value: NumberFormat.number(premium, decimals: 4), unit: "USD per share", flag: "--premium"), at: 9)
        }
        if case let .noisy(spread) = scenario.volatilityModel {
            rows.append(Row(name: "Implied volatility noise", value: NumberFormat.percent(spread, decimals: 2), unit: "std. dev. per date", flag: "--iv-spread"))
        }
        if scenario.costs != .none {
            rows.append(Row(name: "Transaction costs", value: "\(NumberFormat.number(scenario.costs.basisPoints, decimals: 1)) bp + \(NumberFormat.money(scenario.costs.feePerTrade)) per trade",
                            unit: "of traded value; fixed", flag: "--cost-bps, --fee-per-trade"))
        }
        if contract.style == .american {
            rows.append(Row(name: "Early exercise", value: scenario.exercisePolicy == .exercise ? "when optimal" : "never (hold)", unit: "", flag: "--exercise"))
        }
        if let shares = scenario.initialShares {
            rows.append(Row(name: "Initial shares n₀", value: NumberFormat.number(shares, decimals: 4), unit: "shares", flag: "--initial-shares"))
        }
        return rows
    }

    private static func pathDescription(_ scenario: HedgeScenario) -> String {
        switch scenario.pathModel {
        case .geometricBrownianMotion:
            "geometric Brownian motion, seed \(scenario.seed)"
        case let .binomialWalk(walk):
            "binomial walk u = \(NumberFormat.number(walk.up, decimals: 5)), d = \(NumberFormat.number(walk.down, decimals: 5)), "
                + "p = \(NumberFormat.number(walk.upProbability, decimals: 4)), seed \(scenario.seed)"
        case let .observed(path):
            "observed prices, \(path.spots.count) dates"
        }
    }

    private static func latticeName(_ method: String) -> String {
        switch method {
        case "bbs": "binomial Black–Scholes lattice"
        case "bbsr": "binomial Black–Scholes lattice with Richardson extrapolation"
        default: "CRR lattice"
        }
    }

    private static func valuationRows(_ value: Valuation) -> [Row] {
        value.readerQuantities.map { quantity in
            let name = quantity.name.prefix(1).uppercased() + quantity.name.dropFirst() + " " + quantity.symbol
            let decimals = quantity.name == "price" ? 4 : (quantity.name == "gamma" ? 6 : 5)
            let text = quantity.name == "price"
                ? NumberFormat.number(quantity.value, decimals: decimals)
                : NumberFormat.signed(quantity.value, decimals: decimals)
            return Row(name: name, value: text, unit: quantity.unit, flag: "")
        }
    }

    private static func estimatorView(_ summary: HedgeSummary) -> EstimatorView {
        let formula = switch summary.estimator {
        case .delta: "Δ·dS"
        case .deltaGamma: "Δ·dS + ½Γ·dS²"
        case .greeks: "Δ·dS + ½Γ·dS² + Θ·dt + ν·dσ + ρ·dr"
        case .exact: "P(t+dt) − P(t), repriced"
        }
        return EstimatorView(
            name: summary.estimator.rawValue,
            formula: formula,
            finalShares: NumberFormat.number(summary.finalShares, decimals: 4),
            cumulativeResidual: NumberFormat.signedMoney(summary.cumulativeResidual),
            totalAbsResidual: NumberFormat.money(summary.totalAbsResidual),
            maxAbsResidual: NumberFormat.money(summary.maxAbsResidual),
            rootMeanSquareResidual: NumberFormat.money(summary.rootMeanSquareResidual)
        )
    }

    private static func monteCarloView(_ report: MonteCarloReport, scenario: HedgeScenario) -> MonteCarloView {
        let pnl = report.finalPnL
        let distribution = [
            Row(name: "Mean", value: NumberFormat.signedMoney(pnl.mean), unit: "USD", flag: ""),
            Row(name: "Standard deviation", value: NumberFormat.money(pnl.standardDeviation), unit: "USD", flag: ""),
            Row(name: "5% quantile", value: NumberFormat.signedMoney(pnl.quantile05), unit: "USD", flag: ""),
            Row(name: "Median", value: NumberFormat.signedMoney(pnl.median), unit: "USD", flag: ""),
            Row(name: "95% quantile", value: NumberFormat.signedMoney(pnl.quantile95), unit: "USD", flag: ""),
            Row(name: "5% expected shortfall", value: NumberFormat.signedMoney(pnl.expectedShortfall05), unit: "USD, mean of the worst 5%", flag: ""),
            Row(name: "Skewness", value: NumberFormat.signed(pnl.skewness, decimals: 3), unit: "", flag: ""),
        ]
        let residuals = scenario.estimators.compactMap { estimator -> Row? in
            guard let summary = report.residuals[estimator.rawValue] else { return nil }
            return Row(
                name: estimator.rawValue,
                value: NumberFormat.signedMoney(summary.mean),
                unit: NumberFormat.money(summary.standardDeviation),
                flag: NumberFormat.money(report.meanTotalAbsResidual[estimator.rawValue] ?? 0)
            )
        }
        let sweep = report.sweep.map { point in
            SweepRowView(
                rebalances: String(point.rebalances),
                mean: NumberFormat.signedMoney(point.mean),
                std: NumberFormat.money(point.std),
                theory: NumberFormat.money(point.theory),
                ratio: NumberFormat.number(point.std / point.theory, decimals: 3)
            )
        }
        let mismatch = report.volatilityMismatch.map { point in
            Row(
                name: NumberFormat.percent(point.realizedVolatility, decimals: 1),
                value: NumberFormat.signedMoney(point.mean),
                unit: NumberFormat.signedMoney(point.theory),
                flag: NumberFormat.money(point.std)
            )
        }
        let gridNote = report.gridError.map { error in
            "The American premium was priced on a grid of \(NumberFormat.number(Double(report.gridPoints), decimals: 0)) lattice nodes and interpolated; its worst "
                + "difference from pricing each point afresh was \(NumberFormat.money(error, decimals: 4)) per share, "
                + "\(NumberFormat.percent(report.gridErrorRelative ?? 0, decimals: 3)) of the premium."
        }
        let costSentence = report.costTradeOffOptimum.map { best in
            " With transaction costs each trade costs money, so the mean P&L falls as N grows while the spread shrinks; "
                + "of the frequencies tried, \(best) rebalances minimise the trade-off −mean + std."
        } ?? ""
        let sweepSentence: String
        if let first = report.sweep.first, let last = report.sweep.last, report.sweep.count > 1 {
            let ratio = first.std / last.std
            let expected = (Double(last.rebalances) / Double(first.rebalances)).squareRoot()
            sweepSentence = "From \(first.rebalances) to \(last.rebalances) rebalances the standard deviation of the hedging "
                + "P&L fell by a factor of \(NumberFormat.number(ratio, decimals: 2)); 1/√N predicts "
                + "\(NumberFormat.number(expected, decimals: 2))." + costSentence
        } else {
            sweepSentence = ""
        }
        let mismatchSentence = "Hedging at the implied volatility \(NumberFormat.percent(scenario.market.volatility, decimals: 1)) "
            + "while the share moves with another volatility: the \(scenario.position.side.rawValue) option's holder "
            + (scenario.position.side == .long ? "gains when the share moves more than implied and loses when it moves less."
                : "loses when the share moves more than implied and gains when it moves less.")
        return MonteCarloView(
            paths: NumberFormat.number(Double(report.paths), decimals: 0), distribution: distribution, residuals: residuals,
            sweep: sweep, mismatch: mismatch, hasSweep: !sweep.isEmpty, hasMismatch: !mismatch.isEmpty, gridNote: gridNote, sweepSentence: sweepSentence, mismatchSentence: mismatchSentence
        )
    }

    private static func textbookRow(_ row: TextbookHedgeRow) -> TextbookRowView {
        TextbookRowView(
            step: String(row.step),
            day: NumberFormat.number(row.time * 365, decimals: 1),
            spot: NumberFormat.number(row.spot, decimals: 2),
            delta: NumberFormat.signed(row.delta, decimals: 4),
            sharesHeld: NumberFormat.number(row.sharesHeld, decimals: 2),
            sharesBought: NumberFormat.signed(row.sharesBought, decimals: 2),
            cost: NumberFormat.signed(row.costOfSharesBought, decimals: 2),
            interest: NumberFormat.signed(row.interest, decimals: 2),
            cumulativeCost: NumberFormat.number(row.cumulativeCost, decimals: 2),
            profitAndLoss: NumberFormat.signed(row.profitAndLoss, decimals: 2)
        )
    }

    private static func ledgerRow(_ row: ShareBalanceRow, exercised: Bool) -> LedgerRowView {
        let first = row.step == 0
        return LedgerRowView(
            exercised: exercised,
            step: String(row.step),
            day: NumberFormat.number(row.time * 365, decimals: 1),
            spot: NumberFormat.number(row.spot, decimals: 2),
            premium: NumberFormat.number(row.premium, decimals: 4),
            delta: NumberFormat.signed(row.delta, decimals: 4),
            premiumChange: first ? "" : NumberFormat.signed(row.premiumChange, decimals: 4),
            estimate: first ? "" : NumberFormat.signed(row.estimatedPremiumChange, decimals: 4),
            shares: NumberFormat.number(row.shares, decimals: 4),
            shareValue: NumberFormat.number(row.shareValue, decimals: 2),
            equityChange: first ? "" : NumberFormat.signed(row.equityChange, decimals: 2),
            residual: first ? "" : NumberFormat.signed(row.residual, decimals: 2),
            cumulativeResidual: NumberFormat.signed(row.cumulativeResidual, decimals: 2),
            liquidationValue: NumberFormat.number(row.liquidationValue, decimals: 2)
        )
    }
}
