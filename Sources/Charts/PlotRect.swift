import Foundation

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

    /// Whether the two rectangles share any area (touching edges do not count).
    func intersects(_ other: PlotRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}

/// Maps data values onto CSS px along one axis: `lower` → `start`, `upper` → `end`, linearly
/// in the value or, on a logarithmic axis, in its log₁₀.
struct AxisMap: Sendable, Hashable {
    /// Axis range in transformed units (the value, or its log₁₀).
    var lower: Double
    var upper: Double
    /// Pixel positions (CSS px) of `lower` and `upper`; `end < start` for a y axis.
    var start: Double
    var end: Double
    var isLogarithmic: Bool

    init(ticks: TickSet, start: Double, end: Double) {
        self.lower = ticks.transformed(ticks.lower)
        self.upper = ticks.transformed(ticks.upper)
        self.start = start
        self.end = end
        self.isLogarithmic = ticks.isLogarithmic
    }

    /// The position in CSS px of `value` (data units).
    func callAsFunction(_ value: Double) -> Double {
        position(ofTransformed: isLogarithmic ? log10(value) : value)
    }

    /// The position in CSS px of a value already in transformed units.
    func position(ofTransformed value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// Pixels (CSS px) per transformed unit (per data unit, or per decade), always positive.
    var pixelsPerUnit: Double { abs(end - start) / (upper - lower) }
}

/// Pixel snapping, so that 1 px lines and bar edges fall on device pixels at 1× and 2×.
enum PixelSnap {
    /// The centre of the CSS pixel containing `value`, for 1 px wide strokes.
    static func line(_ value: Double) -> Double { value.rounded(.down) + 0.5 }
    /// The nearest CSS pixel edge, for filled rectangles.
    static func edge(_ value: Double) -> Double { value.rounded() }
}
