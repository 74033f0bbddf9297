import Analytics
import Charts
import Simulation

extension ReportCharts {
    /// The hedge's holdings and the Greeks that drive them, date by date.
    static func greeks(_ analysis: HedgeAnalysis, clock: RunClock) -> Chart {
        let x = clock.values(analysis.simulation.valuedPath.path.times)
        let valuations = analysis.simulation.valuedPath.valuations
        var holdings = [Series(
            name: analysis.simulation.scenario.rebalancing.isCalendar ? "Textbook hedge n = −m·Δ"
                : "Textbook hedge n, \(analysis.simulation.scenario.rebalancing.name.rawValue) rule", x: x, y: analysis.simulation.textbook.map(\.sharesHeld),
            colour: .bluishGreen, style: .step
        )]
        if let ledger = analysis.simulation.ledger(.delta) {
            holdings.append(Series(name: "Share balance, delta estimate", x: x, y: ledger.rows.map(\.shares), colour: .blue, style: .step))
        }
        return Chart(
            title: "Shares held and the Greeks behind them",
            summary: "Top: shares held by the textbook hedge (\(analysis.simulation.scenario.rebalancing.isCalendar ? "−m·Δ" : "by its rule")) and by the share-balance hedge. Middle: the option's Δ "
                + "per share. Bottom: its Γ per share.",
            xAxis: clock.axis,
            panels: [
                ChartPanel(yAxis: Axis(title: "Shares held", includes: [0]), series: holdings, heightWeight: 1.2),
                ChartPanel(yAxis: Axis(title: "Δ per share"), series: [
                    Series(name: "Delta Δ", x: x, y: valuations.map(\.delta), colour: .vermillion),
                ]),
                ChartPanel(yAxis: Axis(title: "Γ per USD", includes: [0]), series: [
                    Series(name: "Gamma Γ", x: x, y: valuations.map(\.gamma), colour: .reddishPurple),
                ]),
            ],
            height: 520
        )
    }
}
