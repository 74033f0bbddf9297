/// Vertical markers: their lines across the plot area and their labels in the strip above it.
extension ChartPainter {
    /// Each marker's line from the bottom of the plot area to its top, then, for a labelled
    /// marker, on up beside its label in the strip.
    func paintVerticalMarkers(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let labels = Dictionary(placed.markerLabels.labels.map { ($0.marker, $0) }) { first, _ in first }
        for (index, marker) in panel.verticalMarkers.enumerated() {
            let x = PixelSnap.line(layout.x(marker.x))
            var top = placed.plot.minY
            if let label = labels[index] {
                top = placed.markerRowBottom(label.row) - placed.markerLabels.rowHeight + 2
            }
            canvas.strokeSegment(from: (x, top), to: (x, placed.plot.maxY), stroke(for: marker))
        }
    }

    /// Each marker's label in its row of the strip, in the marker's colour.
    func paintMarkerLabels(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        let descent = canvas.lineMetrics(of: Theme.referenceFont).descent
        for label in placed.markerLabels.labels {
            let marker = panel.verticalMarkers[label.marker]
            canvas.draw(
                label.text, font: Theme.referenceFont, colour: marker.colour,
                x: label.left, baseline: placed.markerRowBottom(label.row) - descent, anchor: .start
            )
        }
    }

    private func stroke(for marker: VerticalMarker) -> CairoCanvas.Stroke {
        let dash = switch marker.style {
        case .solid: [Double]()
        case .dashed: Theme.markerDash
        case .dotted: Theme.markerDots
        }
        return CairoCanvas.Stroke(width: 1, colour: marker.colour, dash: dash)
    }
}
