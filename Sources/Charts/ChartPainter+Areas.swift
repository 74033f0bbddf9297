/// Filled areas beneath a panel's lines: histograms and shaded bands, drawn inside the clip.
extension ChartPainter {
    /// Each histogram's bins as adjacent bars, separated by 1 CSS px white lines where bars are
    /// wide enough to spare them (matplotlib's and seaborn's look), so bins stay countable.
    func paintHistograms(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        for histogram in panel.histograms {
            let bars = ChartLayout.histogramBars(histogram, x: layout.x, y: placed.y, plot: placed.plot)
            for bar in bars where bar.height > 0 {
                canvas.fill(bar, colour: histogram.colour, alpha: histogram.opacity)
            }
            guard bars.count > 1, bars.allSatisfy({ $0.width >= Theme.narrowestSeparatedBin }) else { continue }
            for (left, right) in zip(bars, bars.dropFirst()) {
                let top = min(left.minY, right.minY)
                let base = max(left.maxY, right.maxY)
                guard base > top else { continue }
                let separator = PlotRect(x: right.minX - 0.5, y: top, width: 1, height: base - top)
                canvas.fill(separator, colour: Theme.background)
            }
        }
    }

    /// Each band as one translucent polygon: along the upper curve, back along the lower.
    func paintBands(_ panel: ChartPanel, in placed: ChartLayout.Panel) {
        for band in panel.bands where !band.x.isEmpty {
            var upper = zip(band.x, band.upper).map { (x: layout.x($0), y: placed.y($1)) }
            var lower = zip(band.x, band.lower).map { (x: layout.x($0), y: placed.y($1)) }
            if band.interpolation == .step {
                upper = Self.stepped(upper)
                lower = Self.stepped(lower)
            }
            let columns = PixelDecimation.columns(width: placed.plot.width)
            upper = PixelDecimation.polyline(upper, columns: columns)
            lower = PixelDecimation.polyline(lower, columns: columns)
            canvas.fillPolygon(upper + lower.reversed(), colour: band.colour, alpha: band.opacity)
        }
    }
}
