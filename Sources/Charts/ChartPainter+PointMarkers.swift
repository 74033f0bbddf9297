/// Point markers: a ring on top of the data and a label beside it.
extension ChartPainter {
    /// Each marker as a white disc in a coloured ring, so the data beneath reads as marked.
    func paintPointMarkers(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        for marker in panel.pointMarkers {
            let centre = (x: layout.x(marker.x), y: placed.y(marker.y))
            let stroke = CairoCanvas.Stroke(width: Theme.pointMarkerStroke, colour: marker.colour)
            canvas.fillCircle(centre: centre, radius: Theme.pointMarkerRadius, colour: Theme.background)
            canvas.strokeCircle(centre: centre, radius: Theme.pointMarkerRadius, stroke)
        }
    }

    /// Each marker's label on a translucent white ground, where it covers the least data.
    func paintPointLabels(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let font = Theme.referenceFont
        let metrics = canvas.lineMetrics(of: font)
        let digitHeight = 2 * canvas.digitMiddleToBaseline(in: font)
        var obstacles = self.obstacles(panel, in: placed)
        for marker in panel.pointMarkers where !marker.label.isEmpty {
            let text = canvas.fitted(marker.label, width: placed.plot.width - 8, in: font)
            let size = (width: canvas.width(of: text, in: font) + 4, height: digitHeight + metrics.descent + 3)
            let box = PointLabelPlacement.place(
                size: size, centre: (layout.x(marker.x), placed.y(marker.y)),
                radius: Theme.pointMarkerRadius + Theme.pointMarkerStroke / 2, plot: placed.plot, obstacles: obstacles
            )
            canvas.fill(box, colour: Theme.background, alpha: 0.8)
            canvas.draw(
                text, font: font, colour: marker.colour,
                x: box.minX + 2, baseline: box.maxY - metrics.descent - 1, anchor: .start
            )
            obstacles.append(.init(rect: box, weight: 1_000))
        }
    }

    /// What a point label should avoid: the data and the markers (``dataObstacles``) and the
    /// reference labels.
    private func obstacles(_ panel: ChartPanel, in placed: ChartLayout.Panel) -> [PointLabelPlacement.Obstacle] {
        let data = dataObstacles(panel, in: placed)
        var obstacles = data
        for line in panel.referenceLines where !line.label.isEmpty {
            obstacles.append(.init(rect: referenceLabelBox(line, in: placed, avoiding: data).ground, weight: 1_000))
        }
        return obstacles
    }

    /// What a label should not cover: series lines sampled every 4 CSS px, points, bars,
    /// histogram bars, vertical marker lines and point markers.
    func dataObstacles(_ panel: ChartPanel, in placed: ChartLayout.Panel) -> [PointLabelPlacement.Obstacle] {
        var obstacles: [PointLabelPlacement.Obstacle] = []
        func dot(_ x: Double, _ y: Double, _ half: Double, weight: Double = 1) {
            obstacles.append(.init(rect: PlotRect(x: x - half, y: y - half, width: 2 * half, height: 2 * half), weight: weight))
        }
        for series in panel.series {
            var points = series.points.map { (x: layout.x($0.x), y: placed.y($0.y)) }
            switch series.style {
            case .points, .bars:
                points.forEach { dot($0.x, $0.y, 3, weight: 3) }
                continue
            case .step:
                points = Self.stepped(points)
            case .line, .dashedLine:
                break
            }
            for (start, end) in zip(points, points.dropFirst()) {
                let length = max(abs(end.x - start.x), abs(end.y - start.y))
                let steps = max(1, Int(length / 4))
                for step in 0...steps {
                    let t = Double(step) / Double(steps)
                    dot(start.x + t * (end.x - start.x), start.y + t * (end.y - start.y), series.lineWidth / 2 + 1)
                }
            }
        }
        for histogram in panel.histograms {
            for bar in ChartLayout.histogramBars(histogram, x: layout.x, y: placed.y, plot: placed.plot) {
                obstacles.append(.init(rect: bar, weight: 3))
            }
        }
        for marker in panel.verticalMarkers {
            let x = layout.x(marker.x)
            obstacles.append(.init(rect: PlotRect(x: x - 1, y: placed.plot.minY, width: 2, height: placed.plot.height), weight: 2))
        }
        for marker in panel.pointMarkers {
            dot(layout.x(marker.x), placed.y(marker.y), Theme.pointMarkerRadius + 1, weight: 1_000)
        }
        return obstacles
    }
}
