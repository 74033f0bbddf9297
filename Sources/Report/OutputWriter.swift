import Foundation

/// Replaces the report's files in a locked output folder so that, whatever happens — a failed
/// write, a full disk, a signal, `kill -9` — the folder holds either the complete previous set
/// or the complete new one, never a mix.
///
/// Why a rollback journal rather than one rename: the user points `--output` at a folder and
/// opens `report.html` in it, so the report's files must stay real files under their names in
/// that folder (`report.html`, `ledger.csv`, `summary.json`, `charts/NAME.svg`), beside files of
/// the user's own. A switch that is one rename needs the set behind one name — a generation
/// folder reached through symbolic links — which a browser follows but copying, zipping or
/// committing the folder does not. So each file is renamed into place in turn (each rename is
/// atomic), and a journal written before the first one records how to undo them all:
///
/// 1. stage: every new file, with the new manifest, is written into `.hedge-report/staging-ID`;
/// 2. journal: `.hedge-report/journal.json` lists each name the write touches and whether an
///    old file is there (written whole under another name, then renamed into place);
/// 3. swap: each old file is renamed into `.hedge-report/backup-ID`, then its new file from
///    staging into its place; stale files of an earlier run go to the backup too;
/// 4. commit: the journal is removed; the backup and staging folders are deleted after.
///
/// A failure before the commit rolls back at once; a killed run leaves the journal, and the
/// next run into the folder rolls back before it does anything else (``OutputJournal``). Staging
/// and backup names carry 64 random bits, not the PID, which repeats across PID namespaces; the
/// folder's lock makes the bookkeeping folders of a dead run safe to delete.
public struct OutputWriter: Sendable {
    /// A file to write: a path relative to the output folder and its bytes.
    public struct File: Sendable {
        /// Relative to the output folder, `/`-separated, e.g. `charts/greeks.svg`.
        public var path: String
        /// The bytes to write.
        public var contents: Data
    }

    let paths: OutputPaths
    let fileSystem: any OutputFileSystem

    /// Writes `files` (and the manifest listing them) in place of the previous report.
    func write(_ files: [File]) throws(ReportError) {
        let manifest = OutputManifest(tool: "hedge-report \(ReportPipeline.version)", files: files)
        let all = files + [File(path: OutputPaths.manifestPath, contents: manifest.encoded())]
        let previous = try OutputManifest.load(from: paths, using: fileSystem)
        for file in files {
            try checkTarget(file.path)
            try checkOwnership(of: file.path, manifest: previous)
        }
        let stale = staleFiles(keeping: Set(all.map(\.path)), manifest: previous)
        let id = Self.randomID()
        var journal = OutputJournal(staging: "staging-\(id)", backup: "backup-\(id)", entries: [], createdFolders: [])
        for path in stale + all.map(\.path) {
            let hadOld = fileSystem.kind(of: paths.root + "/" + path, followingLinks: false) != nil
            journal.entries.append(.init(path: path, hadOld: hadOld, isNew: !stale.contains(path)))
        }
        for folder in Set(all.map { Self.parent($0.path) }).sorted() where !folder.isEmpty {
            if fileSystem.kind(of: paths.root + "/" + folder, followingLinks: true) == nil {
                journal.createdFolders.append(folder)
            }
        }
        let staging = paths.meta + "/" + journal.staging
        do throws(FileSystemFailure) {
            try stage(all, in: staging)
        } catch {
            try? fileSystem.removeTree(staging)
            throw Self.failure(error)
        }
        do throws(FileSystemFailure) {
            try swap(journal)
        } catch {
            // Undo now; if that fails too, the journal stays for the next run to finish.
            if fileSystem.kind(of: paths.journal, followingLinks: false) != nil {
                try? journal.rollBack(in: paths, using: fileSystem)
            } else {
                try? fileSystem.removeTree(paths.journalDraft)
                try? fileSystem.removeTree(staging)
            }
            throw Self.failure(error)
        }
        // Committed. The backup goes only once the journal's removal is on disk: a journal back
        // after a power cut with its backup gone could not be undone. What is left here, the
        // next run removes.
        guard (try? fileSystem.synchronize(folder: paths.meta)) != nil else { return }
        try? fileSystem.removeTree(paths.meta + "/" + journal.backup)
        try? fileSystem.removeTree(staging)
    }

    /// Finishes what a killed run left: rolls back its unfinished write, then deletes staging
    /// and backup folders (of this version, or `.hedge-report-staging-PID` of earlier ones).
    func recover() throws(ReportError) {
        if let kind = fileSystem.kind(of: paths.journal, followingLinks: false) {
            guard kind == .file else {
                throw ReportError(step: "write", .untrustedBookkeeping(
                    path: paths.journal,
                    detail: "it is a symbolic link, a folder or a special file, not a journal hedge-report writes; "
                        + "if the folder's report files are yours to lose, delete \(OutputPaths.metaName) and run again"
                ))
            }
            let data: Data
            do throws(FileSystemFailure) {
                data = try fileSystem.read(paths.journal)
            } catch {
                throw OutputFolder.failure(paths.journal, "an interrupted write left this journal, which cannot be read (\(error.reason)); "
                    + "the folder may mix two reports: delete the report's files and \(OutputPaths.metaName), then run again")
            }
            let journal: OutputJournal
            do {
                journal = try JSONDecoder().decode(OutputJournal.self, from: data)
            } catch {
                throw ReportError(step: "write", .untrustedBookkeeping(
                    path: paths.journal,
                    detail: "an interrupted write left this journal, which does not parse as one (\(OutputManifest.summary(of: error))); "
                        + "the folder may mix two reports: delete the report's files and \(OutputPaths.metaName), then run again"
                ))
            }
            try journal.check(in: paths, using: fileSystem)
            do throws(FileSystemFailure) {
                try journal.rollBack(in: paths, using: fileSystem)
            } catch {
                throw OutputFolder.failure(error.path, "cannot undo the interrupted write of an earlier run: \(error.reason)")
            }
        }
        let ours: [String] = ((try? fileSystem.list(paths.meta)) ?? [])
            .filter { $0.hasPrefix("staging-") || $0.hasPrefix("backup-") || $0 == "journal.json.draft" }
        let earlierVersions: [String] = ((try? fileSystem.list(paths.root)) ?? [])
            .filter { $0.hasPrefix(".hedge-report-staging-") }
        let leftovers = ours.map { paths.meta + "/" + $0 } + earlierVersions.map { paths.root + "/" + $0 }
        for leftover in leftovers {
            do throws(FileSystemFailure) {
                try fileSystem.removeTree(leftover)
            } catch {
                throw OutputFolder.failure(error.path, "cannot remove what an interrupted earlier run left: \(error.reason)")
            }
        }
    }

    /// Refuses a name where a file of the report cannot go: a folder, or a parent that is not
    /// a folder one can write in.
    func checkTarget(_ path: String) throws(ReportError) {
        let target = paths.root + "/" + path
        if fileSystem.kind(of: target, followingLinks: false) == .folder {
            throw OutputFolder.failure(target, "\(path) is a folder, not a file; move it away or pass another --output")
        }
        let parent = Self.parent(path)
        if !parent.isEmpty { try checkFolder(parent) }
    }

    /// Refuses a folder of the output (`charts`) that is a file, or that exists and cannot be
    /// written in.
    func checkFolder(_ path: String) throws(ReportError) {
        let folder = paths.root + "/" + path
        switch fileSystem.kind(of: folder, followingLinks: true) {
        case nil:
            if fileSystem.kind(of: folder, followingLinks: false) == .symbolicLink {
                throw OutputFolder.failure(folder, "\(path) is a dangling symbolic link to \(fileSystem.linkDestination(of: folder) ?? "?")")
            }
        case .folder:
            if !fileSystem.canModify(folder: folder) {
                throw OutputFolder.failure(folder, "the folder \(path) is not writable (\(String(cString: strerror(EACCES))))")
            }
        default:
            throw OutputFolder.failure(folder, "\(path) is a file, not a folder; move it away or pass another --output")
        }
    }

    /// Refuses to replace what is at `path` unless hedge-report wrote it: a file the manifest
    /// lists with these very bytes. A user's file at a name the tool writes (a `report.html`
    /// of their own, a chart they redrew, a folder that was never a report) is theirs, and the
    /// run stops before the work rather than overwrite it (README, "Your files").
    func checkOwnership(of path: String, manifest: OutputManifest?) throws(ReportError) {
        let target = paths.root + "/" + path
        switch fileSystem.kind(of: target, followingLinks: false) {
        case nil, .folder:
            return
        case .symbolicLink, .other:
            throw OutputFolder.failure(target, "\(path) is a symbolic link or a special file that hedge-report did not write; "
                + "it replaces only its own files: move it away, or pass another --output")
        case .file:
            let contents: Data
            do throws(FileSystemFailure) {
                contents = try fileSystem.read(target)
            } catch {
                throw OutputFolder.failure(target, "cannot read it to tell whether hedge-report wrote it: \(error.reason)")
            }
            if manifest?.lists(path, withContents: contents) == true { return }
            let why = if let manifest {
                manifest.files.contains { $0.path == path } ? "it changed since hedge-report wrote it" : "\(OutputPaths.manifestPath) does not list it"
            } else {
                "the folder has no \(OutputPaths.manifestPath), so hedge-report wrote none of its files"
            }
            throw OutputFolder.failure(target, "\(path) is not a file hedge-report wrote (\(why)); it replaces only its own files: "
                + "move it away, or pass another --output")
        }
    }

    /// The files an earlier run wrote, as its manifest lists them, that the new set does not
    /// have and the user has not changed since. Without a manifest none: a file hedge-report
    /// could have written but did not record is the user's.
    private func staleFiles(keeping kept: Set<String>, manifest: OutputManifest?) -> [String] {
        guard let manifest else { return [] }
        return manifest.files.map(\.path).filter { path in
            guard !kept.contains(path), fileSystem.kind(of: paths.root + "/" + path, followingLinks: false) == .file,
                  let contents = try? fileSystem.read(paths.root + "/" + path)
            else { return false }
            return manifest.lists(path, withContents: contents)
        }
    }

    /// Step 1: writes every file into the staging folder.
    private func stage(_ files: [File], in staging: String) throws(FileSystemFailure) {
        try fileSystem.createFolder(staging)
        for folder in Set(files.map { Self.parent($0.path) }).sorted() where !folder.isEmpty {
            try createFolders(folder, under: staging)
        }
        for file in files {
            try fileSystem.write(file.contents, to: staging + "/" + file.path)
        }
    }

    /// Steps 2–4: journal, swap, commit (the journal's removal, its last step).
    private func swap(_ journal: OutputJournal) throws(FileSystemFailure) {
        let staging = paths.meta + "/" + journal.staging, backup = paths.meta + "/" + journal.backup
        try fileSystem.write(journal.encoded(), to: paths.journalDraft)
        try fileSystem.rename(paths.journalDraft, to: paths.journal)
        try fileSystem.synchronize(folder: paths.meta)
        for folder in journal.createdFolders {
            try fileSystem.createFolder(paths.root + "/" + folder)
        }
        try fileSystem.createFolder(backup)
        var touched = Set([paths.root])
        for entry in journal.entries {
            let target = paths.root + "/" + entry.path
            if entry.hadOld {
                try createFolders(Self.parent(entry.path), under: backup)
                try fileSystem.rename(target, to: backup + "/" + entry.path)
            }
            if entry.isNew {
                try fileSystem.rename(staging + "/" + entry.path, to: target)
            }
            touched.insert(OutputPaths.parent(of: target))
        }
        for folder in touched.sorted() { try fileSystem.synchronize(folder: folder) }
        try fileSystem.remove(paths.journal)
    }

    /// Creates `relative` and its missing parents under `base`.
    private func createFolders(_ relative: String, under base: String) throws(FileSystemFailure) {
        var path = base
        for component in relative.split(separator: "/") {
            path += "/" + component
            if fileSystem.kind(of: path, followingLinks: false) == nil { try fileSystem.createFolder(path) }
        }
    }

    private static func parent(_ path: String) -> String {
        OutputPaths.parent(of: path)
    }

    /// 64 random bits in hexadecimal: unique across processes, PID namespaces and hosts.
    private static func randomID() -> String {
        let digits = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func failure(_ error: FileSystemFailure) -> ReportError {
        OutputFolder.failure(error.path, error.reason)
    }
}
