/// A partial tag of a template: `{{> NAME}}`, `{{< NAME}}…{{/NAME}}` (a parent with blocks), or
/// a dynamic `{{>*NAME}}` whose partial is named by the model at render time.
struct PartialReference: Equatable, Sendable {
    /// The partial's name as swift-mustache resolves it (the spaces around it dropped).
    var name: String
    /// The 1-based line of the tag.
    var line: Int
    /// `{{>*NAME}}`: `NAME` is a value of the model, not a template.
    var isDynamic = false
}

extension TemplateSet {
    /// Every partial tag of `text`, in order, whether or not the section it stands in would be
    /// rendered: the scan is static, so a partial inside `{{#never}}…{{/never}}` counts.
    ///
    /// Reads tags as swift-mustache 2.1's parser does: the delimiters set by `{{=<% %>=}}`
    /// (which, as there, last to the end of the section they are set in), comments skipped,
    /// `{{{NAME}}}`, and names read with the characters and surrounding whitespace that parser
    /// accepts, so `{{> report }}` is `report`. Meant for text that has parsed; on text that
    /// has not it stops at the first tag it cannot read.
    static func partialReferences(in text: String) -> [PartialReference] {
        var scanner = TagScanner(text)
        return scanner.partials()
    }

    /// The line of the first `{{=S E=}}` tag of `text` that sets a start delimiter of one
    /// character, or `nil`. swift-mustache 2.1's parser traps (the process dies) on an empty
    /// section opened with such a delimiter (`{{=| |=}}|#a||/a|`), so these are refused before
    /// the template is parsed.
    static func oneCharacterDelimiterLine(in text: String) -> Int? {
        var scanner = TagScanner(text)
        _ = scanner.partials()
        return scanner.oneCharacterDelimiterLine
    }
}

/// Walks a template's tags; see ``TemplateSet/partialReferences(in:)``.
private struct TagScanner {
    private let characters: [Character]
    private var position = 0
    private var start: [Character] = ["{", "{"]
    private var end: [Character] = ["}", "}"]
    /// The delimiters of each enclosing section, restored when it closes.
    private var enclosing = [(start: [Character], end: [Character])]()
    /// The line of the first delimiter change to a one-character start delimiter.
    private(set) var oneCharacterDelimiterLine: Int?

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func partials() -> [PartialReference] {
        var found = [PartialReference]()
        while let tagStart = nextTag() {
            guard position < characters.count else { break }
            let sigil = characters[position]
            switch sigil {
            case "#", "^", "$":
                position += 1
                guard readName(Self.sectionNameCharacters) != nil else { return found }
                enclosing.append((start, end))
            case "/":
                position += 1
                guard readName(Self.sectionNameCharacters) != nil else { return found }
                if let outer = enclosing.popLast() { (start, end) = outer }
            case ">", "<":
                position += 1
                skipWhitespace()
                var dynamic = false
                if sigil == ">", position < characters.count, characters[position] == "*" {
                    dynamic = true
                    position += 1
                }
                guard var name = readName(Self.partialNameCharacters) else { return found }
                if sigil == "<" {
                    enclosing.append((start, end))
                    if name.first == "*" {
                        dynamic = true
                        name.removeFirst()
                    }
                }
                found.append(PartialReference(name: name, line: line(at: tagStart), isDynamic: dynamic))
            case "!", "%":
                guard skip(past: end) else { return found }
            case "=":
                position += 1
                guard setDelimiters() else { return found }
                if start.count == 1, oneCharacterDelimiterLine == nil { oneCharacterDelimiterLine = line(at: tagStart) }
            case "{":
                // swift-mustache reads the name and the end delimiter, then the closing `}`
                // (`{{{name}}}`, but `<%{name%>}`).
                position += 1
                guard readName(Self.sectionNameCharacters) != nil, read(["}"]) else { return found }
            default:
                if sigil == "&" { position += 1 }
                guard readName(Self.sectionNameCharacters) != nil else { return found }
            }
        }
        return found
    }

    /// Moves past the next start delimiter; returns where it began.
    private mutating func nextTag() -> Int? {
        guard !start.isEmpty else { return nil }
        while position + start.count <= characters.count {
            if characters[position] == start[0], characters[position ..< position + start.count].elementsEqual(start) {
                let tag = position
                position += start.count
                return tag
            }
            position += 1
        }
        return nil
    }

    /// Whitespace, a name of `allowed` characters (read greedily, as the parser does), whitespace
    /// and the end delimiter; `nil` when the end delimiter does not follow.
    private mutating func readName(_ allowed: Set<Character>) -> String? {
        skipWhitespace()
        let first = position
        skip(while: allowed)
        let name = String(characters[first ..< position])
        skipWhitespace()
        return read(end) ? name : nil
    }

    /// `{{=START END=}}`, the `=` already read.
    private mutating func setDelimiters() -> Bool {
        skipWhitespace()
        let newStart = take { !$0.isWhitespace }
        skipWhitespace()
        let newEnd = take { $0 != "=" && !$0.isWhitespace }
        skipWhitespace()
        guard read(["="]), read(end), !newStart.isEmpty, !newEnd.isEmpty else { return false }
        (start, end) = (newStart, newEnd)
        return true
    }

    private mutating func take(while predicate: (Character) -> Bool) -> [Character] {
        let first = position
        while position < characters.count, predicate(characters[position]) { position += 1 }
        return Array(characters[first ..< position])
    }

    private mutating func skip(while allowed: Set<Character>) {
        _ = take { allowed.contains($0) }
    }

    private mutating func skipWhitespace() {
        _ = take(while: \.isWhitespace)
    }

    /// Reads `expected` if it comes next.
    private mutating func read(_ expected: [Character]) -> Bool {
        guard position + expected.count <= characters.count,
              characters[position ..< position + expected.count].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    /// Moves past the next occurrence of `delimiter`.
    private mutating func skip(past delimiter: [Character]) -> Bool {
        while position + delimiter.count <= characters.count {
            if read(delimiter) { return true }
            position += 1
        }
        return false
    }

    private func line(at index: Int) -> Int {
        characters[..<index].reduce(1) { $1.isNewline ? $0 + 1 : $0 }
    }

    // The characters swift-mustache 2.1 allows in a section or variable name, and in a partial's.
    private static let sectionNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
