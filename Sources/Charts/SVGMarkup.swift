/// Turns Cairo's SVG document into markup to inline in an HTML page.
///
/// Cairo numbers its ids per process (`surface7` grows with every surface ever created) and
/// per document (`glyph0-1`, `clip1`, `pattern2`, `image3`, `mask4`, …), so two inlined charts
/// would clash and the same chart drawn twice would differ. Every id and every reference to one
/// (`href="#…"`, `xlink:href="#…"`, `url(#…)`) is renamed to `<prefix>-<stem><n>`, numbered per
/// stem in order of first appearance: unique across charts with distinct prefixes, and the same
/// for the same drawing.
enum SVGMarkup {
    /// Whether `prefix` is an ASCII letter followed by ASCII letters, digits, `-` or `_`.
    static func isValidIDPrefix(_ prefix: String) -> Bool {
        guard let first = prefix.unicodeScalars.first, isLetter(first) else { return false }
        return prefix.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// The inline `<svg>` element for `document` (Cairo's SVG bytes) drawn from `chart`.
    ///
    /// Drops the XML prologue and replaces Cairo's root tag with one carrying `width`,
    /// `height` (CSS px), `viewBox`, `role="img"`, `class="chart"`, `aria-labelledby`
    /// naming the `<title>` and `<desc>` inserted as its first children and, given
    /// `smallestText`, `data-smallest-text` (CSS px at the drawing's size, to 2 decimals).
    static func inline(_ document: [UInt8], chart: Chart, idPrefix: String, smallestText: Double? = nil) -> String {
        let open = Array("<svg".utf8)
        let rootStart = (0...(document.count - open.count)).first { matches(document, at: $0, open) } ?? 0
        let rootEnd = document[rootStart...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? rootStart
        let renamed = renamingIDs(Array(document[rootEnd...]), prefix: idPrefix)
        // Through a buffer pointer: from an Array, `String(decoding:)` took its slow generic path.
        let body = compactingNumbers(renamed).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        let width = number(chart.width)
        let height = number(chart.height)
        let root = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
            + " role=\"img\" aria-labelledby=\"\(idPrefix)-title \(idPrefix)-desc\" class=\"chart\""
            + (smallestText.map { " data-smallest-text=\"\(number(($0 * 100).rounded() / 100))\"" } ?? "") + ">"
        let labels = "\n<title id=\"\(idPrefix)-title\">\(escaped(chart.title))</title>"
            + "\n<desc id=\"\(idPrefix)-desc\">\(escaped(chart.summary))</desc>"
        var markup = root + labels + body
        while markup.last?.isWhitespace == true { markup.removeLast() }
        return markup + "\n"
    }

    /// `text` safe inside XML character data and attribute values; control characters that
    /// XML 1.0 forbids become spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Where an id is defined or referred to: the text before it and the byte that ends it.
    private static let markers: [(start: [UInt8], end: UInt8)] = [
        (Array(" id=\"".utf8), UInt8(ascii: "\"")),
        (Array("href=\"#".utf8), UInt8(ascii: "\"")),
        (Array("url(#".utf8), UInt8(ascii: ")")),
    ]

    /// `bytes` with every id and id reference renamed to `<prefix>-<stem><n>`.
    static func renamingIDs(_ bytes: [UInt8], prefix: String) -> [UInt8] {
        var names: [[UInt8]: [UInt8]] = [:]
        var counts: [String: Int] = [:]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        scanning: while index < bytes.count {
            for marker in markers where matches(bytes, at: index, marker.start) {
                let nameStart = index + marker.start.count
                guard let nameEnd = bytes[nameStart...].firstIndex(of: marker.end) else { continue }
                let original = Array(bytes[nameStart..<nameEnd])
                let renamed = names[original] ?? {
                    let stem = String(decoding: original.prefix { isLetter(Unicode.Scalar($0)) }, as: UTF8.self)
                    let key = stem.isEmpty ? "id" : stem
                    counts[key, default: 0] += 1
                    return Array("\(prefix)-\(key)\(counts[key]!)".utf8)
                }()
                names[original] = renamed
                result += marker.start + renamed + [marker.end]
                index = nameEnd + 1
                continue scanning
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        return pattern.indices.allSatisfy { bytes[index + $0] == pattern[$0] }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// A CSS px length without a needless ".0".
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : "\(value)"
    }
}
