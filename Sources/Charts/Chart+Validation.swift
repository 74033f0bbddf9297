/// Checks that a chart can be drawn faithfully, before any drawing starts.
extension Chart {
    /// Throws the first problem found: no panels, an unusable size, weight or axis, a NaN or
    /// infinite value, a value a logarithmic axis cannot show, mismatched or unordered
    /// arrays, a non-positive line width, or an out-of-range colour or opacity.
    func validate() throws(ChartError) {
        func fail(_ reason: ChartError.Reason) -> ChartError {
            ChartError(chartTitle: title, reason: reason)
        }
        let sides = ChartRenderer.minimumWidth...ChartRenderer.maximumSide
        guard sides.contains(width), (ChartRenderer.minimumHeight...ChartRenderer.maximumSide).contains(height)
        else { throw fail(.invalidSize(width: width, height: height)) }
        guard textScale.isFinite, (0.5...3).contains(textScale) else { throw fail(.invalidTextScale(textScale)) }
        guard !panels.isEmpty else { throw fail(.noPanels) }
        try xAxis.validate(chartTitle: title)
        for (index, panel) in panels.enumerated() {
            guard panel.heightWeight.isFinite, panel.heightWeight > 0 else {
                throw fail(.invalidHeightWeight(panel: index, weight: panel.heightWeight))
            }
            try panel.yAxis.validate(chartTitle: title)
            for line in panel.referenceLines {
                guard line.y.isFinite else { throw fail(.nonFiniteReferenceLine(label: line.label, y: line.y)) }
                guard line.colour.isValid else { throw fail(.invalidColour(owner: "reference line '\(line.label)'")) }
            }
            for marker in panel.verticalMarkers {
                let owner = "vertical marker '\(marker.label)'"
                try ChartError.requireFinite([marker.x], owner: owner, chartTitle: title)
                guard marker.colour.isValid else { throw fail(.invalidColour(owner: owner)) }
            }
            for marker in panel.pointMarkers {
                let owner = "point marker '\(marker.label)'"
                try ChartError.requireFinite([marker.x, marker.y], owner: owner, chartTitle: title)
                guard marker.colour.isValid else { throw fail(.invalidColour(owner: owner)) }
            }
            for series in panel.series {
                try series.validate(chartTitle: title)
            }
            for band in panel.bands {
                try band.validate(chartTitle: title)
            }
            for histogram in panel.histograms {
                try histogram.validate(chartTitle: title)
            }
            try validatePositivity(of: panel)
        }
    }
}

extension Axis {
    /// Throws for a non-finite include, a malformed date origin, or a logarithmic date axis.
    func validate(chartTitle: String) throws(ChartError) {
        for value in includes where !value.isFinite {
            throw ChartError(chartTitle: chartTitle, reason: .nonFiniteAxisInclude(axis: title, value: value))
        }
        guard case let .date(year, month, day) = format else { return }
        guard CivilDate.isValid(year: year, month: month, day: day) else {
            throw ChartError(chartTitle: chartTitle, reason: .invalidDateOrigin(year: year, month: month, day: day))
        }
        guard scale == .linear else {
            throw ChartError(chartTitle: chartTitle, reason: .logarithmicDateAxis(axis: title))
        }
    }
}

extension ChartColour {
    /// Whether every component is a finite number in 0...1.
    var isValid: Bool {
        [red, green, blue].allSatisfy { $0.isFinite && (0...1).contains($0) }
    }
}
