/// Draws a laid-out chart on a canvas: grid, data, annotations, axes, titles and legends.
struct ChartPainter {
    let chart: Chart
    let layout: ChartLayout
    let canvas: CairoCanvas

    /// Paints everything, back to front: the order ``ChartPanel`` documents.
    func paint() {
        canvas.paint(Theme.background)
        for (index, panel) in chart.panels.enumerated() {
            let placed = layout.panels[index]
            paintGrid(placed)
            canvas.clipped(to: placed.plot) {
                paintHistograms(panel, in: placed)
                paintBands(panel, in: placed)
            }
            paintReferenceLines(panel, in: placed)
            paintVerticalMarkers(panel, in: placed)
            paintSeries(panel, in: placed)
            paintPointMarkers(panel, in: placed)
            paintReferenceLabels(panel, in: placed)
            paintMarkerLabels(panel, in: placed)
            paintPointLabels(panel, in: placed)
            paintAxes(panel, in: placed, isBottom: index == chart.panels.count - 1)
            paintLegend(panel, in: placed)
        }
        paintXTitle()
    }

    private func paintGrid(_ placed: ChartLayout.Panel) {
        let stroke = CairoCanvas.Stroke(width: 1, colour: Theme.grid)
        for tick in placed.yTicks.ticks {
            let y = PixelSnap.line(placed.y(tick))
            guard y < placed.plot.maxY - 1 else { continue }
            canvas.strokeSegment(from: (placed.plot.minX, y), to: (placed.plot.maxX, y), stroke)
        }
    }

    private func paintAxes(_ panel: ChartPanel, in placed: ChartLayout.Panel, isBottom: Bool) {
        let plot = placed.plot
        let stroke = CairoCanvas.Stroke(width: 1, colour: Theme.spine)
        let left = PixelSnap.line(plot.minX) - 1
        let bottom = PixelSnap.line(plot.maxY)
        canvas.strokeSegment(from: (left, plot.minY), to: (left, bottom + 0.5), stroke)
        canvas.strokeSegment(from: (left - 0.5, bottom), to: (plot.maxX, bottom), stroke)

        let labelMiddle = canvas.digitMiddleToBaseline(in: Theme.tickFont)
        for (tick, label) in zip(placed.yTicks.ticks, placed.yTicks.labels) {
            let y = PixelSnap.line(placed.y(tick))
            canvas.strokeSegment(from: (left - Theme.tickLength, y), to: (left, y), stroke)
            canvas.draw(
                label, font: Theme.tickFont, colour: Theme.tickText,
                x: left - Theme.tickLength - Theme.tickLabelGap, baseline: y + labelMiddle, anchor: .end
            )
        }
        for tick in placed.yTicks.minorTicks {
            let y = PixelSnap.line(placed.y(tick))
            canvas.strokeSegment(from: (left - Theme.minorTickLength, y), to: (left, y), stroke)
        }
        let labelBaseline = bottom + Theme.tickLength + Theme.tickLabelGap + ChartLayout.xLabelTopToBaseline(canvas)
        for (tick, label) in zip(layout.xTicks.ticks, layout.xTicks.labels) {
            let x = PixelSnap.line(layout.x(tick))
            canvas.strokeSegment(from: (x, bottom), to: (x, bottom + Theme.tickLength), stroke)
            guard isBottom else { continue }
            canvas.draw(
                label, font: Theme.tickFont, colour: Theme.tickText, x: x, baseline: labelBaseline, anchor: .middle
            )
        }
        for tick in layout.xTicks.minorTicks {
            let x = PixelSnap.line(layout.x(tick))
            canvas.strokeSegment(from: (x, bottom), to: (x, bottom + Theme.minorTickLength), stroke)
        }
        paintYTitle(panel.yAxis.title, in: plot)
    }

    /// The y-axis title, reading upwards at the left edge; shrunk if longer than the panel is
    /// tall, and cut short with an ellipsis if still too long, so it never reaches a neighbour.
    private func paintYTitle(_ title: String, in plot: PlotRect) {
        guard !title.isEmpty else { return }
        var font = Theme.titleFont
        let width = canvas.width(of: title, in: font)
        if width > plot.height {
            // Whole tenths of a px, rounded down, so the shrunk title fits despite rounding.
            let fitting = (font.size * plot.height / width * 10).rounded(.down) / 10
            font.size = max(Theme.smallestTitleSize, fitting)
        }
        let ascent = canvas.lineMetrics(of: Theme.titleFont).ascent
        canvas.drawVertical(
            canvas.fitted(title, width: plot.height, in: font), font: font, colour: Theme.text,
            baseline: Theme.padding + ascent, centre: plot.minY + plot.height / 2
        )
    }

    /// The x-axis title, centred under the plot area; on a chart too narrow for it (a phone
    /// drawing with larger text) moved left to stay inside the drawing, then shrunk and cut
    /// short as the y title is.
    private func paintXTitle() {
        guard !chart.xAxis.title.isEmpty, let plot = layout.panels.last?.plot else { return }
        let descent = canvas.lineMetrics(of: Theme.titleFont).descent
        let room = chart.width - 2 * Theme.padding
        var font = Theme.titleFont
        let width = canvas.width(of: chart.xAxis.title, in: font)
        if width > room {
            font.size = max(Theme.smallestTitleSize, (font.size * room / width * 10).rounded(.down) / 10)
        }
        let title = canvas.fitted(chart.xAxis.title, width: room, in: font)
        let half = canvas.width(of: title, in: font) / 2
        let centre = min(max(plot.minX + plot.width / 2, Theme.padding + half), chart.width - Theme.padding - half)
        canvas.draw(
            title, font: font, colour: Theme.text,
            x: centre, baseline: chart.height - Theme.padding - descent, anchor: .middle
        )
    }
}
