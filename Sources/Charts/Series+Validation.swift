/// Checks of each kind of data a panel draws.
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

extension Band {
    func validate(chartTitle: String) throws(ChartError) {
        func fail(_ reason: ChartError.Reason) -> ChartError { ChartError(chartTitle: chartTitle, reason: reason) }
        let owner = "band '\(name)'"
        guard x.count == lower.count, x.count == upper.count else {
            throw fail(.bandLengthMismatch(band: name, x: x.count, lower: lower.count, upper: upper.count))
        }
        try ChartError.requireFinite(x, lower, upper, owner: owner, chartTitle: chartTitle)
        try ChartError.requireFill(colour: colour, opacity: opacity, owner: owner, chartTitle: chartTitle)
    }
}

extension Histogram {
    func validate(chartTitle: String) throws(ChartError) {
        func fail(_ reason: ChartError.Reason) -> ChartError { ChartError(chartTitle: chartTitle, reason: reason) }
        let owner = "histogram '\(name)'"
        guard binEdges.count == counts.count + 1, !counts.isEmpty else {
            throw fail(.histogramShape(histogram: name, edges: binEdges.count, counts: counts.count))
        }
        try ChartError.requireFinite(binEdges, counts, owner: owner, chartTitle: chartTitle)
        if let index = binEdges.indices.dropFirst().first(where: { binEdges[$0] <= binEdges[$0 - 1] }) {
            throw fail(.binEdgesNotIncreasing(histogram: name, index: index, edge: binEdges[index]))
        }
        if let bin = counts.firstIndex(where: { $0 < 0 }) {
            throw fail(.negativeCount(histogram: name, bin: bin, count: counts[bin]))
        }
        try ChartError.requireFill(colour: colour, opacity: opacity, owner: owner, chartTitle: chartTitle)
    }
}

extension ChartError {
    /// Throws ``Reason/nonFiniteData(owner:index:value:)`` for the first NaN or infinite value,
    /// searching `arrays` in order; `index` counts from 0 in the array that holds it.
    static func requireFinite(_ arrays: [Double]..., owner: String, chartTitle: String) throws(ChartError) {
        for values in arrays {
            if let index = values.firstIndex(where: { !$0.isFinite }) {
                throw ChartError(chartTitle: chartTitle, reason: .nonFiniteData(owner: owner, index: index, value: values[index]))
            }
        }
    }

    /// Throws for what a filled shape (a band, a histogram) is painted with: an opacity that is
    /// not a finite number in 0...1, then a colour component that is not.
    static func requireFill(colour: ChartColour, opacity: Double, owner: String, chartTitle: String) throws(ChartError) {
        guard opacity.isFinite, (0...1).contains(opacity) else {
            throw ChartError(chartTitle: chartTitle, reason: .invalidOpacity(owner: owner, opacity: opacity))
        }
        guard colour.isValid else { throw ChartError(chartTitle: chartTitle, reason: .invalidColour(owner: owner)) }
    }
}
