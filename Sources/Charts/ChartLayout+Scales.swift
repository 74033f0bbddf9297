/// Choosing each axis's scale: which values it covers and how many ticks fit.
extension ChartLayout {
    /// The y scale of `panel` for a plot area `height` CSS px tall.
    ///
    /// Covers the points, the reference lines, the axis's `includes` and, under bars, zero.
    /// Aims at one tick per ~42 px (3 to 6 ticks), fewer if labels would crowd.
    static func yScale(for panel: ChartPanel, height: Double, canvas: CairoCanvas) -> NiceScale {
        var values = panel.series.flatMap { $0.points.map(\.y) } + panel.referenceLines.map(\.y)
        if panel.series.contains(where: { $0.style == .bars }) { values.append(0) }
        let metrics = canvas.lineMetrics(of: Theme.tickFont)
        var target = min(6, max(3, Int(height / 42) + 1))
        while true {
            let scale = NiceScale(
                covering: values, includes: panel.yAxis.includes,
                targetTickCount: target, padding: Theme.yPadding
            )
            let spacing = scale.step * height / (scale.upper - scale.lower)
            if target <= 2 || spacing >= metrics.ascent + metrics.descent + 2 { return scale }
            target -= 1
        }
    }

    /// The shared x scale of `chart` for plot areas `width` CSS px wide.
    ///
    /// Covers every panel's points (bars by their full width) and the axis's `includes`.
    /// Aims at one tick per ~60 px (2 to 7 ticks), fewer until no two labels come closer than
    /// `Theme.xLabelSpacing`.
    static func xScale(for chart: Chart, width: Double, canvas: CairoCanvas) -> NiceScale {
        let fallback = barFallbackSpacing(in: chart)
        let values = chart.panels.flatMap { panel in
            panel.series.flatMap { series in
                let half = barHalfWidth(of: series, fallbackSpacing: fallback) ?? 0
                return series.points.flatMap { [$0.x - half, $0.x + half] }
            }
        }
        var target = min(7, max(2, Int(width / 60)))
        while true {
            let scale = NiceScale(
                covering: values, includes: chart.xAxis.includes,
                targetTickCount: target, padding: Theme.xPadding
            )
            if target <= 2 || labelsFit(scale, format: chart.xAxis.format, width: width, canvas: canvas) {
                return scale
            }
            target -= 1
        }
    }

    /// Half a bar's width in data units for a `.bars` series: 40 % of the smallest spacing
    /// between its distinct x values, or of `fallbackSpacing` when it has only one. Nil for
    /// other styles.
    static func barHalfWidth(of series: Series, fallbackSpacing: Double) -> Double? {
        guard series.style == .bars else { return nil }
        let spacing = smallestSpacing(series.points.map(\.x)) ?? fallbackSpacing
        return spacing * Theme.barWidthFraction / 2
    }

    /// The smallest gap (data units) between distinct x values of all series in `chart`, or 1
    /// when there are fewer than two: the width a lone bar is drawn for.
    static func barFallbackSpacing(in chart: Chart) -> Double {
        smallestSpacing(chart.panels.flatMap { $0.series.flatMap { $0.points.map(\.x) } }) ?? 1
    }

    private static func smallestSpacing(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min()
    }

    private static func labelsFit(
        _ scale: NiceScale,
        format: TickFormat,
        width: Double,
        canvas: CairoCanvas
    ) -> Bool {
        let pixelsPerUnit = width / (scale.upper - scale.lower)
        let widths = scale.ticks.map { canvas.width(of: format.label($0, step: scale.step), in: Theme.tickFont) }
        let needed = zip(widths, widths.dropFirst()).map { ($0 + $1) / 2 + Theme.xLabelSpacing }.max() ?? 0
        return scale.step * pixelsPerUnit >= needed
    }
}
