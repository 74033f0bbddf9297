import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of an XML document in order, parsed with Foundation's `XMLParser`.
struct ParsedXML {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    var elements: [Element]

    /// Nil when `markup` is not well-formed XML.
    init?(_ markup: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        elements = collector.elements
    }

    /// Every id defined in the document.
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }

    /// Every id the document refers to through `href="#…"`, `xlink:href="#…"` or `url(#…)`.
    var references: [String] {
        elements.flatMap { element in
            element.attributes.flatMap { name, value -> [String] in
                if name.hasSuffix("href"), value.hasPrefix("#") { return [String(value.dropFirst())] }
                return value.components(separatedBy: "url(#").dropFirst().compactMap {
                    $0.split(separator: ")", maxSplits: 1).first.map(String.init)
                }
            }
        }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            open.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributes, text: ""))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }
}
