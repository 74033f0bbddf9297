/// Reference lines and legends: the annotations around a panel's data.
extension ChartPainter {
    /// Thin dashed lines across the plot area, beneath the data.
    func paintReferenceLines(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        for line in panel.referenceLines {
            let y = PixelSnap.line(placed.y(line.y))
            let stroke = CairoCanvas.Stroke(width: 1, colour: line.colour, dash: Theme.referenceDash)
            canvas.strokeSegment(from: (placed.plot.minX, y), to: (placed.plot.maxX, y), stroke)
        }
    }

    /// Each reference line's label, right-aligned just above its line (below it when the line
    /// is too near the top), on a translucent white ground so it stays legible over data.
    func paintReferenceLabels(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let font = Theme.referenceFont
        let metrics = canvas.lineMetrics(of: font)
        let digitHeight = 2 * canvas.digitMiddleToBaseline(in: font)
        for line in panel.referenceLines where !line.label.isEmpty {
            let y = PixelSnap.line(placed.y(line.y))
            let fitsAbove = y - 3 - digitHeight >= placed.plot.minY
            let baseline = fitsAbove ? y - 4 - metrics.descent : y + 4 + digitHeight
            let right = placed.plot.maxX - 4
            let width = canvas.width(of: line.label, in: font)
            let ground = PlotRect(
                x: right - width - 2, y: baseline - digitHeight - 1,
                width: width + 4, height: digitHeight + metrics.descent + 1
            )
            canvas.fill(ground, colour: Theme.background, alpha: 0.8)
            canvas.draw(line.label, font: font, colour: line.colour, x: right, baseline: baseline, anchor: .end)
        }
    }

    /// One entry per series, in rows above the plot area: a swatch drawn like the series,
    /// then its name.
    func paintLegend(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let top = placed.plot.minY - Theme.legendGap - placed.legend.height
        let middleToBaseline = canvas.digitMiddleToBaseline(in: Theme.legendFont)
        for entry in placed.legend.entries {
            let series = panel.series[entry.series]
            let x = placed.plot.minX + entry.x
            let middle = top + (Double(entry.row) + 0.5) * Theme.legendRowHeight
            paintSwatch(for: series, x: x, middle: middle)
            let textX = x + LegendLayout.swatchWidth(series.style) + Theme.legendSwatchGap
            canvas.draw(
                entry.name, font: Theme.legendFont, colour: Theme.text,
                x: textX, baseline: middle + middleToBaseline, anchor: .start
            )
        }
    }

    private func paintSwatch(for series: Series, x: Double, middle: Double) {
        let width = LegendLayout.swatchWidth(series.style)
        var stroke = CairoCanvas.Stroke(width: min(series.lineWidth, Theme.widestSwatchLine), colour: series.colour)
        switch series.style {
        case .line:
            canvas.strokePolyline([(x, middle), (x + width, middle)], stroke)
        case .dashedLine:
            stroke.dash = [5, 3]
            canvas.strokePolyline([(x, middle), (x + width, middle)], stroke)
        case .step:
            let half = x + width / 2
            canvas.strokePolyline(
                [(x, middle + 3), (half, middle + 3), (half, middle - 3), (x + width, middle - 3)], stroke
            )
        case .bars:
            let side = Theme.barSwatchSide
            let rect = PlotRect(x: x, y: PixelSnap.edge(middle - side / 2), width: side, height: side)
            canvas.fill(rect, colour: series.colour)
        case .points:
            canvas.fillCircle(centre: (x + width / 2, middle), radius: Theme.pointRadius, colour: series.colour)
        }
    }
}
