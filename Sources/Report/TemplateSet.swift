import Foundation
import Mustache

/// The report's Mustache templates, loaded from a folder: `report.mustache` is the page, any
/// other `NAME.mustache` in the folder is a partial it may include as `{{> NAME}}`.
struct TemplateSet {
    /// The folder the templates came from.
    var directory: String
    private var library: MustacheLibrary

    /// The page template's file name.
    static let pageName = "report"

    /// Loads every `.mustache` file of `directory`.
    ///
    /// - Throws: ``ReportError`` naming the file (and the line and column of a syntax error).
    init(directory: String) throws(ReportError) {
        self.directory = directory
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let pagePath = folder.appendingPathComponent("\(Self.pageName).mustache").path
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReportError(step: "render", .templateMissing(path: directory, detail: "no such folder"))
        }
        guard names.contains("\(Self.pageName).mustache") else {
            throw ReportError(step: "render", .templateMissing(path: pagePath, detail: "no such file"))
        }
        var templates = [String: MustacheTemplate]()
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8)
            else {
                throw ReportError(step: "render", .templateMissing(path: path, detail: "unreadable or not UTF-8"))
            }
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError(step: "render", .templateSyntax(
                    path: path, line: error.context.lineNumber, column: error.context.columnNumber,
                    detail: "\(error.error)"
                ))
            } catch {
                throw ReportError(step: "render", .templateSyntax(path: path, line: 0, column: 0, detail: "\(error)"))
            }
        }
        library = MustacheLibrary(templates: templates)
    }

    /// Renders the page for `model`.
    func render(_ model: Any) throws(ReportError) -> String {
        let path = URL(fileURLWithPath: directory).appendingPathComponent("\(Self.pageName).mustache").path
        guard let page = library.render(model, withTemplate: Self.pageName),
              !page.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw ReportError(step: "render", .templateRenderedEmpty(path: path))
        }
        return page
    }

    /// The default templates folder: `templates/` in the working directory, else the nearest
    /// `templates/` holding a `report.mustache` above the running executable (so `swift run`
    /// and the built binary find the repository's templates from any working directory).
    static func defaultDirectory() -> String {
        let fileManager = FileManager.default
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("templates")
        if fileManager.fileExists(atPath: local.appendingPathComponent("\(pageName).mustache").path) {
            return local.path
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("templates")
                if fileManager.fileExists(atPath: candidate.appendingPathComponent("\(pageName).mustache").path) {
                    return candidate.path
                }
                folder.deleteLastPathComponent()
            }
        }
        return local.path
    }
}
