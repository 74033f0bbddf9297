/// Legend entries placed left to right in rows that wrap at the plot width, in CSS px.
///
/// The legend sits in the margin above its panel, so it never covers data. A name too long
/// for a whole row is cut short with an ellipsis.
struct LegendLayout: Sendable, Hashable {
    /// One legend entry: its item, the name as shown, and its offset from the legend's
    /// top-left corner.
    struct Entry: Sendable, Hashable {
        var item: LegendItem
        var name: String
        var x: Double
        var row: Int
    }

    var entries: [Entry]
    var rowCount: Int
    /// Height of one row: ``Theme/legendRowHeight`` times the canvas's text scale, CSS px.
    var rowHeight: Double

    /// Height of the legend block, CSS px (0 when there is nothing to list).
    var height: Double { Double(rowCount) * rowHeight }

    /// Entries for `items`, measured on `canvas`, wrapped into rows `available` CSS px wide.
    init(items: [LegendItem], available: Double, canvas: CairoCanvas) {
        var entries: [Entry] = []
        var x = 0.0
        var row = 0
        for item in items {
            let swatch = item.swatch.width + Theme.legendSwatchGap
            let name = canvas.fitted(item.name, width: available - swatch, in: Theme.legendFont)
            let width = swatch + canvas.width(of: name, in: Theme.legendFont)
            if x > 0, x + width > available {
                row += 1
                x = 0
            }
            entries.append(Entry(item: item, name: name, x: x, row: row))
            x += width + Theme.legendItemGap
        }
        self.entries = entries
        self.rowCount = items.isEmpty ? 0 : row + 1
        self.rowHeight = Theme.legendRowHeight * canvas.textScale
    }
}
