/// Draws ``Chart`` values with Cairo as inline SVG markup or PNG images.
///
/// The same chart always gives byte-identical output. Non-finite data, an empty chart, a size
/// too small for its labels or a malformed id prefix throw a ``ChartError`` naming the chart
/// and the offending value; nothing is drawn from bad data.
public enum ChartRenderer {
    /// Narrowest drawable chart, CSS px.
    public static let minimumWidth = 160.0
    /// Shortest drawable chart, CSS px.
    public static let minimumHeight = 120.0
    /// Longest side accepted, CSS px (PNG memory grows with its square).
    public static let maximumSide = 8192.0

    /// SVG markup of `chart`, ready to inline in HTML.
    ///
    /// No XML prologue; the root `<svg>` has `width`/`height` in CSS px, `viewBox="0 0 W H"`,
    /// `role="img"`, `class="chart"` and `aria-labelledby` naming a `<title>` (chart.title) and
    /// `<desc>` (chart.summary), and, when the chart has text, `data-smallest-text`: the
    /// smallest font size drawn, in user units (CSS px at the drawing's own size), so a page
    /// can tell how large the text shows at the width it gives the chart. Text is drawn as
    /// glyph outlines, so the page needs no fonts.
    ///
    /// - Parameter idPrefix: Starts every id in the markup, so several charts can share a page;
    ///   an ASCII letter then letters, digits, `-` or `_`. Give each chart on a page its own.
    public static func svg(_ chart: Chart, idPrefix: String) throws(ChartError) -> String {
        guard SVGMarkup.isValidIDPrefix(idPrefix) else {
            throw ChartError(chartTitle: chart.title, reason: .invalidIDPrefix(idPrefix))
        }
        let (document, smallestText) = try render(chart, output: .svg)
        return SVGMarkup.inline(document, chart: chart, idPrefix: idPrefix, smallestText: smallestText)
    }

    /// PNG bytes of `chart` at `scale` device pixels per CSS px (2 by default, for sharp
    /// display on high-density screens): `chart.width × scale` pixels wide, rounded up.
    public static func png(_ chart: Chart, scale: Double = 2) throws(ChartError) -> [UInt8] {
        guard scale.isFinite, (0.25...8).contains(scale) else {
            throw ChartError(chartTitle: chart.title, reason: .invalidScale(scale))
        }
        return try render(chart, output: .png(scale: scale)).bytes
    }

    /// The encoded drawing and the smallest font size of its text (CSS px; nil without text).
    private static func render(_ chart: Chart, output: CairoCanvas.Output) throws(ChartError) -> (bytes: [UInt8], smallestText: Double?) {
        try chart.validate()
        do {
            let canvas = try CairoCanvas(width: chart.width, height: chart.height, output: output, textScale: chart.textScale)
            let layout = try ChartLayout(chart: chart, canvas: canvas)
            ChartPainter(chart: chart, layout: layout, canvas: canvas).paint()
            let bytes = try canvas.finish()
            return (bytes, canvas.smallestTextSize.isFinite ? canvas.smallestTextSize : nil)
        } catch {
            throw ChartError(chartTitle: chart.title, reason: error.reason)
        }
    }
}
