/// Where the labels of a panel's vertical markers go: rows of a strip above the plot area,
/// between it and the legend, in CSS px.
///
/// Each label hangs beside the top of its line like a flag: to the right of the line, or to
/// its left when it would otherwise run past the right edge or over the line of a label that
/// already hangs left. A line rises through the rows below its label, so a label must sit
/// above every line its flag spans; labels are placed in that order — right-hanging ones right
/// to left, then left-hanging ones left to right — each in the lowest row where it overlaps no
/// other label and its line crosses none. Row 0 is nearest the plot.
struct MarkerLabelLayout: Sendable, Hashable {
    /// One placed label.
    struct Label: Sendable, Hashable {
        /// Index of the marker in the panel's `verticalMarkers`.
        var marker: Int
        /// The text as shown, cut short with "…" if wider than the strip.
        var text: String
        /// The marker line's position, CSS px.
        var lineX: Double
        /// Left edge and width of the text, CSS px.
        var left: Double
        var width: Double
        /// 0 nearest the plot area, counting upwards.
        var row: Int

        var right: Double { left + width }
    }

    var labels: [Label]
    var rowCount: Int
    /// Height of one row: ``Theme/markerRowHeight`` times the canvas's text scale, CSS px.
    var rowHeight = Theme.markerRowHeight

    /// Height of the strip's rows, CSS px (0 when no marker has a label).
    var height: Double { Double(rowCount) * rowHeight }

    /// The labels of `markers`, lines at `x`, measured on `canvas`, kept within `minX...maxX`.
    init(markers: [VerticalMarker], x: AxisMap, minX: Double, maxX: Double, canvas: CairoCanvas) {
        let font = Theme.referenceFont
        let labels = markers.enumerated().filter { !$0.element.label.isEmpty }.map { index, marker in
            let text = canvas.fitted(marker.label, width: maxX - minX, in: font)
            return Label(
                marker: index, text: text, lineX: PixelSnap.line(x(marker.x)), left: 0,
                width: canvas.width(of: text, in: font), row: 0
            )
        }
        self.init(labels: labels, minX: minX, maxX: maxX)
        rowHeight = Theme.markerRowHeight * canvas.textScale
    }

    /// Places `labels` (their `lineX`, `text` and `width` set) within `minX...maxX`.
    init(labels unplaced: [Label], minX: Double, maxX: Double) {
        let gap = Theme.markerLabelGap
        var hangingRight: [Label] = []
        var hangingLeft: [Label] = []
        for var label in unplaced.sorted(by: { ($0.lineX, $0.marker) > ($1.lineX, $1.marker) }) {
            label.left = label.lineX + gap
            let spansLeftLine = hangingLeft.contains { Self.covers(label, $0.lineX) }
            if label.right > maxX || spansLeftLine, label.lineX - gap - label.width >= minX {
                label.left = label.lineX - gap - label.width
                hangingLeft.append(label)
            } else {
                label.left = min(max(label.left, minX), maxX - label.width)
                hangingRight.append(label)
            }
        }
        var placed: [Label] = []
        for var label in hangingRight + hangingLeft.reversed() {
            label.row = Self.lowestRow(for: label, among: placed)
            placed.append(label)
        }
        self.labels = placed.sorted { $0.marker < $1.marker }
        self.rowCount = (placed.map(\.row).max() ?? -1) + 1
    }

    /// Whether `label`, with 2 px to spare on each side, spans the line at `x`.
    private static func covers(_ label: Label, _ x: Double) -> Bool {
        label.left - 2 <= x && x <= label.right + 2
    }

    /// The lowest row where `label` overlaps no placed label, sits above every placed line its
    /// flag spans, and its line crosses no placed label below it; failing that (only when a
    /// label is wider than the room on both sides of its line), the lowest free of overlaps.
    private static func lowestRow(for label: Label, among placed: [Label]) -> Int {
        let spacing = Theme.markerLabelSpacing
        func overlaps(_ row: Int) -> Bool {
            placed.contains { $0.row == row && $0.left < label.right + spacing && label.left < $0.right + spacing }
        }
        func spansRisingLine(_ row: Int) -> Bool {
            placed.contains { $0.row >= row && covers(label, $0.lineX) }
        }
        func lineCrossesLowerLabel(_ row: Int) -> Bool {
            placed.contains { $0.row < row && covers($0, label.lineX) }
        }
        let top = (placed.map(\.row).max() ?? -1) + 1
        return (0...top).first { !overlaps($0) && !spansRisingLine($0) && !lineCrossesLowerLabel($0) }
            ?? (0...top).first { !overlaps($0) }
            ?? top
    }
}
