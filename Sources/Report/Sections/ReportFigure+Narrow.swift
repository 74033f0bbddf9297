import Charts

/// The variant of a figure's chart drawn for a phone, which the page shows instead of the
/// full-width drawing below ``narrowBreakpoint`` (a CSS media query; no script).
///
/// A 760 px drawing shown on a 375 px phone shrinks to about 46%, so its 12 px labels read as
/// 5.5 px. The narrow variant is drawn at ``narrowWidth`` with its text ``narrowTextScale``
/// times larger: at 375 px the page's text column is 351 px, the drawing shows at 97.5% of
/// its size, and its smallest text (a y-axis title shrunk to 10 px × 1.2 = 12 px) at 11.7 CSS px.
extension ReportFigure {
    /// Width of the phone drawing, CSS px: a phone's text column, give or take.
    static let narrowWidth = 360.0
    /// How much larger than the full-width drawing's the phone drawing's text is.
    static let narrowTextScale = 1.2
    /// The widest window (CSS px) that shows the phone drawing; `style.mustache` says the same.
    static let narrowBreakpoint = 680.0

    /// The chart redrawn for a phone: ``narrowWidth`` wide, nine tenths as tall (no less than
    /// 300 px, for the legends that wrap into more rows), text ``narrowTextScale`` times larger.
    var narrowChart: Chart { Self.narrow(chart) }

    /// `chart` redrawn for a phone, as ``narrowChart`` (also `compare.html`'s charts).
    static func narrow(_ chart: Chart) -> Chart {
        var narrow = chart
        narrow.width = Self.narrowWidth
        narrow.height = max(300, (chart.height * 0.9).rounded())
        narrow.textScale = Self.narrowTextScale
        return narrow
    }
}
