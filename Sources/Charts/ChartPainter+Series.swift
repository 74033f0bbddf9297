/// Drawing the data series of a panel, clipped to its plot area.
extension ChartPainter {
    func paintSeries(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        canvas.clipped(to: placed.plot) {
            for series in panel.series {
                paint(series, in: placed)
            }
        }
        let hasBars = panel.series.contains { $0.style == .bars } || !panel.histograms.isEmpty
        if hasBars, !placed.y.isLogarithmic {
            paintZeroBaseline(in: placed)
        }
    }

    /// Draws `series`, reduced to what the plot's pixels can show (``PixelDecimation``).
    private func paint(_ series: Series, in placed: ChartLayout.Panel) {
        let points = series.points.map { (x: layout.x($0.x), y: placed.y($0.y)) }
        let columns = PixelDecimation.columns(width: placed.plot.width)
        let stroke = CairoCanvas.Stroke(width: series.lineWidth, colour: series.colour)
        switch series.style {
        case .line:
            canvas.strokePolyline(PixelDecimation.polyline(points, columns: columns), stroke)
        case .dashedLine:
            var dashed = stroke
            dashed.dash = Theme.seriesDash.map { $0 * max(1, series.lineWidth / 1.75) }
            canvas.strokePolyline(PixelDecimation.polyline(points, columns: columns), dashed)
        case .step:
            canvas.strokePolyline(PixelDecimation.polyline(ChartPainter.stepped(points), columns: columns), stroke)
        case .points:
            for point in PixelDecimation.markers(points, columns: columns) {
                canvas.fillCircle(centre: point, radius: Theme.pointRadius, colour: series.colour)
            }
        case .bars:
            paintBars(series, in: placed)
        }
    }

    /// The value holds until the next point: across at the old y, then up or down.
    static func stepped(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        guard let first = points.first else { return [] }
        var path = [first]
        for point in points.dropFirst() {
            path.append((point.x, path[path.count - 1].y))
            path.append(point)
        }
        return path
    }

    /// Signed bars from zero (from the bottom edge on a log y axis), 80 % of the smallest x
    /// spacing wide (at least 1 CSS px), edges on whole CSS px.
    private func paintBars(_ series: Series, in placed: ChartLayout.Panel) {
        let halfWidth = ChartLayout.barHalfWidth(
            of: series, fallbackSpacing: layout.barFallbackSpacing, isLogarithmic: layout.x.isLogarithmic
        ) ?? 0
        let halfPixels = halfWidth * layout.x.pixelsPerUnit
        let base = PixelSnap.edge(placed.y.isLogarithmic ? placed.plot.maxY : placed.y(0))
        let columns = PixelDecimation.columns(width: placed.plot.width)
        for point in PixelDecimation.bars(series.points, x: { layout.x($0) }, columns: columns) {
            let centre = layout.x(point.x)
            let left = PixelSnap.edge(centre - halfPixels)
            let right = max(PixelSnap.edge(centre + halfPixels), left + 1)
            let top = PixelSnap.edge(placed.y(point.y))
            guard top != base else { continue }
            let rect = PlotRect(x: left, y: min(top, base), width: right - left, height: abs(top - base))
            canvas.fill(rect, colour: series.colour)
        }
    }

    private func paintZeroBaseline(in placed: ChartLayout.Panel) {
        let zero = placed.y(0)
        // At the bottom edge the spine already draws it.
        guard zero >= placed.plot.minY, zero < placed.plot.maxY - 1 else { return }
        let y = PixelSnap.edge(zero) - 0.5
        canvas.strokeSegment(
            from: (placed.plot.minX, y), to: (placed.plot.maxX, y),
            CairoCanvas.Stroke(width: 1, colour: Theme.zeroLine)
        )
    }
}
