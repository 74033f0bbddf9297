import Foundation
import Mustache

/// The report's Mustache templates: `report` is the page, every other template a partial it may
/// include as `{{> NAME}}`.
///
/// By default the templates built into the module (``builtIn()``: `templates/*.mustache` as they
/// were at build time, embedded by the `EmbedTemplates` build plugin), so the executable needs no
/// file beside it; `--templates DIR` loads a folder instead.
struct TemplateSet {
    /// The page template's path as error messages name it: in a folder, or in the built-in set.
    var pagePath: String
    private var library: MustacheLibrary

    /// The page template's name.
    static let pageName = "report"

    /// The built-in templates, or those of `directory` when it is given.
    static func load(directory: String?) throws(ReportError) -> TemplateSet {
        guard let directory else { return try builtIn() }
        return try TemplateSet(directory: directory)
    }

    /// The templates built into the module from `templates/`.
    ///
    /// - Throws: ``ReportError`` naming the template, should one not parse (the Report tests
    ///   parse them all).
    static func builtIn() throws(ReportError) -> TemplateSet {
        func path(_ name: String) -> String { "built-in templates/\(name).mustache" }
        let sources = builtInSources.sorted { $0.key < $1.key }.map { (name: $0.key, path: path($0.key), text: $0.value) }
        return try TemplateSet(pagePath: path(pageName), sources: sources)
    }

    /// Loads every `.mustache` file of `directory`.
    ///
    /// - Throws: ``ReportError`` naming the file (and the line and column of a syntax error).
    init(directory: String) throws(ReportError) {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReportError(step: "render", .templateMissing(path: directory, detail: "no such folder"))
        }
        var sources = [(name: String, path: String, text: String)]()
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8)
            else {
                throw ReportError(step: "render", .templateMissing(path: path, detail: "unreadable or not UTF-8"))
            }
            sources.append((String(name.dropLast(".mustache".count)), path, text))
        }
        let pagePath = folder.appendingPathComponent("\(Self.pageName).mustache").path
        try self.init(pagePath: pagePath, sources: sources)
    }

    /// Parses `sources` (each a template's name, the path errors name, and its text), one of
    /// which must be the page, named by `pagePath` when it is missing.
    private init(pagePath: String, sources: [(name: String, path: String, text: String)]) throws(ReportError) {
        var templates = [String: MustacheTemplate]()
        for source in sources {
            do {
                templates[source.name] = try MustacheTemplate(string: source.text)
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError(step: "render", .templateSyntax(
                    path: source.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    detail: "\(error.error)"
                ))
            } catch {
                throw ReportError(step: "render", .templateSyntax(path: source.path, line: 0, column: 0, detail: "\(error)"))
            }
        }
        guard templates[Self.pageName] != nil else {
            throw ReportError(step: "render", .templateMissing(path: pagePath, detail: "no such file"))
        }
        self.pagePath = pagePath
        library = MustacheLibrary(templates: templates)
    }

    /// Renders the page for `model`.
    func render(_ model: Any) throws(ReportError) -> String {
        guard let page = library.render(model, withTemplate: Self.pageName),
              !page.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw ReportError(step: "render", .templateRenderedEmpty(path: pagePath))
        }
        return page
    }
}
