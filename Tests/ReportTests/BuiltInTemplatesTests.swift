import Foundation
import Testing
@testable import Report

/// The templates built into the module are `templates/` byte for byte, and all of them parse.
struct BuiltInTemplatesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    @Test func builtInTemplatesAreTheTemplatesFolderByteForByte() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(TemplateSet.builtInSources.keys) == Set(names.map { String($0.dropLast(".mustache".count)) }))
        for name in names {
            let file = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let builtIn = TemplateSet.builtInSources[String(name.dropLast(".mustache".count))].map { Data($0.utf8) }
            #expect(builtIn == file, "\(name) differs from its built-in copy")
        }
    }

    @Test func builtInTemplatesParseAndIncludeThePage() throws {
        let templates = try TemplateSet.load(directory: nil)
        #expect(templates.pagePath == "built-in templates/report.mustache")
    }
}
