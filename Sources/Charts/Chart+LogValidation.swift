/// Checks that everything drawn against a logarithmic axis is positive.
extension Chart {
    /// Throws ``ChartError/Reason/nonPositiveOnLogarithmicAxis(owner:index:value:axis:)``
    /// naming the first series, band, histogram, line or marker of `panel` with a zero or
    /// negative value on a logarithmic axis. Empty histogram bins are allowed on a log y axis:
    /// they are simply not drawn.
    func validatePositivity(of panel: ChartPanel) throws(ChartError) {
        if xAxis.scale == .logarithmic {
            try requirePositive(xAxis.includes, owner: "axis '\(xAxis.title)' includes", axis: xAxis)
            for series in panel.series {
                try requirePositive(series.points.map(\.x), owner: "series '\(series.name)'", axis: xAxis)
            }
            for band in panel.bands {
                try requirePositive(band.x, owner: "band '\(band.name)'", axis: xAxis)
            }
            for histogram in panel.histograms {
                try requirePositive(histogram.binEdges, owner: "histogram '\(histogram.name)'", axis: xAxis)
            }
            for marker in panel.verticalMarkers {
                try requirePositive([marker.x], owner: "vertical marker '\(marker.label)'", axis: xAxis)
            }
            for marker in panel.pointMarkers {
                try requirePositive([marker.x], owner: "point marker '\(marker.label)'", axis: xAxis)
            }
        }
        let yAxis = panel.yAxis
        guard yAxis.scale == .logarithmic else { return }
        try requirePositive(yAxis.includes, owner: "axis '\(yAxis.title)' includes", axis: yAxis)
        for series in panel.series {
            try requirePositive(series.points.map(\.y), owner: "series '\(series.name)'", axis: yAxis)
        }
        for band in panel.bands {
            try requirePositive(band.lower, owner: "band '\(band.name)'", axis: yAxis)
            try requirePositive(band.upper, owner: "band '\(band.name)'", axis: yAxis)
        }
        for line in panel.referenceLines {
            try requirePositive([line.y], owner: "reference line '\(line.label)'", axis: yAxis)
        }
        for marker in panel.pointMarkers {
            try requirePositive([marker.y], owner: "point marker '\(marker.label)'", axis: yAxis)
        }
    }

    private func requirePositive(_ values: [Double], owner: String, axis: Axis) throws(ChartError) {
        guard let index = values.firstIndex(where: { $0 <= 0 }) else { return }
        throw ChartError(
            chartTitle: title,
            reason: .nonPositiveOnLogarithmicAxis(owner: owner, index: index, value: values[index], axis: axis.title)
        )
    }
}
