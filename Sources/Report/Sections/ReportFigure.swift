import Charts

/// A chart with the caption that says what to see in it, as a section builds it.
struct ReportFigure: Sendable {
    var id: FigureID
    var chart: Chart
    /// Computed from the numbers the chart shows (see the section that builds it).
    var caption: String
}

/// A figure as the `figure` partial places it, on the report and on the compare page: the
/// chart already rendered to SVG markup.
struct FigureView: Sendable {
    /// `FigureID.rawValue`: the `figure-ID` anchor and the `charts/ID.svg` file.
    var id: String
    var title: String
    var caption: String
    /// Markup our chart renderer made; with `narrowSvg`, the only text the templates do not
    /// escape.
    var svg: String
    /// The same chart drawn for a phone (``ReportFigure/narrowChart``), its ids prefixed
    /// `ID-narrow`; the page's style shows one of the two by the window's width.
    var narrowSvg: String
}

extension FigureView {
    /// A section's figure with its two drawings.
    init(_ figure: ReportFigure, svg: String, narrowSvg: String) {
        self.init(id: figure.id.rawValue, title: figure.chart.title, caption: figure.caption, svg: svg, narrowSvg: narrowSvg)
    }
}
