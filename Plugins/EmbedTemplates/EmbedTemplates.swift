import Foundation
import PackagePlugin

/// Builds the package's `templates/*.mustache` into the target as Swift source
/// (`BuiltInTemplates.swift`), so the executable carries its default templates wherever it is
/// copied. `templates/` stays the place to edit them: the command's inputs are the folder (whose
/// modification time changes when a template is added or removed) and each template in it, so a
/// build after an edit, an addition or a removal rewrites the generated source. SwiftPM runs
/// this plugin only when it plans the build again (a changed manifest, a source file added to a
/// target); until then a template added since is embedded when the folder changes but its later
/// edits are not seen — `touch Package.swift` replans.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates", directoryHint: .isDirectory)
        let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "mustache" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) templates from templates/ into \(target.name)",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path(percentEncoded: false), folder.path(percentEncoded: false)],
                inputFiles: [folder] + inputs,
                outputFiles: [output]
            ),
        ]
    }
}
