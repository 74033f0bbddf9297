/// A chart to draw: one or more panels stacked vertically that share one x axis.
///
/// Charts knows nothing of options or hedges: the report stage translates its results into
/// these plain values, and ``ChartRenderer`` draws them with Cairo. Coordinates are in data
/// units; sizes are in CSS pixels.
public struct Chart: Sendable, Hashable {
    /// Short title, also the SVG `<title>` read by screen readers.
    public var title: String
    /// One or two sentences on what the chart shows, the SVG `<desc>`.
    public var summary: String
    /// The shared horizontal axis.
    public var xAxis: Axis
    /// Panels from top to bottom; each has its own y axis.
    public var panels: [ChartPanel]
    /// Width of the drawing in CSS pixels.
    public var width: Double
    /// Height of the drawing in CSS pixels, shared among the panels by their weights.
    public var height: Double

    /// A chart of `panels` sharing `xAxis`, `width` × `height` CSS px (760 × 380 by default).
    public init(
        title: String,
        summary: String,
        xAxis: Axis,
        panels: [ChartPanel],
        width: Double = 760,
        height: Double = 380
    ) {
        self.title = title
        self.summary = summary
        self.xAxis = xAxis
        self.panels = panels
        self.width = width
        self.height = height
    }
}

/// One plotting area with its own y axis, series and horizontal reference lines.
public struct ChartPanel: Sendable, Hashable {
    /// The vertical axis.
    public var yAxis: Axis
    /// Series drawn in order (later ones on top), each listed in the legend.
    public var series: [Series]
    /// Horizontal lines at fixed y values (a strike, zero), labelled at the right edge.
    public var referenceLines: [ReferenceLine]
    /// Share of the chart's height relative to the other panels (1 by default).
    public var heightWeight: Double

    /// A panel drawing `series` against `yAxis`, `heightWeight` times as tall as a panel of
    /// weight 1.
    public init(
        yAxis: Axis,
        series: [Series],
        referenceLines: [ReferenceLine] = [],
        heightWeight: Double = 1
    ) {
        self.yAxis = yAxis
        self.series = series
        self.referenceLines = referenceLines
        self.heightWeight = heightWeight
    }
}

/// An axis: its title (with units) and how its tick labels are written.
public struct Axis: Sendable, Hashable {
    /// Title shown beside the axis, units included, e.g. "Share price (USD)".
    public var title: String
    /// How tick values are written.
    public var format: TickFormat
    /// Values the axis must include even when no data reaches them (e.g. 0 for P&L).
    public var includes: [Double]

    /// An axis titled `title` (units included), ticks written per `format`, reaching every
    /// value of `includes` (data units).
    public init(title: String, format: TickFormat = .number, includes: [Double] = []) {
        self.title = title
        self.format = format
        self.includes = includes
    }
}

/// How a tick value is written.
public enum TickFormat: Sendable, Hashable {
    /// Plain number with as many decimals as the tick step needs, thousands separated.
    case number
    /// US dollars: `$1,250`, `−$40`, with as many decimals as the tick step needs.
    case currency
    /// A fraction shown as a percentage: 0.25 → `25%`.
    case percent
}

/// How a series is drawn.
public enum SeriesStyle: Sendable, Hashable {
    /// Straight segments between points.
    case line
    /// Dashed straight segments.
    case dashedLine
    /// Horizontal then vertical segments: the value holds until the next point.
    case step
    /// A bar from zero to each point's y, centred on its x; width from the point spacing.
    case bars
    /// A marker at each point.
    case points
}

/// One named series of (x, y) points in data units.
public struct Series: Sendable, Hashable {
    /// Name shown in the legend.
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

/// A horizontal line across a panel at a fixed y, with a label at its right end.
public struct ReferenceLine: Sendable, Hashable {
    /// Height of the line, in the panel's y data units; the y axis always reaches it.
    public var y: Double
    /// Text drawn right-aligned just above the line (below it near the top); may be empty.
    public var label: String
    /// Colour of the dashed line and its label.
    public var colour: ChartColour

    /// A dashed line at `y` (data units) labelled `label`, grey unless told otherwise.
    public init(y: Double, label: String, colour: ChartColour = .grey) {
        self.y = y
        self.label = label
        self.colour = colour
    }
}

/// An sRGB colour with components in 0...1.
public struct ChartColour: Sendable, Hashable {
    /// Red component, 0...1.
    public var red: Double
    /// Green component, 0...1.
    public var green: Double
    /// Blue component, 0...1.
    public var blue: Double

    /// A colour from components in 0...1; others make rendering throw a ``ChartError``.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from 8-bit components.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.init(red: Double(red) / 255, green: Double(green) / 255, blue: Double(blue) / 255)
    }

    // The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): distinguishable
    // under the common forms of colour blindness.
    /// Okabe–Ito black, #000000.
    public static let black = ChartColour(0, 0, 0)
    /// Okabe–Ito orange, #E69F00.
    public static let orange = ChartColour(230, 159, 0)
    /// Okabe–Ito sky blue, #56B4E9.
    public static let skyBlue = ChartColour(86, 180, 233)
    /// Okabe–Ito bluish green, #009E73.
    public static let bluishGreen = ChartColour(0, 158, 115)
    /// Okabe–Ito yellow, #F0E442 (too light for thin lines on white; use for fills).
    public static let yellow = ChartColour(240, 228, 66)
    /// Okabe–Ito blue, #0072B2.
    public static let blue = ChartColour(0, 114, 178)
    /// Okabe–Ito vermillion, #D55E00.
    public static let vermillion = ChartColour(213, 94, 0)
    /// Okabe–Ito reddish purple, #CC79A7.
    public static let reddishPurple = ChartColour(204, 121, 167)
    /// Neutral grey for reference lines and annotations.
    public static let grey = ChartColour(120, 120, 120)
}
