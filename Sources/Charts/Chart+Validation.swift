/// Checks that a chart can be drawn faithfully, before any drawing starts.
extension Chart {
    /// Throws the first problem found: no panels, an unusable size or weight, a NaN or
    /// infinite value, a non-positive line width or an out-of-range colour.
    func validate() throws(ChartError) {
        func fail(_ reason: ChartError.Reason) -> ChartError {
            ChartError(chartTitle: title, reason: reason)
        }
        let sides = ChartRenderer.minimumWidth...ChartRenderer.maximumSide
        guard sides.contains(width), (ChartRenderer.minimumHeight...ChartRenderer.maximumSide).contains(height)
        else { throw fail(.invalidSize(width: width, height: height)) }
        guard !panels.isEmpty else { throw fail(.noPanels) }
        for value in xAxis.includes where !value.isFinite {
            throw fail(.nonFiniteAxisInclude(axis: xAxis.title, value: value))
        }
        for (index, panel) in panels.enumerated() {
            guard panel.heightWeight.isFinite, panel.heightWeight > 0 else {
                throw fail(.invalidHeightWeight(panel: index, weight: panel.heightWeight))
            }
            for value in panel.yAxis.includes where !value.isFinite {
                throw fail(.nonFiniteAxisInclude(axis: panel.yAxis.title, value: value))
            }
            for line in panel.referenceLines {
                guard line.y.isFinite else { throw fail(.nonFiniteReferenceLine(label: line.label, y: line.y)) }
                guard line.colour.isValid else { throw fail(.invalidColour(owner: "reference line '\(line.label)'")) }
            }
            for series in panel.series {
                try series.validate(chartTitle: title)
            }
        }
    }
}

extension Series {
    func validate(chartTitle: String) throws(ChartError) {
        if let index = points.firstIndex(where: { !$0.x.isFinite || !$0.y.isFinite }) {
            let point = points[index]
            throw ChartError(
                chartTitle: chartTitle,
                reason: .nonFiniteValue(series: name, point: index, x: point.x, y: point.y)
            )
        }
        guard lineWidth.isFinite, lineWidth > 0 else {
            throw ChartError(chartTitle: chartTitle, reason: .invalidLineWidth(series: name, width: lineWidth))
        }
        guard colour.isValid else {
            throw ChartError(chartTitle: chartTitle, reason: .invalidColour(owner: "series '\(name)'"))
        }
    }
}

extension ChartColour {
    /// Whether every component is a finite number in 0...1.
    var isValid: Bool {
        [red, green, blue].allSatisfy { $0.isFinite && (0...1).contains($0) }
    }
}
