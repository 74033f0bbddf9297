/// Where everything goes: plot areas, legends, marker label strips and scales of a chart, in
/// CSS px.
///
/// Margins are measured, not guessed: the left margin holds the widest y tick label of any
/// panel plus the rotated y-axis title, so long labels such as "−$1,250.50" never meet it;
/// the right margin holds the overhang of the last x tick label. Because the y ticks depend on
/// the panel heights and the legends' wrapping on the plot width, the layout is refined until
/// the margins stop growing (two or three passes).
struct ChartLayout {
    /// One panel's plot area, y scale, legend and marker label strip.
    struct Panel {
        /// The plot area; data and gridlines stay inside it.
        var plot: PlotRect
        var yTicks: TickSet
        var y: AxisMap
        /// The legend, whose rows sit above the strip and `plot`.
        var legend: LegendLayout
        /// Vertical markers' labels, in rows just above `plot`.
        var markerLabels: MarkerLabelLayout

        /// The bottom of row `row` of the marker label strip, CSS px.
        func markerRowBottom(_ row: Int) -> Double {
            plot.minY - Theme.markerStripGap - Double(row) * markerLabels.rowHeight
        }
    }

    /// Left and right margins, CSS px.
    struct Margins: Equatable {
        var left: Double
        var right: Double
    }

    var panels: [Panel]
    var xTicks: TickSet
    var x: AxisMap
    /// The x spacing (transformed units) that sizes a bar with no neighbour in its series.
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
        let xTicks = Self.xTicks(for: chart, width: plotWidth, canvas: canvas)
        let x = AxisMap(ticks: xTicks, start: margins.left, end: margins.left + plotWidth)
        let strips = chart.panels.map {
            MarkerLabelLayout(
                markers: $0.verticalMarkers, x: x, minX: margins.left,
                maxX: chart.width - Theme.padding, canvas: canvas
            )
        }
        let bottom = Self.bottomMargin(chart: chart, canvas: canvas)
        let totalWeight = chart.panels.reduce(0) { $0 + $1.heightWeight }
        func place(wrapping: Bool) -> (legends: [LegendLayout], tops: [Double], heights: [Double]) {
            let legends = chart.panels.map {
                LegendLayout(items: $0.legendItems, available: plotWidth, canvas: canvas, wrapping: wrapping)
            }
            let tops = Self.panelTops(legends: legends, strips: strips, canvas: canvas)
            let available = chart.height - bottom - tops.reduce(0, +)
            return (legends, tops, chart.panels.map { available * $0.heightWeight / totalWeight })
        }
        // Long legend names wrap onto more rows unless that would squeeze a plot area below
        // ``Theme/minimumPlotSide`` or to less than ``Theme/wrappedLegendShare`` of the height
        // it has with every name on one row (cut with an ellipsis).
        let oneRow = place(wrapping: false), wrapped = place(wrapping: true)
        let keepsPlots = (wrapped.heights.min() ?? 0) >= max(Theme.minimumPlotSide, Theme.wrappedLegendShare * (oneRow.heights.min() ?? 0))
        let (legends, tops, heights) = keepsPlots ? wrapped : oneRow
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
            let yTicks = Self.yTicks(for: panel, height: plot.height, canvas: canvas)
            let y = AxisMap(ticks: yTicks, start: plot.maxY, end: plot.minY)
            panels.append(Panel(plot: plot, yTicks: yTicks, y: y, legend: legends[index], markerLabels: strips[index]))
            top += plot.height
        }
        self.panels = panels
        self.xTicks = xTicks
        self.x = x
        self.barFallbackSpacing = Self.barFallbackSpacing(in: chart)
    }

    /// Space above each panel's plot area: the gap from what is above, its legend, then its
    /// marker label strip.
    private static func panelTops(legends: [LegendLayout], strips: [MarkerLabelLayout], canvas: CairoCanvas) -> [Double] {
        let halfLabel = canvas.digitMiddleToBaseline(in: Theme.tickFont) + 2
        return zip(legends, strips).enumerated().map { index, pair in
            let (legend, strip) = pair
            let gap = index == 0 ? Theme.padding : Theme.panelGap
            let legendBlock = legend.rowCount > 0 ? legend.height + Theme.legendGap : 0
            let stripBlock = strip.rowCount > 0 ? strip.height + Theme.markerStripGap : 0
            return gap + max(legendBlock + stripBlock, halfLabel)
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
        let yLabelWidth = panels.flatMap { layout in
            layout.yTicks.labels.map { canvas.width(of: $0, in: Theme.tickFont) }
        }.max() ?? 0
        var left = fixedLeft + yLabelWidth
        var right = Theme.padding
        if let first = xTicks.ticks.first, let last = xTicks.ticks.last,
           let firstLabel = xTicks.labels.first, let lastLabel = xTicks.labels.last {
            let firstHalf = canvas.width(of: firstLabel, in: Theme.tickFont) / 2
            let lastHalf = canvas.width(of: lastLabel, in: Theme.tickFont) / 2
            left = max(left, Theme.padding + firstHalf - (x(first) - x.start))
            right = max(right, Theme.padding + lastHalf - (x.end - x(last)))
        }
        return Margins(left: left.rounded(.up), right: right.rounded(.up))
    }
}
