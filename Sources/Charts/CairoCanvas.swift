import CCairo

/// A Cairo surface and drawing context, drawn on in CSS px, that yields SVG or PNG bytes.
///
/// The one class in the module: it owns the C surface, context and output buffer and releases
/// them in `deinit`. Cairo writes output through a C callback that may not capture Swift
/// context, so the buffer lives behind a raw pointer passed as the callback's closure argument.
final class CairoCanvas {
    /// What the canvas produces.
    enum Output {
        /// An SVG document whose user unit is the CSS px.
        case svg
        /// A PNG image with `scale` device pixels per CSS px.
        case png(scale: Double)
    }

    /// The drawing context; coordinates are CSS px from the top-left corner.
    let context: OpaquePointer
    /// Multiplies every font size (``Chart/textScale``).
    let textScale: Double
    /// The smallest font size any drawn text had, CSS px (infinity before any text).
    var smallestTextSize = Double.infinity
    private let surface: OpaquePointer
    private let output: Output
    private let bytes: UnsafeMutablePointer<[UInt8]>

    /// A blank canvas of `width` × `height` CSS px (validated finite and positive by the caller).
    init(width: Double, height: Double, output: Output, textScale: Double = 1) throws(ChartError) {
        let bytes = UnsafeMutablePointer<[UInt8]>.allocate(capacity: 1)
        bytes.initialize(to: [])
        let surface: OpaquePointer
        switch output {
        case .svg:
            surface = cairo_svg_surface_create_for_stream(appendToBuffer, bytes, width, height)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
        case let .png(scale):
            let pixelWidth = Int32((width * scale).rounded(.up))
            let pixelHeight = Int32((height * scale).rounded(.up))
            surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixelWidth, pixelHeight)
        }
        let context = cairo_create(surface)!
        self.surface = surface
        self.context = context
        self.output = output
        self.bytes = bytes
        self.textScale = textScale
        if case let .png(scale) = output { cairo_scale(context, scale, scale) }
        configureFonts()
        try checkStatus()
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
        bytes.deinitialize(count: 1)
        bytes.deallocate()
    }

    /// Ends drawing and returns the encoded document: SVG markup or PNG bytes.
    func finish() throws(ChartError) -> [UInt8] {
        try checkStatus()
        cairo_surface_flush(surface)
        if case .png = output {
            let status = cairo_surface_write_to_png_stream(surface, appendToBuffer, bytes)
            try Self.check(status)
        }
        cairo_surface_finish(surface)
        try Self.check(cairo_surface_status(surface))
        return bytes.pointee
    }

    /// Throws if the context or surface has entered an error state.
    func checkStatus() throws(ChartError) {
        try Self.check(cairo_status(context))
        try Self.check(cairo_surface_status(surface))
    }

    private static func check(_ status: cairo_status_t) throws(ChartError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let message = String(cString: cairo_status_to_string(status))
        throw ChartError(chartTitle: "", reason: .cairo(message))
    }
}

/// Cairo's write callback: appends `length` bytes to the `[UInt8]` behind `closure`.
private func appendToBuffer(
    _ closure: UnsafeMutableRawPointer?,
    _ data: UnsafePointer<UInt8>?,
    _ length: UInt32
) -> cairo_status_t {
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let buffer = closure.assumingMemoryBound(to: [UInt8].self)
    buffer.pointee.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
