/// A vertical line across a panel at a fixed x — an expiry date, a mean, a quantile — with its
/// label in a strip just above the plot area.
///
/// Labels sit beside the top of their line, to the right unless that would leave the chart.
/// Labels that would collide are staggered upwards into further rows of the strip, so they
/// never overlap each other, the data or the legend (which sits above the strip). A marker
/// drawn in several panels of one chart usually carries its label in the top one only.
public struct VerticalMarker: Sendable, Hashable {
    /// How the line is stroked.
    public enum LineStyle: Sendable, Hashable {
        /// A continuous line.
        case solid
        /// 4 px on, 3 px off.
        case dashed
        /// 1.5 px dots, 2.5 px apart.
        case dotted
    }

    /// Position of the line, in the x axis's data units; the x axis always reaches it.
    public var x: Double
    /// Text beside the top of the line, e.g. "Mean −$12"; may be empty.
    public var label: String
    /// Colour of the line and its label.
    public var colour: ChartColour
    /// Solid, dashed or dotted.
    public var style: LineStyle

    /// A line at `x` (data units) labelled `label`, grey and dashed unless told otherwise.
    public init(x: Double, label: String, colour: ChartColour = .grey, style: LineStyle = .dashed) {
        self.x = x
        self.label = label
        self.colour = colour
        self.style = style
    }
}
