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
