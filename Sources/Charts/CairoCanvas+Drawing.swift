import CCairo

/// Path, stroke and fill primitives in CSS px.
extension CairoCanvas {
    /// How a stroke ends and, for dashes, repeats.
    struct Stroke {
        var width: Double
        var colour: ChartColour
        var alpha: Double = 1
        /// On/off lengths in CSS px; empty for a solid line.
        var dash: [Double] = []
    }

    /// Sets the source colour with `alpha` in 0...1.
    func setColour(_ colour: ChartColour, alpha: Double = 1) {
        cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, alpha)
    }

    /// Fills the whole canvas with `colour`.
    func paint(_ colour: ChartColour) {
        setColour(colour)
        cairo_paint(context)
    }

    /// Strokes the polyline through `points` (CSS px) with round joins and caps.
    func strokePolyline(_ points: [(x: Double, y: Double)], _ stroke: Stroke) {
        guard let first = points.first else { return }
        cairo_new_path(context)
        cairo_move_to(context, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(context, point.x, point.y) }
        apply(stroke)
        cairo_stroke(context)
    }

    /// Strokes a straight segment between two points (CSS px) with butt caps, for axes and grids.
    func strokeSegment(from start: (x: Double, y: Double), to end: (x: Double, y: Double), _ stroke: Stroke) {
        cairo_new_path(context)
        cairo_move_to(context, start.x, start.y)
        cairo_line_to(context, end.x, end.y)
        apply(stroke)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_stroke(context)
    }

    /// Fills `rect` (CSS px) with `colour`.
    func fill(_ rect: PlotRect, colour: ChartColour, alpha: Double = 1) {
        cairo_new_path(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        setColour(colour, alpha: alpha)
        cairo_fill(context)
    }

    /// Fills the closed polygon through `points` (CSS px) with `colour` at `alpha`.
    func fillPolygon(_ points: [(x: Double, y: Double)], colour: ChartColour, alpha: Double = 1) {
        guard let first = points.first else { return }
        cairo_new_path(context)
        cairo_move_to(context, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(context, point.x, point.y) }
        cairo_close_path(context)
        setColour(colour, alpha: alpha)
        cairo_fill(context)
    }

    /// Strokes a circle of `radius` centred on `centre` (CSS px).
    func strokeCircle(centre: (x: Double, y: Double), radius: Double, _ stroke: Stroke) {
        cairo_new_path(context)
        cairo_arc(context, centre.x, centre.y, radius, 0, 2 * Double.pi)
        apply(stroke)
        cairo_stroke(context)
    }

    /// Fills a circle of `radius` centred on `centre` (CSS px).
    func fillCircle(centre: (x: Double, y: Double), radius: Double, colour: ChartColour) {
        cairo_new_path(context)
        cairo_arc(context, centre.x, centre.y, radius, 0, 2 * Double.pi)
        setColour(colour)
        cairo_fill(context)
    }

    /// Runs `draw` with everything clipped to `rect` (CSS px), then restores the state.
    func clipped(to rect: PlotRect, _ draw: () -> Void) {
        cairo_save(context)
        cairo_new_path(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        draw()
        cairo_restore(context)
    }

    private func apply(_ stroke: Stroke) {
        cairo_set_line_width(context, stroke.width)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, stroke.dash.isEmpty ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_dash(context, stroke.dash, Int32(stroke.dash.count), 0)
        setColour(stroke.colour, alpha: stroke.alpha)
    }
}
