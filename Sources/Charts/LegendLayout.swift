/// Legend entries placed left to right in rows that wrap at the plot width, in CSS px.
///
/// The legend sits in the margin above its panel, so it never covers data. A name too long
/// for a whole row is cut short with an ellipsis.
struct LegendLayout: Sendable, Hashable {
    /// One legend entry: its series, the name as shown, and its offset from the legend's
    /// top-left corner.
    struct Entry: Sendable, Hashable {
        var series: Int
        var name: String
        var x: Double
        var row: Int
    }

    var entries: [Entry]
    var rowCount: Int

    /// Height of the legend block, CSS px (0 when there is nothing to list).
    var height: Double { Double(rowCount) * Theme.legendRowHeight }

    /// Entries for `series`, measured on `canvas`, wrapped into rows `available` CSS px wide.
    init(series: [Series], available: Double, canvas: CairoCanvas) {
        var entries: [Entry] = []
        var x = 0.0
        var row = 0
        for (index, item) in series.enumerated() {
            let swatch = Self.swatchWidth(item.style) + Theme.legendSwatchGap
            let name = canvas.fitted(item.name, width: available - swatch, in: Theme.legendFont)
            let width = swatch + canvas.width(of: name, in: Theme.legendFont)
            if x > 0, x + width > available {
                row += 1
                x = 0
            }
            entries.append(Entry(series: index, name: name, x: x, row: row))
            x += width + Theme.legendItemGap
        }
        self.entries = entries
        self.rowCount = series.isEmpty ? 0 : row + 1
    }

    /// The swatch width (CSS px) for a series drawn in `style`.
    static func swatchWidth(_ style: SeriesStyle) -> Double {
        switch style {
        case .line, .dashedLine, .step: Theme.lineSwatchWidth
        case .bars: Theme.barSwatchSide
        case .points: 2 * Theme.pointRadius + 2
        }
    }
}
