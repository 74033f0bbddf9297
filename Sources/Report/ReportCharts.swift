import Analytics
import Charts
import Simulation

/// The charts of the report, built from the analysis as plain ``Chart`` values.
///
/// Colours mean the same in every chart: the share price black, the option position
/// vermillion, the delta hedge blue, residuals orange, the strike grey.
enum ReportCharts {
    /// A chart and the name it is written under (`charts/NAME.svg`).
    struct Named {
        var name: String
        var chart: Chart
    }

    static func all(_ analysis: HedgeAnalysis, settings: ReportSettings) -> [Named] {
        let time = timeAxis(startDate: settings.startDate)
        var charts = [
            Named(name: "price-path", chart: pricePath(analysis, ticker: settings.ticker, time: time)),
            Named(name: "premium-vs-hedge", chart: premiumAgainstHedge(analysis, time: time)),
            Named(name: "greeks", chart: greeks(analysis, time: time)),
            Named(name: "textbook-pnl", chart: textbookProfitAndLoss(analysis, time: time)),
        ]
        if let study = analysis.monteCarlo {
            charts.append(Named(name: "mc-distribution", chart: distribution(study)))
            if study.sweep.count > 1 {
                charts.append(Named(name: "mc-sweep", chart: sweep(study)))
            }
            if study.volatilityMismatch.count > 1 {
                charts.append(Named(name: "mc-mismatch", chart: mismatch(study, implied: analysis.simulation.scenario.market.volatility)))
            }
        }
        return charts
    }

    /// Days since the start, labelled with calendar dates when the path has them.
    private static func timeAxis(startDate: String?) -> Axis {
        let parts = startDate?.split(separator: "-").compactMap { Int($0) } ?? []
        guard parts.count == 3 else { return Axis(title: "Days since the start") }
        return Axis(title: "Date", format: .date(originYear: parts[0], originMonth: parts[1], originDay: parts[2]))
    }

    /// Days since the start at each rebalancing date.
    private static func days(_ analysis: HedgeAnalysis) -> [Double] {
        analysis.simulation.valuedPath.path.times.map { $0 * 365 }
    }

    static func pricePath(_ analysis: HedgeAnalysis, ticker: String, time: Axis) -> Chart {
        let path = analysis.simulation.valuedPath.path
        let strike = analysis.simulation.scenario.position.contract.strike
        let kind = if case .observed = analysis.simulation.scenario.pathModel { "observed" } else { "simulated" }
        let x = days(analysis)
        var markers = [PointMarker]()
        if let step = analysis.simulation.exerciseStep {
            markers.append(PointMarker(x: x[step], y: path.spots[step], label: "Exercised", colour: .vermillion))
        }
        let expiry = analysis.simulation.scenario.position.contract.expiry * 365
        let expiryMarkers = abs((x.last ?? 0) - expiry) < 1e-6 ? [VerticalMarker(x: expiry, label: "Expiry")] : []
        return Chart(
            title: "\(ticker) share price along the \(kind) path",
            summary: "The share price at each rebalancing date, with the option's strike as a horizontal line.",
            xAxis: time,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Share price (USD)", format: .currency, includes: [strike]),
                    series: [Series(name: "\(ticker) share price", x: x, y: path.spots, colour: .black)],
                    referenceLines: [ReferenceLine(y: strike, label: "Strike \(NumberFormat.money(strike))")],
                    verticalMarkers: expiryMarkers,
                    pointMarkers: markers
                ),
            ],
            height: 320
        )
    }

    static func premiumAgainstHedge(_ analysis: HedgeAnalysis, time: Axis) -> Chart {
        let x = days(analysis)
        let ledger = analysis.simulation.ledger(.delta) ?? analysis.simulation.ledgers[0]
        let offset = HedgeAnalysis.equityValueChange(ledger).map { -$0 }
        let residuals = ledger.rows.dropFirst().map { Point(x: $0.time * 365, y: $0.residual) }
        let name = ledger.estimator.rawValue
        return Chart(
            title: "Option position against its \(name) hedge",
            summary: "Top: the option position's change in value and the change the \(name) hedge offset. "
                + "Bottom: the residual of each step (bars) and its running total (line).",
            xAxis: time,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Change since start (USD)", format: .currency, includes: [0]),
                    series: [
                        Series(name: "Option position m·(P − P₀)", x: x, y: analysis.optionValueChange, colour: .vermillion),
                        Series(
                            name: "Offset by the \(name) hedge −(n·S − n₀·S₀)", x: x, y: offset, colour: .blue,
                            style: .dashedLine
                        ),
                    ],
                    heightWeight: 1.4
                ),
                ChartPanel(
                    yAxis: Axis(title: "Residual (USD)", format: .currency, includes: [0]),
                    series: [
                        Series(name: "Residual per step ε", points: residuals, colour: .orange, style: .bars),
                        Series(
                            name: "Cumulative residual Σε", x: x, y: ledger.rows.map(\.cumulativeResidual),
                            colour: .black, lineWidth: 1.5
                        ),
                    ]
                ),
            ],
            height: 520
        )
    }

    static func textbookProfitAndLoss(_ analysis: HedgeAnalysis, time: Axis) -> Chart {
        let x = days(analysis)
        let rows = analysis.simulation.textbook
        let view = zip(x, analysis.gammaAgainstTheta).dropFirst().map { Point(x: $0, y: $1) }
        return Chart(
            title: "The textbook hedge's P&L and where it came from",
            summary: "Top: the hedging P&L of the self-financing delta hedge, m·P + n·S + B. Bottom: each step's "
                + "gamma-against-theta term ½·m·Γ·S²·[(dS/S)² − σ²·dt].",
            xAxis: time,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Hedging P&L (USD)", format: .currency, includes: [0]),
                    series: [Series(name: "Hedging P&L m·P + n·S + B", x: x, y: rows.map(\.profitAndLoss), colour: .bluishGreen)],
                    heightWeight: 1.2
                ),
                ChartPanel(
                    yAxis: Axis(title: "Per step (USD)", format: .currency, includes: [0]),
                    series: [Series(name: "Gamma against theta ½·m·Γ·S²·[(dS/S)² − σ²·dt]", points: view, colour: .reddishPurple, style: .bars)]
                ),
            ],
            height: 460
        )
    }
}
