/// Why a chart could not be drawn: the one error type of the Charts module.
///
/// The description names the chart and carries the offending value, e.g.
/// "chart 'Hedge': series 'Share price' has a non-finite value at point 12 (y = nan)".
public struct ChartError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What was wrong.
    public enum Reason: Sendable, Hashable {
        /// The chart has no panels to draw.
        case noPanels
        /// Width or height (CSS px) is not finite, or outside the drawable range.
        case invalidSize(width: Double, height: Double)
        /// The margins, legends and labels leave no room for the panels (CSS px available).
        case tooSmallForContent(plotHeight: Double, plotWidth: Double)
        /// A panel's height weight is not a finite positive number.
        case invalidHeightWeight(panel: Int, weight: Double)
        /// A point of a series has a NaN or infinite coordinate (index from 0).
        case nonFiniteValue(series: String, point: Int, x: Double, y: Double)
        /// A series line width (CSS px) is not a finite positive number.
        case invalidLineWidth(series: String, width: Double)
        /// A colour component is not a finite number in 0...1.
        case invalidColour(owner: String)
        /// A reference line's y (data units) is NaN or infinite.
        case nonFiniteReferenceLine(label: String, y: Double)
        /// A value an axis must include is NaN or infinite.
        case nonFiniteAxisInclude(axis: String, value: Double)
        /// The SVG id prefix is not a letter followed by letters, digits, `-` or `_`.
        case invalidIDPrefix(String)
        /// The PNG scale (device pixels per CSS px) is not finite or outside 0.25...8.
        case invalidScale(Double)
        /// The chart's text scale is not finite or outside 0.5...3.
        case invalidTextScale(Double)
        /// Cairo reported an error status (its message).
        case cairo(String)
        /// A value of a band, histogram or marker is NaN or infinite; `owner` names it, e.g.
        /// "band '5–95 %'", and `index` counts from 0 in the offending array.
        case nonFiniteData(owner: String, index: Int, value: Double)
        /// A band's `x`, `lower` and `upper` differ in length.
        case bandLengthMismatch(band: String, x: Int, lower: Int, upper: Int)
        /// A histogram needs exactly one more bin edge than counts.
        case histogramShape(histogram: String, edges: Int, counts: Int)
        /// A histogram's bin edges must increase strictly; `index` is the first edge that does not.
        case binEdgesNotIncreasing(histogram: String, index: Int, edge: Double)
        /// A histogram's count is negative (bin index from 0).
        case negativeCount(histogram: String, bin: Int, count: Double)
        /// A bin width (data units) asked of ``Histogram/init(name:values:colour:binWidth:opacity:normalisation:)``
        /// is not a finite positive number.
        case invalidBinWidth(histogram: String, width: Double)
        /// An opacity is not a finite number in 0...1.
        case invalidOpacity(owner: String, opacity: Double)
        /// A value drawn against a logarithmic axis is zero or negative; `owner` names what
        /// holds it, e.g. "series 'Std of hedge error'", and `index` counts from 0 in it.
        case nonPositiveOnLogarithmicAxis(owner: String, index: Int, value: Double, axis: String)
        /// A date axis cannot also be logarithmic.
        case logarithmicDateAxis(axis: String)
        /// The origin of a date axis is not a calendar date.
        case invalidDateOrigin(year: Int, month: Int, day: Int)
    }

    /// The title of the chart being drawn, empty when not known.
    public var chartTitle: String
    /// What was wrong.
    public var reason: Reason

    /// One line naming the chart and the offending value.
    public var description: String {
        "chart '\(chartTitle)': \(reasonText)"
    }

    private var reasonText: String {
        switch reason {
        case .noPanels:
            "has no panels; give at least one ChartPanel"
        case let .invalidSize(width, height):
            "size must be finite and within \(Int(ChartRenderer.minimumWidth))…"
                + "\(Int(ChartRenderer.maximumSide)) × \(Int(ChartRenderer.minimumHeight))…"
                + "\(Int(ChartRenderer.maximumSide)) CSS px, got \(width) × \(height)"
        case let .tooSmallForContent(plotHeight, plotWidth):
            "too small for its labels and legends: plot area would be "
                + "\(plotWidth) × \(plotHeight) CSS px; enlarge the chart or shorten the names"
        case let .invalidHeightWeight(panel, weight):
            "panel \(panel) height weight must be finite and > 0, got \(weight)"
        case let .nonFiniteValue(series, point, x, y):
            "series '\(series)' has a non-finite value at point \(point) (x = \(x), y = \(y))"
        case let .invalidLineWidth(series, width):
            "series '\(series)' line width must be finite and > 0 CSS px, got \(width)"
        case let .invalidColour(owner):
            "\(owner) has a colour component that is not a finite number in 0…1"
        case let .nonFiniteReferenceLine(label, y):
            "reference line '\(label)' has a non-finite y (\(y))"
        case let .nonFiniteAxisInclude(axis, value):
            "axis '\(axis)' must include a non-finite value (\(value))"
        case let .invalidIDPrefix(prefix):
            "id prefix must be a letter followed by letters, digits, '-' or '_', got '\(prefix)'"
        case let .invalidScale(scale):
            "PNG scale must be finite and within 0.25…8, got \(scale)"
        case let .invalidTextScale(scale):
            "text scale must be finite and within 0.5…3, got \(scale)"
        case let .cairo(message):
            "cairo failed: \(message)"
        case let .nonFiniteData(owner, index, value):
            "\(owner) has a non-finite value at index \(index) (\(value))"
        case let .bandLengthMismatch(band, x, lower, upper):
            "band '\(band)' needs as many lower and upper values as x values, "
                + "got \(x) x, \(lower) lower and \(upper) upper"
        case let .histogramShape(histogram, edges, counts):
            "histogram '\(histogram)' needs one more bin edge than counts, got \(edges) edges for \(counts) counts"
        case let .binEdgesNotIncreasing(histogram, index, edge):
            "histogram '\(histogram)' bin edges must increase strictly, but edge \(index) (\(edge)) does not"
        case let .negativeCount(histogram, bin, count):
            "histogram '\(histogram)' has a negative count in bin \(bin) (\(count))"
        case let .invalidBinWidth(histogram, width):
            "histogram '\(histogram)' bin width must be finite and > 0, got \(width)"
        case let .invalidOpacity(owner, opacity):
            "\(owner) opacity must be finite and within 0…1, got \(opacity)"
        case let .nonPositiveOnLogarithmicAxis(owner, index, value, axis):
            "\(owner) has \(value) at index \(index), but the logarithmic axis '\(axis)' "
                + "shows only positive values; drop the point or use a linear axis"
        case let .logarithmicDateAxis(axis):
            "axis '\(axis)' is a date axis and cannot be logarithmic"
        case let .invalidDateOrigin(year, month, day):
            "date axis origin \(year)-\(month)-\(day) is not a calendar date"
        }
    }
}
