/// An axis-aligned rectangle in CSS px, y growing downwards as in SVG and Cairo.
struct PlotRect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x }
    var maxX: Double { x + width }
    var minY: Double { y }
    var maxY: Double { y + height }
}

/// Maps data values onto CSS px along one axis: `lower` → `start`, `upper` → `end`.
struct AxisMap: Sendable, Hashable {
    /// Axis range in data units.
    var lower: Double
    var upper: Double
    /// Pixel positions (CSS px) of `lower` and `upper`; `end < start` for a y axis.
    var start: Double
    var end: Double

    init(scale: NiceScale, start: Double, end: Double) {
        self.lower = scale.lower
        self.upper = scale.upper
        self.start = start
        self.end = end
    }

    /// The position in CSS px of `value` (data units).
    func callAsFunction(_ value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// Pixels (CSS px) per data unit, always positive.
    var pixelsPerUnit: Double { abs(end - start) / (upper - lower) }
}

/// Pixel snapping, so that 1 px lines and bar edges fall on device pixels at 1× and 2×.
enum PixelSnap {
    /// The centre of the CSS pixel containing `value`, for 1 px wide strokes.
    static func line(_ value: Double) -> Double { value.rounded(.down) + 0.5 }
    /// The nearest CSS pixel edge, for filled rectangles.
    static func edge(_ value: Double) -> Double { value.rounded() }
}
