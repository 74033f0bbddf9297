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
    /// How much larger than ``Theme``'s sizes the text is drawn (1 by default): with 1.2, tick
    /// labels of 12 px are drawn at 14.4 px, and the rows of legends and marker labels grow
    /// with them. A narrow variant of a chart for phones uses it, so its labels stay legible
    /// when the page shows the drawing at about its own width.
    public var textScale: Double = 1

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

/// One plotting area with its own y axis, its data and its annotations.
///
/// Drawn back to front: histograms, bands, horizontal reference lines, vertical markers,
/// series in the given order, point markers, then every label on top. A fitted density is a
/// line ``Series`` over a ``Histogram``; a median path a line over its ``Band``. The legend lists histograms, then bands, then series, each in the given order;
/// anything with an empty name is drawn but left out of the legend.
public struct ChartPanel: Sendable, Hashable {
    /// The vertical axis.
    public var yAxis: Axis
    /// Lines, steps, bars and points, drawn in order (later ones on top).
    public var series: [Series]
    /// Shaded ranges between two curves (e.g. the 5–95 % quantiles of P&L across paths).
    public var bands: [Band]
    /// Frequency distributions drawn as adjacent bars.
    public var histograms: [Histogram]
    /// Horizontal lines at fixed y values (a strike, zero), labelled at the right edge.
    public var referenceLines: [ReferenceLine]
    /// Vertical lines at fixed x values (expiry, mean, quantiles), labelled above the plot area.
    public var verticalMarkers: [VerticalMarker]
    /// Labelled single points (an early exercise), drawn on top of everything.
    public var pointMarkers: [PointMarker]
    /// Share of the chart's height relative to the other panels (1 by default).
    public var heightWeight: Double

    /// A panel drawing its data against `yAxis`, `heightWeight` times as tall as a panel of
    /// weight 1.
    public init(
        yAxis: Axis,
        series: [Series] = [],
        bands: [Band] = [],
        histograms: [Histogram] = [],
        referenceLines: [ReferenceLine] = [],
        verticalMarkers: [VerticalMarker] = [],
        pointMarkers: [PointMarker] = [],
        heightWeight: Double = 1
    ) {
        self.yAxis = yAxis
        self.series = series
        self.bands = bands
        self.histograms = histograms
        self.referenceLines = referenceLines
        self.verticalMarkers = verticalMarkers
        self.pointMarkers = pointMarkers
        self.heightWeight = heightWeight
    }
}
