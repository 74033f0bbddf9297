import Foundation

// embed-templates OUTPUT FOLDER
//
// Writes OUTPUT, a Swift source defining `TemplateSet.builtInSources`: the text of each
// `FOLDER/NAME.mustache` keyed by NAME. Each text is a multi-line string literal whose
// escapes make it equal to the file byte for byte (the Report tests compare the two).

/// `text` as the body of a multi-line string literal: every backslash and quote escaped (so no
/// `"""` and no line continuation can occur), carriage returns, tabs and other control
/// characters as escapes, line feeds kept as line breaks.
func literalBody(_ text: String) -> String {
    var body = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": body += "\\\\"
        case "\"": body += "\\\""
        case "\n": body += "\n"
        case "\r": body += "\\r"
        case "\t": body += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            body += "\\u{\(String(scalar.value, radix: 16))}"
        default: body.unicodeScalars.append(scalar)
        }
    }
    return body
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-templates: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else { fail("usage: embed-templates OUTPUT FOLDER") }
let (output, folder) = (arguments[0], URL(fileURLWithPath: arguments[1], isDirectory: true))
let names: [String]
do {
    names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
} catch {
    fail("cannot list \(folder.path): \(error)")
}
var entries = [String]()
for url in names.map(folder.appendingPathComponent) {
    let path = url.path
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path) is not UTF-8") }
    let name = url.deletingPathExtension().lastPathComponent
    // The closing delimiter at column 0 strips no indentation; the line break before it is not
    // part of the literal, so the text ends exactly as the file does.
    entries.append("        \"\(literalBody(name))\": \"\"\"\n\(literalBody(text))\n\"\"\",\n")
}
let source = """
// Generated at build time by the EmbedTemplates plugin (Plugins/) from templates/*.mustache.
// Do not edit: edit templates/ and rebuild.

extension TemplateSet {
    /// The default templates as `templates/` held them when this module was built, keyed by
    /// file name without `.mustache`.
    static let builtInSources: [String: String] = [
\(entries.isEmpty ? "        :\n" : entries.joined())    ]
}

"""
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    fail("cannot write \(output): \(error)")
}
