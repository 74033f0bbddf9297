/// The page's table of contents, made from the page's own headings once it is rendered, so it
/// lists exactly the sections and subsections the run shows, with their numbers as the
/// headings print them.
///
/// Every `<h2 id="…">` becomes an entry linking to it, and every `<h3 id="…">` after it a
/// sub-entry of that section. The list replaces ``marker`` in the page (the built-in
/// `report.mustache` places it under the header); a page without the marker is left as it is.
/// Headings inside the charts' SVG or without an `id` are not listed. The headings' text is
/// already HTML-escaped by the template, and is copied with any tags removed.
enum TableOfContents {
    /// Where the list goes: an HTML comment, so a page rendered without this step shows nothing.
    static let marker = "<!-- table of contents -->"

    /// One heading of the page.
    struct Entry: Equatable, Sendable {
        /// 2 for a section, 3 for a subsection.
        var level: Int
        /// The heading's `id`, the link's target.
        var id: String
        /// The heading's markup with its tags removed, still HTML-escaped.
        var text: String
    }

    /// `page` with ``marker`` replaced by the list of its headings (unchanged when it has no
    /// marker or no heading with an id).
    static func filling(_ page: String) -> String {
        guard let place = page.firstRange(of: marker) else { return page }
        let entries = headings(in: page)
        guard !entries.isEmpty else { return page }
        var result = page
        result.replaceSubrange(place, with: markup(entries))
        return result
    }

    /// The `h2` and `h3` headings with an `id`, in page order.
    ///
    /// Searched in the page's UTF-8 bytes: the page is a few megabytes (the charts' SVG
    /// inlined), and a search by `Character` (grapheme clusters) or through Foundation's
    /// `range(of:)` (UTF-16 offsets) took a sixth of a `compare` run's time. The markup searched
    /// for is ASCII, so a byte match is a character match.
    static func headings(in page: String) -> [Entry] {
        let bytes = Array(page.utf8)
        var entries = [Entry]()
        var position = 0
        while let open = find(Array("<h".utf8), in: bytes, from: position) {
            position = open + 2
            guard position < bytes.count, bytes[position] == UInt8(ascii: "2") || bytes[position] == UInt8(ascii: "3"),
                  let tagEnd = bytes[position...].firstIndex(of: UInt8(ascii: ">"))
            else { continue }
            let level = Int(bytes[position] - UInt8(ascii: "0"))
            let closing = Array("</h\(level)>".utf8)
            guard let close = find(closing, in: bytes, from: tagEnd) else { break }
            let attributes = String(decoding: bytes[(position + 1)..<tagEnd], as: UTF8.self)
            if let id = attribute("id", in: attributes[...]) {
                let inner = String(decoding: bytes[(tagEnd + 1)..<close], as: UTF8.self)
                entries.append(Entry(level: level, id: id, text: withoutTags(inner[...])))
            }
            position = close + closing.count
        }
        return entries
    }

    /// The first index at or after `start` where `bytes` holds `pattern` (not empty).
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var candidate = start
        while candidate + pattern.count <= bytes.count, let first = bytes[candidate...].firstIndex(of: pattern[0]) {
            guard first + pattern.count <= bytes.count else { return nil }
            if bytes[first..<(first + pattern.count)].elementsEqual(pattern) { return first }
            candidate = first + 1
        }
        return nil
    }

    /// The `<nav>` listing `entries`: each section a line linking to it, its subsections a
    /// line of smaller links beneath.
    static func markup(_ entries: [Entry]) -> String {
        var html = "<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n"
        var openSection = false
        var openSubsections = false
        for entry in entries {
            let link = "<a href=\"#\(entry.id)\">\(entry.text)</a>"
            if entry.level == 2 || !openSection {
                if openSubsections { html += "\n</ol>" }
                if openSection { html += "</li>\n" }
                html += "<li>" + link
                openSection = true
                openSubsections = false
            } else {
                html += openSubsections ? "\n" : "\n<ol>\n"
                html += "<li>" + link + "</li>"
                openSubsections = true
            }
        }
        if openSubsections { html += "\n</ol>" }
        if openSection { html += "</li>\n" }
        return html + "</ol>\n</nav>"
    }

    /// The value of `name="…"` among a tag's attributes.
    private static func attribute(_ name: String, in attributes: Substring) -> String? {
        guard let start = attributes.firstRange(of: " \(name)=\"") else { return nil }
        let value = attributes[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }

    /// `markup` without its tags, whitespace runs collapsed to one space.
    private static func withoutTags(_ markup: Substring) -> String {
        var text = ""
        var inTag = false
        for character in markup {
            switch character {
            case "<": inTag = true
            case ">": inTag = false
            case _ where inTag: break
            case _ where character.isWhitespace: if !text.isEmpty, text.last != " " { text.append(" ") }
            default: text.append(character)
            }
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
