import Foundation

/// The geometry of bars and histogram bins.
extension ChartLayout {
    /// Half a bar's width in transformed x units (data units, or decades on a log axis) for a
    /// `.bars` series: 40 % of the smallest spacing between its distinct x values, or of
    /// `fallbackSpacing` when it has only one. Nil for other styles.
    static func barHalfWidth(of series: Series, fallbackSpacing: Double, isLogarithmic: Bool) -> Double? {
        guard series.style == .bars else { return nil }
        let positions = series.points.map { isLogarithmic ? log10($0.x) : $0.x }
        let spacing = smallestSpacing(positions) ?? fallbackSpacing
        return spacing * Theme.barWidthFraction / 2
    }

    /// The smallest gap (transformed units) between distinct x values of all series in
    /// `chart`, or 1 when there are fewer than two: the width a lone bar is drawn for. Only bars
    /// read it, so a chart without them gets 1 without sorting its points (an every-minute
    /// path's 23,000, twice per drawing; issue 26).
    static func barFallbackSpacing(in chart: Chart) -> Double {
        guard chart.panels.contains(where: { $0.series.contains { $0.style == .bars } }) else { return 1 }
        let isLogarithmic = chart.xAxis.scale == .logarithmic
        let positions = chart.panels.flatMap { $0.series.flatMap { $0.points.map(\.x) } }
        return smallestSpacing(positions.map { isLogarithmic ? log10($0) : $0 }) ?? 1
    }

    private static func smallestSpacing(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min()
    }

    /// One rectangle per bin of `histogram`, CSS px: bin i spans the snapped positions of
    /// `binEdges[i]` and `binEdges[i + 1]`, so neighbours share an edge and the first and last
    /// bars end exactly on the outer edges. Bars rise from zero, or from the bottom of `plot`
    /// on a log y axis, where empty bins have no height.
    static func histogramBars(_ histogram: Histogram, x: AxisMap, y: AxisMap, plot: PlotRect) -> [PlotRect] {
        let edges = histogram.binEdges.map { PixelSnap.edge(x($0)) }
        let base = y.isLogarithmic ? plot.maxY : PixelSnap.edge(y(0))
        return histogram.heights.enumerated().map { index, height in
            let top = y.isLogarithmic && height <= 0 ? base : PixelSnap.edge(y(height))
            return PlotRect(
                x: edges[index], y: min(top, base), width: edges[index + 1] - edges[index], height: abs(base - top)
            )
        }
    }
}
