import CCairo

/// Text set with Cairo's toy font API in the system's sans-serif face, sizes in CSS px.
extension CairoCanvas {
    /// A font size (CSS px) and weight.
    struct Font: Hashable {
        var size: Double
        var bold = false
    }

    /// Where a text's anchor point lies along its baseline.
    enum Anchor {
        case start, middle, end
    }

    /// Unhinted outlines and metrics, so SVG and PNG lay out identically at any scale.
    func configureFonts() {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    /// Selects `font` in the sans-serif family, its size times ``textScale``, for the next
    /// measurements and drawing.
    func select(_ font: Font) {
        let weight = font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, weight)
        cairo_set_font_size(context, font.size * textScale)
    }

    /// `text` without the characters that only steer line breaking in HTML (U+2060 WORD
    /// JOINER, which the report puts between a sign and `$`): a drawing never wraps, and the
    /// toy font API would draw a missing glyph for them.
    static func drawable(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{2060}") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{2060}" }))
    }

    /// The advance width of `text` in `font`, CSS px.
    func width(of text: String, in font: Font) -> Double {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, Self.drawable(text), &extents)
        return extents.x_advance
    }

    /// Ascent and descent of `font` (CSS px), whose sum is the height of a line of text.
    func lineMetrics(of font: Font) -> (ascent: Double, descent: Double) {
        select(font)
        var extents = cairo_font_extents_t()
        cairo_font_extents(context, &extents)
        return (extents.ascent, extents.descent)
    }

    /// Distance (CSS px) from the middle of a digit down to the baseline, to centre labels.
    func digitMiddleToBaseline(in font: Font) -> Double {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, "0", &extents)
        return -(extents.y_bearing + extents.height / 2)
    }

    /// Draws `text` with its baseline at `y` and its `anchor` at `x` (CSS px).
    func draw(_ text: String, font: Font, colour: ChartColour, x: Double, baseline y: Double, anchor: Anchor) {
        let width = width(of: text, in: font)
        let offset = switch anchor {
        case .start: 0.0
        case .middle: -width / 2
        case .end: -width
        }
        setColour(colour)
        smallestTextSize = min(smallestTextSize, font.size * textScale)
        cairo_move_to(context, x + offset, y)
        cairo_show_text(context, Self.drawable(text))
        cairo_new_path(context)
    }

    /// Draws `text` reading bottom to top, centred on `y`, its baseline at `x` (CSS px).
    func drawVertical(_ text: String, font: Font, colour: ChartColour, baseline x: Double, centre y: Double) {
        cairo_save(context)
        cairo_translate(context, x, y)
        cairo_rotate(context, -Double.pi / 2)
        draw(text, font: font, colour: colour, x: 0, baseline: 0, anchor: .middle)
        cairo_restore(context)
    }

    /// `text`, or its longest prefix followed by "…" that fits in `width` CSS px.
    func fitted(_ text: String, width: Double, in font: Font) -> String {
        guard self.width(of: text, in: font) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces + "…"
            if self.width(of: candidate, in: font) <= width { return candidate }
        }
        return "…"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
