import Foundation
import Mustache
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The report's Mustache templates: `report` is the page, every other template a partial it may
/// include as `{{> NAME}}`.
///
/// By default the templates built into the module (``builtIn()``: `templates/*.mustache` as they
/// were at build time, embedded by the `EmbedTemplates` build plugin), so the executable needs no
/// file beside it; `--templates DIR` loads a folder instead.
struct TemplateSet: Sendable {
    /// The page template's path as error messages name it: in a folder, or in the built-in set.
    var pagePath: String
    /// Where the templates came from, as messages name it: the folder, or `built-in templates`.
    var folder: String
    /// The names of the templates in the set (file names without `.mustache`).
    private var names: Set<String>
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
    /// - Throws: ``ReportError`` naming the template, should one not parse or include a missing
    ///   partial or itself (the Report tests load them).
    static func builtIn() throws(ReportError) -> TemplateSet {
        func path(_ name: String) -> String { "built-in templates/\(name).mustache" }
        let sources = builtInSources.sorted { $0.key < $1.key }.map { (name: $0.key, path: path($0.key), text: $0.value) }
        return try TemplateSet(folder: "built-in templates", sources: sources)
    }

    /// Loads every `.mustache` file of `directory`, then checks the set as
    /// ``checkPartials(of:folder:)`` describes.
    ///
    /// - Throws: ``ReportError``: the folder or a file that cannot be read, saying why (no such
    ///   folder, not a folder, permission denied), or has no `report.mustache` (exit 74); a file
    ///   that is not UTF-8, does not parse (naming its line and column), an empty page, a
    ///   missing partial or a cycle of partials (exit 65).
    init(directory: String) throws(ReportError) {
        let files = POSIXFileSystem()
        func unreadable(_ failure: FileSystemFailure) -> String {
            failure.code == EACCES || failure.code == EPERM ? "permission denied" : failure.reason
        }
        switch files.kind(of: directory, followingLinks: true) {
        case nil:
            throw ReportError(step: "templates", .templateFolderUnreadable(path: directory, detail: "no such folder"))
        case .folder?:
            break
        case _?:
            throw ReportError(step: "templates", .templateFolderUnreadable(path: directory, detail: "not a folder"))
        }
        let names: [String]
        do {
            names = try files.list(directory)
        } catch {
            throw ReportError(step: "templates", .templateFolderUnreadable(path: directory, detail: unreadable(error)))
        }
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        var sources = [(name: String, path: String, text: String)]()
        for name in names where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name).path
            // A folder, FIFO or device is refused before it is opened (a FIFO would block).
            switch files.kind(of: path, followingLinks: true) {
            case .file?: break
            case nil: throw ReportError(step: "templates", .templateUnreadable(path: path, detail: "no such file (a dangling link)"))
            case _?: throw ReportError(step: "templates", .templateUnreadable(path: path, detail: "not a file"))
            }
            let data: Data
            do {
                data = try files.read(path)
            } catch {
                throw ReportError(step: "templates", .templateUnreadable(path: path, detail: unreadable(error)))
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw ReportError(step: "templates", .templateNotText(path: path))
            }
            sources.append((String(name.dropLast(".mustache".count)), path, text))
        }
        try self.init(folder: directory, sources: sources)
    }

    /// Parses `sources` (each a template's name, the path errors name, and its text), one of
    /// which is the page, and checks their partials; `folder` is where they came from.
    private init(folder: String, sources: [(name: String, path: String, text: String)]) throws(ReportError) {
        guard let page = sources.first(where: { $0.name == Self.pageName }) else {
            throw ReportError(step: "templates", .templatePageMissing(folder: folder))
        }
        var templates = [String: MustacheTemplate]()
        var checked = [Source]()
        for source in sources {
            if let line = Self.oneCharacterDelimiterLine(in: source.text) {
                throw ReportError(step: "templates", .templateSyntax(
                    path: source.path, line: line, column: 1,
                    detail: "a start delimiter of one character is not supported (the Mustache library fails on it); use two, as {{=<% %>=}}"
                ))
            }
            do {
                templates[source.name] = try MustacheTemplate(string: source.text)
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError(step: "templates", .templateSyntax(
                    path: source.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    detail: "\(error.error)"
                ))
            } catch {
                throw ReportError(step: "templates", .templateSyntax(path: source.path, line: 0, column: 0, detail: "\(error)"))
            }
            if source.name == Self.pageName, source.text.allSatisfy(\.isWhitespace) {
                throw ReportError(step: "templates", .templateEmpty(path: source.path))
            }
            checked.append(Source(name: source.name, path: source.path, partials: Self.partialReferences(in: source.text)))
        }
        try Self.checkPartials(of: checked, folder: folder)
        pagePath = page.path
        self.folder = folder
        names = Set(templates.keys)
        library = MustacheLibrary(templates: templates)
    }

    /// One section of the page as its partial renders it: `PARTIAL.mustache` over `layers`,
    /// the first layer that has a name answering (a section: its heading, then its values);
    /// `title` names it in messages.
    struct Section {
        var partial: String
        var title: String
        var layers: [Any]
    }

    /// Renders the page for `model`, with its table of contents filled in from its headings
    /// (``TableOfContents``).
    ///
    /// Each of `sections` is rendered first, in order, through its own partial, with `model`
    /// behind its layers; the page then places the results as `{{#sections}}{{{html}}}{{/sections}}`
    /// (markup the partials made, escaped as they escape). So the page names no section, and the
    /// sections' order is the order given.
    ///
    /// - Throws: ``ReportError``: a section's partial that is not in the set, or a page that
    ///   renders to nothing but whitespace.
    func render(_ model: Any, sections: [Section] = []) throws(ReportError) -> String {
        let page = TemplateContext.make(model)
        var rendered = [[String: Any]]()
        for section in sections {
            guard let html = library.render(TemplateContext.Layers(section.layers.map(TemplateContext.make) + [page]), withTemplate: section.partial)
            else {
                throw ReportError(step: "render", .templateSectionMissing(folder: folder, partial: section.partial, section: section.title))
            }
            rendered.append(["html": html])
        }
        guard let text = library.render(TemplateContext.Layers([["sections": rendered], page]), withTemplate: Self.pageName),
              text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
        else {
            throw ReportError(step: "render", .templateRenderedEmpty(path: pagePath))
        }
        return TableOfContents.filling(text)
    }

    /// Checks that the set has a partial for each section of the page, so a templates folder
    /// without one is refused before any work rather than when the page is rendered.
    ///
    /// - Parameter sections: Each section's partial name and its title, as the message names it.
    /// - Throws: ``ReportError`` naming the folder, the missing file and the section.
    func checkSectionPartials(_ sections: [(partial: String, title: String)]) throws(ReportError) {
        for section in sections where !names.contains(section.partial) {
            throw ReportError(step: "templates", .templateSectionMissing(folder: folder, partial: section.partial, section: section.title))
        }
    }
}
