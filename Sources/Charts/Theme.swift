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

    static let legendRowHeight = 17.0
    static let legendItemGap = 18.0
    static let legendSwatchGap = 6.0
    static let lineSwatchWidth = 22.0
    static let barSwatchSide = 10.0
    static let pointRadius = 2.75
    /// Legend swatches draw lines no thicker than this, whatever the series' width.
    static let widestSwatchLine = 4.0

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
}
