import Foundation

/// The manifest read back from disk, checked as data from outside: it decides which files a
/// run may replace or remove, so a forged one must not reach past the output folder.
extension OutputManifest {
    /// The manifest of `folder`, checked; `nil` when the folder has none (then no file in it
    /// counts as the tool's).
    ///
    /// Refused with exit 65, naming `.hedge-report/manifest.json`, before anything is touched:
    /// a manifest that is not a regular file or does not parse, an entry that is not a plain
    /// relative path (no `..`, no absolute path), lies inside `.hedge-report/`, or lies under a
    /// symbolic link or a file.
    static func load(from folder: OutputPaths, using fileSystem: some OutputFileSystem) throws(ReportError) -> OutputManifest? {
        func refuse(_ detail: String) -> ReportError {
            ReportError(step: "write", .untrustedBookkeeping(
                path: folder.manifest,
                detail: "\(detail). hedge-report replaces and removes only the files its manifest lists; "
                    + "delete \(OutputPaths.manifestPath) to keep every file as it is (the next run then replaces none), or pass another --output"
            ))
        }
        switch fileSystem.kind(of: folder.manifest, followingLinks: false) {
        case nil: return nil
        case .file: break
        case .folder: throw refuse("it is a folder, not the manifest hedge-report writes")
        case .symbolicLink, .other: throw refuse("it is a symbolic link or a special file, not the manifest hedge-report writes")
        }
        let data: Data
        do throws(FileSystemFailure) {
            data = try fileSystem.read(folder.manifest)
        } catch {
            throw OutputFolder.failure(folder.manifest, "cannot read it: \(error.reason)")
        }
        let manifest: OutputManifest
        do {
            manifest = try JSONDecoder().decode(OutputManifest.self, from: data)
        } catch {
            throw refuse("it does not parse as the manifest hedge-report writes (\(summary(of: error)))")
        }
        for entry in manifest.files {
            if let flaw = OutputPaths.flaw(ofRelative: entry.path) {
                throw refuse("the entry \(OutputJournal.quoted(entry.path)) is \(flaw)")
            }
            if entry.path.hasPrefix(OutputPaths.metaName + "/") {
                throw refuse("the entry \(OutputJournal.quoted(entry.path)) is inside \(OutputPaths.metaName), which holds no report file")
            }
            if let linked = OutputPaths.linkedParent(of: entry.path, under: folder.root, in: fileSystem) {
                throw refuse("the entry \(OutputJournal.quoted(entry.path)) lies under \(linked), which is a symbolic link")
            }
        }
        return manifest
    }

    /// A decoding error in a few words: what is wrong and where (`files[2].path`).
    static func summary(of error: any Error) -> String {
        let context: DecodingError.Context
        switch error as? DecodingError {
        case let .dataCorrupted(found)?, let .keyNotFound(_, found)?, let .typeMismatch(_, found)?, let .valueNotFound(_, found)?:
            context = found
        default:
            return "\(error)"
        }
        let place = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let reason = context.debugDescription
        return place.isEmpty ? reason : "at \(place.hasPrefix(".") ? String(place.dropFirst()) : place): \(reason)"
    }
}
