import Foundation

/// Choosing each axis's range and ticks: which values it covers and how many ticks fit.
extension ChartLayout {
    /// The y ticks of `panel` for a plot area `height` CSS px tall.
    ///
    /// Covers the series, bands, histogram bars, reference lines, point markers and the
    /// axis's `includes`; under bars and histograms on a linear axis also zero, which then
    /// stays at the bottom edge when nothing is below it (matplotlib's "sticky" edge). Aims at
    /// one tick per ~42 px (3 to 6 ticks; on a log axis up to one per 28 px), fewer if labels
    /// would crowd.
    static func yTicks(for panel: ChartPanel, height: Double, canvas: CairoCanvas) -> TickSet {
        let isLogarithmic = panel.yAxis.scale == .logarithmic
        var values: [Double] = panel.series.flatMap { $0.points.map(\.y) }
        values += panel.bands.flatMap { $0.lower + $0.upper }
        values += panel.histograms.flatMap(\.heights).filter { !isLogarithmic || $0 > 0 }
        values += panel.referenceLines.map(\.y) + panel.pointMarkers.map(\.y)
        let hasBars = panel.series.contains { $0.style == .bars } || !panel.histograms.isEmpty
        if hasBars, !isLogarithmic { values.append(0) }
        let metrics = canvas.lineMetrics(of: Theme.tickFont)
        let most = min(6, max(3, Int(height / 42) + 1))
        let candidates = tickCandidates(
            axis: panel.yAxis, values: values, sticky: hasBars ? [0] : [], padding: Theme.yPadding,
            targets: Array((2...most).reversed()), maximumCount: isLogarithmic ? max(3, Int(height / 28)) : most
        )
        return firstFitting(candidates) { ticks in
            let map = AxisMap(ticks: ticks, start: height, end: 0)
            let positions = ticks.ticks.map { map($0) }
            return zip(positions, positions.dropFirst()).allSatisfy { $0 - $1 >= metrics.ascent + metrics.descent + 2 }
        }
    }

    /// The shared x ticks of `chart` for plot areas `width` CSS px wide.
    ///
    /// Covers every panel's series (bars by their full width), bands, histogram bins, markers
    /// and the axis's `includes`. Aims at one tick per ~60 px (2 to 7 ticks; on a log axis up
    /// to one per 50 px), fewer until no two labels come closer than `Theme.xLabelSpacing`.
    static func xTicks(for chart: Chart, width: Double, canvas: CairoCanvas) -> TickSet {
        let isLogarithmic = chart.xAxis.scale == .logarithmic
        let fallback = barFallbackSpacing(in: chart)
        let values = chart.panels.flatMap { panel in
            var series = [Double]()
            for line in panel.series {
                guard let half = barHalfWidth(of: line, fallbackSpacing: fallback, isLogarithmic: isLogarithmic) else {
                    series += line.points.lazy.map(\.x)
                    continue
                }
                for point in line.points {
                    let centre = isLogarithmic ? log10(point.x) : point.x
                    series += [centre - half, centre + half].map { isLogarithmic ? pow(10, $0) : $0 }
                }
            }
            let bins: [Double] = panel.histograms.flatMap { [$0.binEdges.first, $0.binEdges.last].compactMap { $0 } }
            let markers: [Double] = panel.verticalMarkers.map(\.x) + panel.pointMarkers.map(\.x)
            return series + panel.bands.flatMap(\.x) + bins + markers
        }
        let most = min(7, max(2, Int(width / 60)))
        let candidates = tickCandidates(
            axis: chart.xAxis, values: values, sticky: [], padding: Theme.xPadding,
            targets: Array((2...most).reversed()), maximumCount: isLogarithmic ? max(2, Int(width / 50)) : most
        )
        return firstFitting(candidates) { labelsFit($0, width: width, canvas: canvas) }
    }

    /// The first of `candidates` that `fits`, else the last (the sparsest).
    private static func firstFitting(_ candidates: [TickSet], fits: (TickSet) -> Bool) -> TickSet {
        candidates.first(where: fits) ?? candidates[candidates.count - 1]
    }

    /// Candidate ticks for `axis` covering `values`, densest first; never empty.
    ///
    /// Linear axes try each target tick count in `targets`; logarithmic and date axes their
    /// own round spacings, with at most `maximumCount` ticks.
    static func tickCandidates(
        axis: Axis, values: [Double], sticky: [Double], padding: Double, targets: [Int], maximumCount: Int
    ) -> [TickSet] {
        if case let .date(year, month, day) = axis.format {
            let scale = NiceScale(covering: values, includes: axis.includes, padding: padding)
            let limit = CivilDate.dayLimit
            let (lower, upper) = (min(max(scale.lower, -limit), limit - 1), min(max(scale.upper, -limit + 1), limit))
            let origin = CivilDate(year: year, month: month, day: day)
            let dates = DateTicks.candidates(
                lower: lower, upper: upper, origin: origin, format: axis.format, maximumCount: targets.first ?? 2
            )
            return dates.isEmpty ? [TickSet(lower: lower, upper: upper, ticks: [], step: 1, format: axis.format)] : dates
        }
        if axis.scale == .logarithmic {
            let range = LogTicks.range(covering: values + axis.includes, padding: padding)
            return LogTicks.candidates(
                lower: range.lower, upper: range.upper, format: axis.format,
                minor: axis.showsMinorTicks, maximumCount: maximumCount
            )
        }
        // A linear scale reads only the least and greatest finite value: hand it those two
        // rather than every point once per target (an every-minute path has 23,000; issue 26).
        let extremes = finiteExtremes(values)
        return targets.map {
            TickSet(
                NiceScale(covering: extremes, includes: axis.includes, targetTickCount: $0, padding: padding, sticky: sticky),
                format: axis.format
            )
        }
    }

    /// The least and the greatest finite value of `values`, each the first of equals (as
    /// `min()` and `max()` pick, which tells −0 from 0), or none when none is finite: what
    /// ``NiceScale/init(covering:includes:targetTickCount:padding:sticky:)`` reads of them, whose
    /// clamping to ±10³⁰⁰ keeps the order.
    static func finiteExtremes(_ values: [Double]) -> [Double] {
        var least: Double?, greatest: Double?
        for value in values where value.isFinite {
            if least.map({ value < $0 }) ?? true { least = value }
            if greatest.map({ $0 < value }) ?? true { greatest = value }
        }
        guard let least, let greatest else { return [] }
        return [least, greatest]
    }

    /// Whether every pair of neighbouring x labels keeps `Theme.xLabelSpacing` apart.
    private static func labelsFit(_ ticks: TickSet, width: Double, canvas: CairoCanvas) -> Bool {
        let map = AxisMap(ticks: ticks, start: 0, end: width)
        let labels = zip(ticks.ticks, ticks.labels).map { (x: map($0), width: canvas.width(of: $1, in: Theme.tickFont)) }
        return zip(labels, labels.dropFirst()).allSatisfy { left, right in
            right.x - left.x >= (left.width + right.width) / 2 + Theme.xLabelSpacing
        }
    }
}
