/// A journal read back from disk is checked before it is undone: a forged one could otherwise
/// make the rollback remove or overwrite files anywhere the user can write.
extension OutputJournal {
    /// Refuses (exit 65, naming `.hedge-report/journal.json`) a journal that hedge-report could
    /// not have written, before anything is touched.
    ///
    /// Held: the staging and backup folders are `staging-` and `backup-` with 16 hexadecimal
    /// digits, and real folders when present; every entry is a plain relative path (no `..`,
    /// no absolute path) whose parents — in the output folder and in the backup and staging
    /// folders — are real folders, not symbolic links; an entry the rollback may delete (a new
    /// file) is a name the tool writes; inside `.hedge-report/` only the manifest is an entry;
    /// the folders it created are the tool's (`charts`).
    func check(in folder: OutputPaths, using fileSystem: some OutputFileSystem) throws(ReportError) {
        func refuse(_ detail: String) -> ReportError {
            ReportError(step: "write", .untrustedBookkeeping(
                path: folder.journal,
                detail: "this journal of an interrupted write is not one hedge-report writes: \(detail). "
                    + "If the folder's report files are yours to lose, delete \(OutputPaths.metaName) and run again; otherwise pass another --output"
            ))
        }
        for (name, prefix) in [(staging, "staging-"), (backup, "backup-")] {
            guard OutputPaths.isBookkeepingName(name, prefix: prefix) else {
                throw refuse("its \(prefix.dropLast()) folder is \(Self.quoted(name)), not \(prefix) and 16 hexadecimal digits")
            }
            if let kind = fileSystem.kind(of: folder.meta + "/" + name, followingLinks: false), kind != .folder {
                throw refuse("\(OutputPaths.metaName)/\(name) is not a folder")
            }
        }
        for entry in entries {
            if let flaw = OutputPaths.flaw(ofRelative: entry.path) {
                throw refuse("the entry \(Self.quoted(entry.path)) is \(flaw)")
            }
            if entry.path.hasPrefix(OutputPaths.metaName + "/"), entry.path != OutputPaths.manifestPath {
                throw refuse("the entry \(Self.quoted(entry.path)) is inside \(OutputPaths.metaName), where only the manifest is replaced")
            }
            if entry.isNew, !OutputPaths.toolNames.contains(entry.path) {
                throw refuse("the entry \(Self.quoted(entry.path)) is a new file under a name hedge-report never writes")
            }
            for (base, label) in [(folder.root, ""), (folder.meta + "/" + backup, "\(OutputPaths.metaName)/\(backup)/"),
                                  (folder.meta + "/" + staging, "\(OutputPaths.metaName)/\(staging)/")] {
                if let linked = OutputPaths.linkedParent(of: entry.path, under: base, in: fileSystem) {
                    throw refuse("the entry \(Self.quoted(entry.path)) lies under \(label)\(linked), which is a symbolic link")
                }
            }
        }
        for created in createdFolders where !OutputPaths.toolFolders.contains(created) {
            throw refuse("it lists \(Self.quoted(created)) as a folder it created; hedge-report creates only \(OutputPaths.toolFolders.sorted().joined(separator: ", "))")
        }
    }

    /// `name` in double quotes, cut to 80 characters: a forged name may be long.
    static func quoted(_ name: String) -> String {
        let shown = name.count > 80 ? String(name.prefix(80)) + "…" : name
        return "\"\(shown)\""
    }
}
