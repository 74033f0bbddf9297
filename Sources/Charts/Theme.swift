/// The look shared by every chart: fonts, colours and spacing, sizes in CSS px.
///
/// Defaults follow matplotlib's and ggplot2's axes with Tufte's restraint: white ground, light
/// horizontal gridlines, left and bottom spines only, legends above the data, no chart title
/// (the page's caption carries it).
enum Theme {
    static let tickFont = CairoCanvas.Font(size: 12)
    static let titleFont = CairoCanvas.Font(size: 13)
    static let legendFont = CairoCanvas.Font(size: 12)
    static let referenceFont = CairoCanvas.Font(size: 11)
    /// Smallest size an over-long y-axis title shrinks to before it is cut short.
    static let smallestTitleSize = 10.0

    /// Blank space around the whole drawing.
    static let padding = 10.0
    static let tickLength = 4.0
    /// Unlabelled ticks on logarithmic axes.
    static let minorTickLength = 2.0
    /// Between a tick mark and its label.
    static let tickLabelGap = 3.0
    /// Between the tick labels and the axis title.
    static let titleGap = 6.0
    /// Between a panel's legend and its plot area.
    static let legendGap = 10.0
    /// Between a panel's plot area and the next panel's legend.
    static let panelGap = 16.0
    /// Least horizontal space between two x tick labels.
    static let xLabelSpacing = 14.0
    /// Least plot-area side before a chart is declared too small.
    static let minimumPlotSide = 24.0
    /// The least share of a plot area's height a wrapped legend may leave it, against the height
    /// with every legend name on one row: below it the names are cut short instead.
    static let wrappedLegendShare = 0.7

    static let legendRowHeight = 17.0
    /// Rows of the strip holding vertical markers' labels, between legend and plot area.
    static let markerRowHeight = 15.0
    /// Between the marker label strip and the plot area.
    static let markerStripGap = 3.0
    /// Between a vertical marker's line and its label.
    static let markerLabelGap = 3.0
    /// Least horizontal space between two marker labels in one row.
    static let markerLabelSpacing = 8.0
    static let legendItemGap = 18.0
    static let legendSwatchGap = 6.0
    static let lineSwatchWidth = 22.0
    static let barSwatchSide = 10.0
    static let bandSwatchWidth = 16.0
    /// Markers of a `.points` series: 7 CSS px across, as matplotlib's default 6 pt markers.
    static let pointRadius = 3.5
    /// Legend swatches draw lines no thicker than this, whatever the series' width.
    static let widestSwatchLine = 4.0

    /// Ring of a point marker: radius and stroke width.
    static let pointMarkerRadius = 4.5
    static let pointMarkerStroke = 2.0
    /// Between a point marker's ring and its label.
    static let pointLabelOffset = 4.0
    /// Narrowest histogram bar that gets white separators from its neighbours.
    static let narrowestSeparatedBin = 4.0

    /// Bars fill this share of the smallest x spacing.
    static let barWidthFraction = 0.8
    /// Axis padding beyond the data, as a share of the data span (matplotlib's margins).
    static let xPadding = 0.03
    static let yPadding = 0.05

    static let background = ChartColour(255, 255, 255)
    static let text = ChartColour(34, 34, 34)
    static let tickText = ChartColour(68, 68, 68)
    static let spine = ChartColour(102, 102, 102)
    static let grid = ChartColour(229, 229, 229)
    static let zeroLine = ChartColour(68, 68, 68)
    static let referenceDash = [4.0, 3.0]
    static let seriesDash = [6.0, 4.0]
    static let markerDash = [4.0, 3.0]
    static let markerDots = [1.5, 2.5]
}
