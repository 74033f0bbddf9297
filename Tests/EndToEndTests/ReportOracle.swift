import Foundation
import Report
import Testing

/// A generated report read back as a student would check it: the text of each caption and
/// paragraph, and the numbers of `summary.json` and `ledger.csv` to recompute them from.
struct GeneratedReport {
    var html: String
    var summary: [String: Any]
    /// Columns of `ledger.csv` by header name.
    var ledger: [String: [Double]]

    /// Runs `report --quiet` with `arguments` into a temporary folder and reads the result back.
    static func generated(_ arguments: [String]) throws -> GeneratedReport {
        let folder = try Executable.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Executable.run(["report", "--quiet", "--output", folder.path] + arguments)
        try #require(result.status == 0, "\(arguments): \(result.standardError)")
        return try GeneratedReport(folder: folder)
    }

    init(folder: URL) throws {
        html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        summary = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let lines = try String(contentsOf: folder.appendingPathComponent("ledger.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var columns = [String: [Double]]()
        for (index, name) in (lines.first ?? []).enumerated() {
            columns[name] = lines.dropFirst().map { Double($0[index]) ?? .nan }
        }
        ledger = columns
    }

    /// The plain text of the caption of figure `id` (tags removed, entities decoded).
    func caption(_ id: String) -> String? {
        guard let figure = html.range(of: "<figure id=\"figure-\(id)\">"),
              let start = html.range(of: "<figcaption>", range: figure.upperBound..<html.endIndex),
              let end = html.range(of: "</figcaption>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return Self.plain(String(html[start.upperBound..<end.lowerBound]))
    }

    /// The page's text outside the charts and formulas.
    var text: String {
        var body = html
        for (open, close) in [("<svg", "</svg>"), ("<math", "</math>"), ("<style>", "</style>")] {
            while let start = body.range(of: open), let end = body.range(of: close, range: start.upperBound..<body.endIndex) {
                body.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return Self.plain(body)
    }

    /// The numbers of the `<h2 id="…">` headings, in page order.
    var sectionNumbers: [Int] {
        html.components(separatedBy: "<h2").dropFirst().compactMap { heading in
            Int(heading.drop { $0 != ">" }.dropFirst().prefix { $0.isNumber })
        }
    }

    static func plain(_ markup: String) -> String {
        var text = markup.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    func value(_ path: String...) -> Any? {
        var node: Any? = summary
        for key in path { node = (node as? [String: Any])?[key] }
        return node
    }

    func number(_ path: String...) -> Double {
        var node: Any? = summary
        for key in path { node = (node as? [String: Any])?[key] }
        return (node as? NSNumber)?.doubleValue ?? .nan
    }

    func column(_ name: String) -> [Double] { ledger[name] ?? [] }
}
