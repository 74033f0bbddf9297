import Foundation

/// The rollback journal of a write in progress, kept as `.hedge-report/journal.json` from
/// before the first file of the output folder is touched until the new set is complete.
///
/// While it exists the folder may mix two sets; whoever holds the folder's lock next — the
/// same run after a failed step, or the next run after a kill — reads it and puts every old
/// file back (``rollBack(in:using:)``). Removing it is the commit.
struct OutputJournal: Codable, Sendable, Equatable {
    /// One name in the output folder the write replaces, creates or removes.
    struct Entry: Codable, Sendable, Equatable {
        /// Relative to the output folder.
        var path: String
        /// Whether a file was there before: it is moved into the backup folder, never deleted,
        /// until the commit.
        var hadOld: Bool
        /// Whether the new set has a file here (staged, then moved in); false for a stale file
        /// of an earlier run that the write removes.
        var isNew: Bool
    }

    /// Folder of the new files, relative to `.hedge-report/`.
    var staging: String
    /// Folder the old files are moved into, relative to `.hedge-report/`.
    var backup: String
    /// In the order they are applied.
    var entries: [Entry]
    /// Folders of the output folder the write created (e.g. `charts`), parents first.
    var createdFolders: [String]

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and booleans always encode.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Puts the folder back as it was before the write: every old file returns to its place,
    /// every new one goes, then the journal, staging and backup folders are removed.
    ///
    /// Each entry is undone from what is on disk, so a rollback that is itself interrupted
    /// can be run again: an old file still in the backup folder was moved out (and its new
    /// file perhaps moved in), so it is renamed back over whatever is there; an old file not
    /// in the backup was never moved; a new file no longer staged was moved in. A journal read
    /// back from disk is checked first (``check(in:using:)``).
    func rollBack(in folder: OutputPaths, using fileSystem: some OutputFileSystem) throws(FileSystemFailure) {
        let staged = folder.meta + "/" + staging, saved = folder.meta + "/" + backup
        for entry in entries.reversed() {
            let target = folder.root + "/" + entry.path
            if entry.hadOld {
                let old = saved + "/" + entry.path
                // A stale file's name is empty once it is moved out; something there now is
                // not the write's, and is not replaced.
                if fileSystem.kind(of: old, followingLinks: false) != nil,
                   entry.isNew || fileSystem.kind(of: target, followingLinks: false) == nil {
                    try fileSystem.rename(old, to: target)
                }
            } else if entry.isNew,
                      fileSystem.kind(of: staged + "/" + entry.path, followingLinks: false) == nil,
                      fileSystem.kind(of: target, followingLinks: false) != nil {
                try fileSystem.remove(target)
            }
        }
        for created in createdFolders.reversed() {
            let path = folder.root + "/" + created
            if (try? fileSystem.list(path))?.isEmpty == true { try fileSystem.remove(path) }
        }
        try fileSystem.remove(folder.journal)
        try fileSystem.synchronize(folder: folder.meta)
        try fileSystem.removeTree(staged)
        try fileSystem.removeTree(saved)
    }
}

/// The paths of an output folder and of the bookkeeping hedge-report keeps in it.
struct OutputPaths: Sendable {
    /// The output folder, as given.
    var root: String
    /// `root/.hedge-report`: the lock, the manifest, the journal, staging and backup folders.
    var meta: String { root + "/" + Self.metaName }
    var lock: String { meta + "/lock" }
    var manifest: String { meta + "/manifest.json" }
    var journal: String { meta + "/journal.json" }
    /// The journal is written here first, then renamed into place whole.
    var journalDraft: String { meta + "/journal.json.draft" }

    static let metaName = ".hedge-report"

    /// The folder part of a `/`-separated path: "" for a bare name, "/" for a name at the root.
    /// (Foundation's `deletingLastPathComponent` traps on a one-character name on Linux.)
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
    /// The manifest's path relative to the output folder, as it appears in a journal.
    static let manifestPath = metaName + "/manifest.json"
}
