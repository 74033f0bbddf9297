/// A single labelled point drawn on top of a panel's data, e.g. "Exercised" at the day and
/// share price of an early exercise.
///
/// Drawn as a ring 4.5 CSS px in radius with a white centre. The label goes beside the ring
/// where it covers the fewest data points, and always inside the plot area.
public struct PointMarker: Sendable, Hashable {
    /// Horizontal position, in the x axis's data units; the axis always reaches it.
    public var x: Double
    /// Vertical position, in the panel's y axis's data units; the axis always reaches it.
    public var y: Double
    /// Text beside the ring; may be empty.
    public var label: String
    /// Colour of the ring and its label.
    public var colour: ChartColour

    /// A ring at (`x`, `y`) in data units labelled `label`, black unless told otherwise.
    public init(x: Double, y: Double, label: String, colour: ChartColour = .black) {
        self.x = x
        self.y = y
        self.label = label
        self.colour = colour
    }
}
