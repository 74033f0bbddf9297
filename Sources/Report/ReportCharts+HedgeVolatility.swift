import Analytics
import Charts

extension ReportCharts {
    /// The colour of each hedging volatility, the same in both charts: implied blue (the delta
    /// hedge's colour elsewhere), realized bluish green, a given number reddish purple.
    static func hedgeVolatilityColour(_ name: String) -> ChartColour {
        switch name {
        case "implied": .blue
        case "realized": .bluishGreen
        default: .reddishPurple
        }
    }

    /// A choice's legend name: `Hedged at implied (60.56%)`.
    static func hedgeVolatilityLabel(_ name: String, volatility: Double) -> String {
        let what = name == "implied" || name == "realized" ? name : "σ"
        return "Hedged at \(what) (\(NumberFormat.percent(volatility, decimals: 2)))"
    }

    /// The std of the final P&L against the number of rebalances for each hedging volatility,
    /// on the same paths, with the theory's std of the hedge at σr where there is one.
    static func hedgeVolatilitySweep(_ outcomes: [HedgeVolatilityOutcome], horizon: String) -> Chart {
        let logarithmic = outcomes.allSatisfy { $0.sweep.allSatisfy { $0.std > 0 && $0.std.isFinite } }
        var series = [Series]()
        for outcome in outcomes {
            let n = outcome.sweep.map { Double($0.rebalances) }
            let colour = hedgeVolatilityColour(outcome.hedgeVolatility)
            let theory = outcome.sweep.compactMap(\.theory)
            if theory.count == outcome.sweep.count, theory.allSatisfy({ $0 > 0 }) {
                series.append(Series(
                    name: "Theory, " + hedgeVolatilityLabel(outcome.hedgeVolatility, volatility: outcome.volatility).lowercased(),
                    x: n, y: theory, colour: colour, style: .dashedLine
                ))
            }
            series.append(Series(
                name: hedgeVolatilityLabel(outcome.hedgeVolatility, volatility: outcome.volatility), x: n,
                y: outcome.sweep.map(\.std), colour: colour, style: .points
            ))
        }
        return stdAgainstRebalances(
            title: "Hedging error against frequency, at each volatility",
            summary: "The standard deviation of the textbook hedge's final P&L for each number of rebalances \(horizon), the same "
                + "paths hedged with the Δ at each volatility, \(logarithmic ? "on logarithmic axes" : "on a logarithmic horizontal axis").",
            horizon: horizon, logarithmic: logarithmic, series: series
        )
    }

    /// The textbook hedge's mark-to-market P&L along the run's path for each hedging
    /// volatility, with the end the hedge at σr travels to when the study computed it.
    static func hedgeVolatilityPath(_ paths: [HedgeVolatilityPath], destination: Double?, clock: RunClock) -> Chart {
        let series = paths.map { path in
            Series(
                name: hedgeVolatilityLabel(path.hedgeVolatility, volatility: path.volatility), x: clock.values(path.times),
                y: path.profits, colour: hedgeVolatilityColour(path.hedgeVolatility)
            )
        }
        let lines = destination.map { [ReferenceLine(y: $0, label: "m·(V(σr) − V(σi))·e^{rT}")] } ?? []
        return Chart(
            title: "The path's P&L, hedged at each volatility",
            summary: "The textbook hedge's mark-to-market P&L m·P + n·S + B along the path above, the option marked at the "
                + "implied volatility and the shares held at −m·Δ with Δ at each volatility"
                + (destination == nil ? "." : ", and the deterministic end the hedge at the realized volatility travels to."),
            xAxis: clock.axis,
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Hedging P&L (USD)", format: .currency, includes: [0]),
                    series: series, referenceLines: lines
                ),
            ],
            height: 360
        )
    }
}
