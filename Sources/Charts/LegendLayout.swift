/// Legend entries placed left to right in rows that wrap at the plot width, in CSS px.
///
/// The legend sits in the margin above its panel, so it never covers data. A name too long
/// for a whole row is broken between words onto the rows below it, aligned with its first
/// line's text, so a narrow chart (a phone's) shows every word; only a single word wider
/// than a row is cut short with an ellipsis, and every name is cut to one row where the rows
/// it would add leave too little of the plot (``ChartLayout``).
struct LegendLayout: Sendable, Hashable {
    /// One legend entry: its item, the name as shown, and its offset from the legend's
    /// top-left corner.
    struct Entry: Sendable, Hashable {
        var item: LegendItem
        /// The name as shown, one element per row it takes (one unless it wrapped).
        var lines: [String]
        var x: Double
        /// The row of the swatch and the first line.
        var row: Int

        /// The name as shown, its lines joined by spaces.
        var name: String { lines.joined(separator: " ") }
    }

    var entries: [Entry]
    var rowCount: Int
    /// Height of one row: ``Theme/legendRowHeight`` times the canvas's text scale, CSS px.
    var rowHeight: Double

    /// Height of the legend block, CSS px (0 when there is nothing to list).
    var height: Double { Double(rowCount) * rowHeight }

    /// Entries for `items`, measured on `canvas`, wrapped into rows `available` CSS px wide; a
    /// name too long for a row is broken onto more rows when `wrapping`, else cut short.
    init(items: [LegendItem], available: Double, canvas: CairoCanvas, wrapping: Bool = true) {
        var entries: [Entry] = []
        var x = 0.0
        var row = 0
        for item in items {
            let swatch = item.swatch.width + Theme.legendSwatchGap
            let lines = wrapping
                ? Self.lines(of: item.name, width: available - swatch, canvas: canvas)
                : [canvas.fitted(item.name, width: available - swatch, in: Theme.legendFont)]
            let width = swatch + lines.map { canvas.width(of: $0, in: Theme.legendFont) }.max()!
            if x > 0, x + width > available {
                row += 1
                x = 0
            }
            entries.append(Entry(item: item, lines: lines, x: x, row: row))
            x += width + Theme.legendItemGap
            if lines.count > 1 {
                // A wrapped name fills its rows: the next entry starts below it.
                row += lines.count - 1
                x = available
            }
        }
        self.entries = entries
        self.rowCount = items.isEmpty ? 0 : row + 1
        self.rowHeight = Theme.legendRowHeight * canvas.textScale
    }

    /// `name` broken between words into lines no wider than `width` (one line when it fits); a
    /// word wider than `width` alone is cut short with an ellipsis.
    static func lines(of name: String, width: Double, canvas: CairoCanvas) -> [String] {
        guard canvas.width(of: name, in: Theme.legendFont) > width else { return [name] }
        var lines = [String](), line = ""
        for word in name.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if canvas.width(of: candidate, in: Theme.legendFont) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = word
            }
        }
        lines.append(line)
        return lines.map { canvas.fitted($0, width: width, in: Theme.legendFont) }
    }
}
