/// Where everything goes: plot areas, legends and scales of a chart, in CSS px.
///
/// Margins are measured, not guessed: the left margin holds the widest y tick label of any
/// panel plus the rotated y-axis title, so long labels such as "−$1,250.50" never meet it;
/// the right margin holds the overhang of the last x tick label. Because the y ticks depend on
/// the panel heights and the legends' wrapping on the plot width, the layout is refined until
/// the margins stop growing (two or three passes).
struct ChartLayout {
    /// One panel's plot area, y scale and legend.
    struct Panel {
        /// The plot area; data and gridlines stay inside it.
        var plot: PlotRect
        var yScale: NiceScale
        var y: AxisMap
        /// The legend, whose rows sit above `plot`.
        var legend: LegendLayout
    }

    /// Left and right margins, CSS px.
    struct Margins: Equatable {
        var left: Double
        var right: Double
    }

    var panels: [Panel]
    var xScale: NiceScale
    var x: AxisMap
    /// The x spacing (data units) that sizes a bar with no neighbour in its series.
    var barFallbackSpacing: Double

    /// Lays out `chart` (already validated), measuring text on `canvas`.
    init(chart: Chart, canvas: CairoCanvas) throws(ChartError) {
        let hasYTitle = chart.panels.contains { !$0.yAxis.title.isEmpty }
        let title = canvas.lineMetrics(of: Theme.titleFont)
        let titleBlock = hasYTitle ? title.ascent + title.descent + Theme.titleGap : 0
        let fixedLeft = Theme.padding + titleBlock + Theme.tickLabelGap + Theme.tickLength
        var margins = Margins(left: fixedLeft, right: Theme.padding)
        self = try Self(chart: chart, canvas: canvas, margins: margins)
        for _ in 0..<6 {
            let needed = neededMargins(chart: chart, canvas: canvas, fixedLeft: fixedLeft)
            let grown = Margins(left: max(margins.left, needed.left), right: max(margins.right, needed.right))
            if grown == margins { break }
            margins = grown
            self = try Self(chart: chart, canvas: canvas, margins: margins)
        }
    }

    /// The layout with the given margins.
    private init(chart: Chart, canvas: CairoCanvas, margins: Margins) throws(ChartError) {
        let plotWidth = chart.width - margins.left - margins.right
        let legends = chart.panels.map {
            LegendLayout(series: $0.series, available: plotWidth, canvas: canvas)
        }
        let tops = Self.panelTops(legends: legends, canvas: canvas)
        let bottom = Self.bottomMargin(chart: chart, canvas: canvas)
        let available = chart.height - bottom - tops.reduce(0, +)
        let totalWeight = chart.panels.reduce(0) { $0 + $1.heightWeight }
        let heights = chart.panels.map { available * $0.heightWeight / totalWeight }
        let smallest = heights.min() ?? 0
        guard plotWidth >= Theme.minimumPlotSide, smallest >= Theme.minimumPlotSide else {
            throw ChartError(
                chartTitle: chart.title,
                reason: .tooSmallForContent(plotHeight: smallest, plotWidth: plotWidth)
            )
        }
        var panels: [Panel] = []
        var top = 0.0
        for (index, panel) in chart.panels.enumerated() {
            top += tops[index]
            let plot = PlotRect(x: margins.left, y: top, width: plotWidth, height: heights[index])
            let yScale = Self.yScale(for: panel, height: plot.height, canvas: canvas)
            let y = AxisMap(scale: yScale, start: plot.maxY, end: plot.minY)
            panels.append(Panel(plot: plot, yScale: yScale, y: y, legend: legends[index]))
            top += plot.height
        }
        self.panels = panels
        self.xScale = Self.xScale(for: chart, width: plotWidth, canvas: canvas)
        self.x = AxisMap(scale: xScale, start: margins.left, end: margins.left + plotWidth)
        self.barFallbackSpacing = Self.barFallbackSpacing(in: chart)
    }

    /// Space above each panel's plot area: the gap from what is above, then its legend.
    private static func panelTops(legends: [LegendLayout], canvas: CairoCanvas) -> [Double] {
        let halfLabel = canvas.digitMiddleToBaseline(in: Theme.tickFont) + 2
        return legends.enumerated().map { index, legend in
            let gap = index == 0 ? Theme.padding : Theme.panelGap
            return gap + (legend.rowCount > 0 ? legend.height + Theme.legendGap : halfLabel)
        }
    }

    /// Space below the bottom plot area: ticks, tick labels, the x-axis title and padding.
    private static func bottomMargin(chart: Chart, canvas: CairoCanvas) -> Double {
        let labels = Self.xLabelTopToBaseline(canvas) + canvas.lineMetrics(of: Theme.tickFont).descent
        let title = canvas.lineMetrics(of: Theme.titleFont)
        let titleBlock = chart.xAxis.title.isEmpty ? 0 : Theme.titleGap + title.ascent + title.descent
        return Theme.tickLength + Theme.tickLabelGap + labels + titleBlock + Theme.padding
    }

    /// Height (CSS px) from the top of an x tick label's digits to its baseline.
    static func xLabelTopToBaseline(_ canvas: CairoCanvas) -> Double {
        2 * canvas.digitMiddleToBaseline(in: Theme.tickFont)
    }

    /// The margins this layout's labels need, never less than the fixed parts.
    private func neededMargins(chart: Chart, canvas: CairoCanvas, fixedLeft: Double) -> Margins {
        let yLabelWidth = zip(panels, chart.panels).flatMap { layout, panel in
            layout.yScale.ticks.map {
                canvas.width(of: panel.yAxis.format.label($0, step: layout.yScale.step), in: Theme.tickFont)
            }
        }.max() ?? 0
        var left = fixedLeft + yLabelWidth
        var right = Theme.padding
        let format = chart.xAxis.format
        if let first = xScale.ticks.first, let last = xScale.ticks.last {
            let firstHalf = canvas.width(of: format.label(first, step: xScale.step), in: Theme.tickFont) / 2
            let lastHalf = canvas.width(of: format.label(last, step: xScale.step), in: Theme.tickFont) / 2
            left = max(left, Theme.padding + firstHalf - (x(first) - x.start))
            right = max(right, Theme.padding + lastHalf - (x.end - x(last)))
        }
        return Margins(left: left.rounded(.up), right: right.rounded(.up))
    }
}
