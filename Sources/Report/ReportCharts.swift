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

    /// The rebalancing dates in the clock's unit.
    private static func x(_ analysis: HedgeAnalysis, _ clock: RunClock) -> [Double] {
        clock.values(analysis.simulation.valuedPath.path.times)
    }

    static func pricePath(_ analysis: HedgeAnalysis, ticker: String, clock: RunClock) -> Chart {
        let path = analysis.simulation.valuedPath.path
        let strike = analysis.simulation.scenario.position.contract.strike
        let kind = if case .observed = analysis.simulation.scenario.dynamics.pathModel { "observed" } else { "simulated" }
        let x = x(analysis, clock)
        var markers = [PointMarker]()
        if let step = analysis.simulation.exerciseStep {
            markers.append(PointMarker(x: x[step], y: path.spots[step], label: "Exercised", colour: .vermillion))
        }
        let expiry = analysis.simulation.scenario.position.contract.expiry * clock.perYear
        let expiryMarkers = abs((x.last ?? 0) - expiry) < 1e-6 ? [VerticalMarker(x: expiry, label: "Expiry")] : []
        return Chart(
            title: "\(ticker) share price along the \(kind) path",
            summary: "The share price at each rebalancing date, with the option's strike as a horizontal line.",
            xAxis: clock.axis,
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

    static func premiumAgainstHedge(_ analysis: HedgeAnalysis, ledger: ShareBalanceLedger, clock: RunClock) -> Chart {
        let x = x(analysis, clock)
        let offset = HedgeAnalysis.equityValueChange(ledger).map { -$0 }
        let residuals = ledger.rows.dropFirst().map { Point(x: $0.time * clock.perYear, y: $0.residual) }
        let name = ledger.estimator.rawValue
        return Chart(
            title: "Option position against its \(name) hedge",
            summary: "Top: the option position's change in value, the change the \(name) hedge offset, and the cash it "
                + "took in from outside to buy its shares. "
                + "Bottom: the residual of each step (bars) and its running total (line).",
            xAxis: clock.axis,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Change since start (USD)", format: .currency, includes: [0]),
                    series: [
                        Series(name: "Option position m·(P − P₀)", x: x, y: analysis.optionValueChange, colour: .vermillion),
                        Series(
                            name: "Offset by the \(name) hedge −(n·S − n₀·S₀)", x: x, y: offset, colour: .blue,
                            style: .dashedLine
                        ),
                        Series(
                            name: "Cash the hedge took in from outside C", x: x, y: ledger.rows.map(\.cumulativeOutsideCash),
                            colour: .grey, style: .step
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

    /// The gamma-against-theta bars: one series, or, when m·Γ changes sign along the path, one
    /// for the long-Γ steps and one for the short-Γ steps (``TextbookSection/gammaSigns(_:)``).
    private static func gammaBars(_ analysis: HedgeAnalysis, _ view: [Point]) -> [Series] {
        let name = "Gamma against theta ½·m·Γ·S²·[(dS/S)² − σ²·dt]"
        let signs = TextbookSection.gammaSigns(analysis)
        guard signs.contains(1), signs.contains(-1), signs.count == view.count else {
            return [Series(name: name, points: view, colour: .reddishPurple, style: .bars)]
        }
        let long = zip(view, signs).filter { $1 >= 0 }.map(\.0), short = zip(view, signs).filter { $1 < 0 }.map(\.0)
        return [
            Series(name: name + ", long-Γ steps", points: long, colour: .reddishPurple, style: .bars),
            Series(name: name + ", short-Γ steps", points: short, colour: .vermillion, style: .bars),
        ]
    }

    static func textbookProfitAndLoss(_ analysis: HedgeAnalysis, clock: RunClock) -> Chart {
        let x = x(analysis, clock)
        let rows = analysis.simulation.textbook
        let view = zip(x, analysis.gammaAgainstTheta).dropFirst().map { Point(x: $0, y: $1) }
        return Chart(
            title: "The textbook hedge's P&L and where it came from",
            summary: "Top: the hedging P&L of the self-financing delta hedge, m·P + n·S + B. Bottom: each step's "
                + "gamma-against-theta term ½·m·Γ·S²·[(dS/S)² − σ²·dt].",
            xAxis: clock.axis,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Hedging P&L (USD)", format: .currency, includes: [0]),
                    series: [Series(name: "Hedging P&L m·P + n·S + B", x: x, y: rows.map(\.profitAndLoss), colour: .bluishGreen)],
                    heightWeight: 1.2
                ),
                ChartPanel(
                    yAxis: Axis(title: "Per step (USD)", format: .currency, includes: [0]),
                    series: gammaBars(analysis, view)
                ),
            ],
            height: 460
        )
    }
}
