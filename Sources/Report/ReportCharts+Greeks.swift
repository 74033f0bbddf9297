import Analytics
import Charts
import Simulation

extension ReportCharts {
    /// The hedge's holdings and the Greeks that drive them, date by date.
    static func greeks(_ analysis: HedgeAnalysis, clock: RunClock) -> Chart {
        let x = clock.values(analysis.simulation.valuedPath.path.times)
        let valuations = analysis.simulation.valuedPath.valuations
        var holdings = [Series(
            name: analysis.simulation.scenario.hedge.rebalancing.isCalendar ? "Textbook hedge n = −m·Δ"
                : "Textbook hedge n, \(analysis.simulation.scenario.hedge.rebalancing.name.rawValue) rule", x: x, y: analysis.simulation.textbook.map(\.sharesHeld),
            colour: .bluishGreen, style: .step
        )]
        // A book's Δ and Γ per unit of its reference multiplier m (which may be negative) read
        // with the wrong sign: a book shows its own, m·Δ and m·Γ, in share-equivalents.
        let book = analysis.simulation.scenario.book
        let scale = book.isSingleOption ? 1 : book.multiplier
        let unit = book.isSingleOption ? "per share" : "of the book, in shares"
        if let ledger = analysis.simulation.ledger(.delta) {
            holdings.append(Series(name: "Share balance, delta estimate", x: x, y: ledger.rows.map(\.shares), colour: .blue, style: .step))
        }
        return Chart(
            title: "Shares held and the Greeks behind them",
            summary: "Top: shares held by the textbook hedge (\(analysis.simulation.scenario.hedge.rebalancing.isCalendar ? "−m·Δ" : "by its rule")) and by the share-balance hedge. Middle: \(book.isSingleOption ? "the option's" : "the book's") Δ "
                + "\(unit). Bottom: its Γ \(unit).",
            xAxis: clock.axis,
            panels: [
                ChartPanel(yAxis: Axis(title: "Shares held", includes: [0]), series: holdings, heightWeight: 1.2),
                ChartPanel(yAxis: Axis(title: book.isSingleOption ? "Δ per share" : "Book Δ (shares)"), series: [
                    Series(name: book.isSingleOption ? "Delta Δ" : "Book delta m·Δ", x: x, y: valuations.map { scale * $0.delta }, colour: .vermillion),
                ]),
                ChartPanel(yAxis: Axis(title: book.isSingleOption ? "Γ per USD" : "Book Γ (shares per USD)", includes: [0]), series: [
                    Series(name: book.isSingleOption ? "Gamma Γ" : "Book gamma m·Γ", x: x, y: valuations.map { scale * $0.gamma }, colour: .reddishPurple),
                ]),
            ],
            height: 520
        )
    }
}
