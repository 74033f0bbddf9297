import Analytics
import Charts
import Foundation

extension ReportCharts {
    /// The textbook hedge's final P&L over every path, with a fitted normal density and the
    /// mean and tail quantiles marked.
    static func distribution(_ study: MonteCarloReport) -> Chart {
        let summary = study.finalPnL
        let lower = summary.histogramEdges.first ?? 0, upper = summary.histogramEdges.last ?? 1
        let sigma = max(summary.standardDeviation, 1e-9)
        let xs = (0...120).map { lower + (upper - lower) * Double($0) / 120 }
        let density = xs.map { exp(-0.5 * pow(($0 - summary.mean) / sigma, 2)) / (sigma * (2 * Double.pi).squareRoot()) }
        let markerDecimals = NumberFormat.moneyDecimals(scale: max(abs(summary.quantile05), abs(summary.quantile95)))
        return Chart(
            title: "The textbook hedge's final P&L over \(NumberFormat.number(Double(study.paths), decimals: 0)) paths",
            summary: "A histogram of the hedging P&L at the end of each path, with a normal density of the same mean and "
                + "standard deviation, and the mean, 5% and 95% quantiles marked.",
            xAxis: Axis(title: "Final hedging P&L (USD)", format: .currency),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Density (per USD)", includes: [0]),
                    series: [Series(name: "Normal density, same mean and std", x: xs, y: density, colour: .black, style: .dashedLine)],
                    histograms: [Histogram(
                        name: "Paths", binEdges: summary.histogramEdges, counts: summary.histogramCounts,
                        colour: .bluishGreen, opacity: 0.75, normalisation: .density
                    )],
                    verticalMarkers: [
                        VerticalMarker(x: summary.quantile05, label: "5% \(NumberFormat.signedMoney(summary.quantile05, decimals: markerDecimals))"),
                        VerticalMarker(x: summary.mean, label: "Mean \(NumberFormat.signedMoney(summary.mean, decimals: markerDecimals))", colour: .black, style: .solid),
                        VerticalMarker(x: summary.quantile95, label: "95% \(NumberFormat.signedMoney(summary.quantile95, decimals: markerDecimals))"),
                    ]
                ),
            ],
            height: 340
        )
    }

    /// The standard deviation of the hedging P&L against the number of rebalances over the
    /// simulated horizon, log–log, beside the discrete-hedging theory for that horizon (a line of
    /// slope −½ when nothing but the rebalancing moves it; the implied volatility's noise adds a
    /// floor that bends it, and the summary says which it is). A logarithmic axis shows only positive numbers: where the study measured a std
    /// of zero (an option far from the money, nothing left to hedge) the vertical axis is linear,
    /// and a theory line is drawn only where every point of it is a finite number the axis can
    /// show.
    static func sweep(_ study: MonteCarloReport, horizon: String) -> Chart {
        let n = study.sweep.map { Double($0.rebalances) }
        let stds = study.sweep.map(\.std)
        let logarithmic = stds.allSatisfy { $0 > 0 && $0.isFinite }
        let theoryLine = study.sweep.compactMap(\.theory)
        let theoryShown = (study.discreteHedgingTheoryApplies || study.theoryIgnoresEarlyExercise) && theoryLine.count == study.sweep.count
            && theoryLine.allSatisfy { logarithmic ? $0 > 0 : $0 >= 0 }
        var series = [Series]()
        if theoryShown {
            let name = study.theoryMethod == .walkTree ? "Theory, exact on the walk's tree"
                : study.theoryIgnoresEarlyExercise ? "Theory as if never exercised early" : "Theory for this horizon and volatility"
            series.append(Series(name: name, x: n, y: theoryLine, colour: .grey, style: .dashedLine))
        }
        series.append(Series(name: "Monte Carlo", x: n, y: stds, colour: .blue, style: .points))
        let axes = logarithmic ? "on logarithmic axes" : "on a logarithmic horizontal axis and a linear vertical one (some std is zero, which a logarithmic axis cannot show)"
        let missing = study.theoryUnavailable == nil ? "none applies to this run" : "the pricing model could not value what it needs"
        let theory = !theoryShown ? "no theory line (\(missing))."
            : study.theoryMethod == .walkTree ? "the exact theory on the binomial walk's own tree."
            : study.theoryIgnoresEarlyExercise ? "the discrete-hedging formula for the same horizon as if the option were never exercised early (a European result, drawn for reference)."
            : logarithmic && Self.isSlopeMinusHalf(n, theoryLine) ? "the discrete-hedging theory for the same horizon, a straight line of slope −½."
            : "the discrete-hedging theory for the same horizon."
        return stdAgainstRebalances(
            title: "Hedging error against rebalancing frequency",
            summary: "The standard deviation of the textbook hedge's final P&L for each number of rebalances \(horizon), "
                + "\(axes), beside \(theory)",
            horizon: horizon, logarithmic: logarithmic, series: series
        )
    }

    /// A chart of the std of the final P&L against the number of rebalances over `horizon`: N on
    /// a logarithmic axis, the std on a logarithmic one where every std is positive (else linear).
    static func stdAgainstRebalances(
        title: String, summary: String, horizon: String, logarithmic: Bool, series: [Series]
    ) -> Chart {
        Chart(
            title: title,
            summary: summary,
            xAxis: Axis(title: "Rebalances \(horizon) N", scale: .logarithmic),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Std of final P&L (USD)", format: .currency, scale: logarithmic ? .logarithmic : .linear),
                    series: series
                ),
            ],
            height: 340
        )
    }

    /// Whether every segment of the line through (ln x, ln y) has slope −½, within 0.01: the
    /// theory's 1/√N, which a noise floor or a tree's own error bends.
    static func isSlopeMinusHalf(_ x: [Double], _ y: [Double]) -> Bool {
        x.count > 1 && zip(zip(x, y), zip(x, y).dropFirst()).allSatisfy { a, b in
            abs(log(b.1 / a.1) / log(b.0 / a.0) + 0.5) <= 0.01
        }
    }

    /// Mean hedging P&L against the volatility the share really moved with, the option hedged at
    /// its implied volatility.
    static func mismatch(_ study: MonteCarloReport, implied: Double) -> Chart {
        let points = study.volatilityMismatch
        let x = points.map(\.realizedVolatility)
        // The theory line joins the volatilities it could be computed at.
        let theoryPoints = points.filter { $0.theory != nil }
        var series = [Series]()
        if theoryPoints.count > 1 {
            series.append(Series(
                name: "Theory, first order, to the horizon", x: theoryPoints.map(\.realizedVolatility),
                y: theoryPoints.compactMap(\.theory), colour: .grey, style: .dashedLine
            ))
        }
        series.append(Series(name: "Monte Carlo mean", x: x, y: points.map(\.mean), colour: .blue, style: .points))
        let theoryWords = theoryPoints.count == points.count ? ", and the first-order theory."
            : theoryPoints.count > 1 ? ", and the first-order theory where it could be computed."
            : "; no theory line: the model cannot price at these volatilities."
        return Chart(
            title: "Hedging at the implied volatility while the share moves with another",
            summary: "The mean final P&L of the textbook hedge for each realized volatility, a band of one standard "
                + "deviation of the P&L around it\(theoryWords)",
            xAxis: Axis(title: "Realized volatility (per √year)", format: .percent, includes: [implied]),
            panels: [
                ChartPanel(
                    yAxis: Axis(title: "Final hedging P&L (USD)", format: .currency, includes: [0]),
                    series: series,
                    bands: [Band(
                        name: "± one std of P&L", x: x, lower: points.map { $0.mean - $0.std }, upper: points.map { $0.mean + $0.std },
                        colour: .skyBlue
                    )],
                    referenceLines: [ReferenceLine(y: 0, label: "")],
                    verticalMarkers: [VerticalMarker(x: implied, label: "Implied \(NumberFormat.percent(implied, decimals: 1))")]
                ),
            ],
            height: 340
        )
    }
}
