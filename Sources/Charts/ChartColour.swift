/// An sRGB colour with components in 0...1; others make rendering throw a ``ChartError``.
public struct ChartColour: Sendable, Hashable {
    /// Red component, 0...1.
    public var red: Double
    /// Green component, 0...1.
    public var green: Double
    /// Blue component, 0...1.
    public var blue: Double

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

extension ChartColour {
    /// A colour from 8-bit components.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.init(red: Double(red) / 255, green: Double(green) / 255, blue: Double(blue) / 255)
    }
}
