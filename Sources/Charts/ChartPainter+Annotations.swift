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

    /// Each reference line's label at the end of its line and on the side of it the data
    /// crosses least (``ReferenceLabelPlacement``), on a translucent white ground so it stays
    /// legible over whatever data it still covers.
    func paintReferenceLabels(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let obstacles = dataObstacles(panel, in: placed)
        for line in panel.referenceLines where !line.label.isEmpty {
            let (ground, baseline) = referenceLabelBox(line, in: placed, avoiding: obstacles)
            canvas.fill(ground, colour: Theme.background, alpha: 0.8)
            canvas.draw(
                line.label, font: Theme.referenceFont, colour: line.colour,
                x: ground.maxX - 2, baseline: baseline, anchor: .end
            )
        }
    }

    /// The white ground behind a reference line's label and the label's baseline, CSS px: just
    /// above the line (below it when too near the top) at the right end, or wherever among the
    /// ends and sides `obstacles` cover it least.
    func referenceLabelBox(
        _ line: ReferenceLine, in placed: ChartLayout.Panel, avoiding obstacles: [PointLabelPlacement.Obstacle]
    ) -> (ground: PlotRect, baseline: Double) {
        let font = Theme.referenceFont
        let metrics = canvas.lineMetrics(of: font)
        let digitHeight = 2 * canvas.digitMiddleToBaseline(in: font)
        let y = PixelSnap.line(placed.y(line.y))
        let width = canvas.width(of: line.label, in: font)
        let (ground, above) = ReferenceLabelPlacement.place(
            size: (width + 4, digitHeight + metrics.descent + 1), lineY: y, gap: (above: 4, below: 3),
            aboveFits: y - 3 - digitHeight >= placed.plot.minY, plot: placed.plot, obstacles: obstacles
        )
        let baseline = above ? y - 4 - metrics.descent : y + 4 + digitHeight
        return (ground, baseline)
    }

    /// One entry per legend item, in rows above the plot area: a swatch drawn like what it
    /// names, then its name.
    func paintLegend(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let top = placed.plot.minY - Theme.legendGap - placed.legend.height
            - (placed.markerLabels.rowCount > 0 ? placed.markerLabels.height + Theme.markerStripGap : 0)
        let middleToBaseline = canvas.digitMiddleToBaseline(in: Theme.legendFont)
        for entry in placed.legend.entries {
            let x = placed.plot.minX + entry.x
            let middle = top + (Double(entry.row) + 0.5) * placed.legend.rowHeight
            paintSwatch(for: entry.item, x: x, middle: middle)
            for (k, line) in entry.lines.enumerated() {
                canvas.draw(
                    line, font: Theme.legendFont, colour: Theme.text,
                    x: x + entry.item.swatch.width + Theme.legendSwatchGap,
                    baseline: middle + Double(k) * placed.legend.rowHeight + middleToBaseline, anchor: .start
                )
            }
        }
    }

    private func paintSwatch(for item: LegendItem, x: Double, middle: Double) {
        let width = item.swatch.width
        func stroke(_ lineWidth: Double) -> CairoCanvas.Stroke {
            CairoCanvas.Stroke(width: min(lineWidth, Theme.widestSwatchLine), colour: item.colour)
        }
        switch item.swatch {
        case let .line(lineWidth):
            canvas.strokePolyline([(x, middle), (x + width, middle)], stroke(lineWidth))
        case let .dashedLine(lineWidth):
            var dashed = stroke(lineWidth)
            dashed.dash = [5, 3]
            canvas.strokePolyline([(x, middle), (x + width, middle)], dashed)
        case let .step(lineWidth):
            let half = x + width / 2
            canvas.strokePolyline(
                [(x, middle + 3), (half, middle + 3), (half, middle - 3), (x + width, middle - 3)], stroke(lineWidth)
            )
        case let .square(opacity):
            let side = Theme.barSwatchSide
            let rect = PlotRect(x: x, y: PixelSnap.edge(middle - side / 2), width: side, height: side)
            canvas.fill(rect, colour: item.colour, alpha: opacity)
        case .dot:
            canvas.fillCircle(centre: (x + width / 2, middle), radius: Theme.pointRadius, colour: item.colour)
        case let .band(opacity):
            let side = Theme.barSwatchSide
            let rect = PlotRect(x: x, y: PixelSnap.edge(middle - side / 2), width: width, height: side)
            canvas.fill(rect, colour: item.colour, alpha: opacity)
        }
    }
}
