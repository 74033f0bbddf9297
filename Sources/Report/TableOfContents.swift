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
    /// Searched with the standard library's `firstRange(of:)`, not Foundation's `range(of:)`:
    /// on a substring of a page of a few megabytes (the charts' SVG inlined), Foundation bridges
    /// to UTF-16 offsets at every call, which took a sixth of a `compare` run's time.
    static func headings(in page: String) -> [Entry] {
        var entries = [Entry]()
        var rest = page[...]
        while let open = rest.firstRange(of: "<h") {
            rest = rest[open.upperBound...]
            guard let level = rest.first.flatMap({ Int(String($0)) }), level == 2 || level == 3,
                  let tagEnd = rest.firstIndex(of: ">")
            else { continue }
            let attributes = rest[rest.index(after: rest.startIndex)..<tagEnd]
            guard let close = rest[tagEnd...].firstRange(of: "</h\(level)>") else { break }
            if let id = attribute("id", in: attributes) {
                let inner = rest[rest.index(after: tagEnd)..<close.lowerBound]
                entries.append(Entry(level: level, id: id, text: withoutTags(inner)))
            }
            rest = rest[close.upperBound...]
        }
        return entries
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
