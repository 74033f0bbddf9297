/// A shaded range between a lower and an upper curve over x, e.g. the 5–95 % quantiles of a
/// hedge's P&L across simulated paths.
///
/// Filled with a translucent `colour` and no outline, beneath the panel's lines, and listed in
/// the legend with a filled swatch. Where `lower` exceeds `upper` the fill simply spans the two.
public struct Band: Sendable, Hashable {
    /// How the curves run between the given x values.
    public enum Interpolation: Sendable, Hashable {
        /// Straight segments, like ``SeriesStyle/line``.
        case linear
        /// Each value holds until the next x, like ``SeriesStyle/step``.
        case step
    }

    /// Name shown in the legend, e.g. "5–95 % of paths"; an empty name leaves it out.
    public var name: String
    /// Positions in the x axis's data units, increasing.
    public var x: [Double]
    /// The lower curve at each x, in the y axis's data units.
    public var lower: [Double]
    /// The upper curve at each x, in the y axis's data units.
    public var upper: [Double]
    /// Fill colour; use the colour of the series the band belongs to.
    public var colour: ChartColour
    /// Opacity of the fill, in 0...1 (0.25 by default, so lines and gridlines show through).
    public var opacity: Double
    /// Straight or stepped edges.
    public var interpolation: Interpolation

    /// A band over `x` from `lower` to `upper` (data units; three arrays of one length, or
    /// rendering throws), filled with `colour` at `opacity`.
    public init(
        name: String,
        x: [Double],
        lower: [Double],
        upper: [Double],
        colour: ChartColour,
        opacity: Double = 0.25,
        interpolation: Interpolation = .linear
    ) {
        self.name = name
        self.x = x
        self.lower = lower
        self.upper = upper
        self.colour = colour
        self.opacity = opacity
        self.interpolation = interpolation
    }
}
