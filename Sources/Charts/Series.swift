/// How a series is drawn.
public enum SeriesStyle: Sendable, Hashable {
    /// Straight segments between points.
    case line
    /// Dashed straight segments.
    case dashedLine
    /// Horizontal then vertical segments: the value holds until the next point.
    case step
    /// A bar from zero to each point's y, centred on its x; width from the point spacing.
    /// On a logarithmic y axis bars rise from the bottom of the plot area.
    case bars
    /// A marker at each point.
    case points
}

/// One named series of (x, y) points in data units.
public struct Series: Sendable, Hashable {
    /// Name shown in the legend; an empty name leaves the series out of it.
    public var name: String
    /// Points in data units, in increasing x for lines and steps (drawn in the given order).
    public var points: [Point]
    /// Colour; the same series has the same colour in every chart.
    public var colour: ChartColour
    /// How the points are drawn.
    public var style: SeriesStyle
    /// Line width in CSS pixels (ignored for bars).
    public var lineWidth: Double

    /// A series of `points` (data units) drawn in `colour` and `style`, lines `lineWidth` CSS px.
    public init(
        name: String,
        points: [Point],
        colour: ChartColour,
        style: SeriesStyle = .line,
        lineWidth: Double = 1.75
    ) {
        self.name = name
        self.points = points
        self.colour = colour
        self.style = style
        self.lineWidth = lineWidth
    }

    /// A series from parallel arrays of x and y values.
    public init(
        name: String,
        x: [Double],
        y: [Double],
        colour: ChartColour,
        style: SeriesStyle = .line,
        lineWidth: Double = 1.75
    ) {
        precondition(x.count == y.count, "x and y must have the same length")
        self.init(
            name: name,
            points: zip(x, y).map { Point(x: $0, y: $1) },
            colour: colour,
            style: style,
            lineWidth: lineWidth
        )
    }
}

/// A point in data units.
public struct Point: Sendable, Hashable {
    /// Horizontal coordinate, in the x axis's data units.
    public var x: Double
    /// Vertical coordinate, in the panel's y axis's data units.
    public var y: Double

    /// The point (`x`, `y`) in data units.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
