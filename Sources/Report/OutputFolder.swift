import Foundation

/// The folder a report is written into, checked and locked before any work is done.
///
/// Opening it (the pipeline's preflight) makes sure the folder exists or can be created, is a
/// folder one can write in, and is not being written by another run; it then holds the folder's
/// lock until the value is released, and finishes or undoes the write of a run that was killed
/// in the middle (``OutputWriter`` says how). ``write(_:)`` then replaces the report's files
/// all at once.
public struct OutputFolder: Sendable {
    /// The folder, as given.
    public var path: String { paths.root }

    let paths: OutputPaths
    let fileSystem: any OutputFileSystem
    private let lock: Lock
    /// Whether opening created the folder, which a failed run then removes again.
    private let createdFolder: Bool
    /// Whether opening created `.hedge-report`, which a failed run then removes again.
    private let createdBookkeeping: Bool

    /// Checks, creates if needed, and locks the folder `path`; waits up to `lockTimeout` for
    /// another run writing into it.
    public init(path: String, lockTimeout: Duration = .seconds(3)) throws(ReportError) {
        try self.init(path: path, lockTimeout: lockTimeout, fileSystem: POSIXFileSystem())
    }

    init(path: String, lockTimeout: Duration, fileSystem: any OutputFileSystem) throws(ReportError) {
        let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        paths = OutputPaths(root: root.isEmpty ? "." : root)
        self.fileSystem = fileSystem
        // A failed run removes what it created — the folder, `.hedge-report`, the lock file;
        // a run that was waiting for that lock then starts over.
        var attempt = 0
        while true {
            attempt += 1
            let madeFolder = try Self.prepare(paths.root, fileSystem)
            let madeBookkeeping: Bool
            do throws(FileSystemFailure) {
                madeBookkeeping = try Self.createBookkeeping(paths, fileSystem)
            } catch where error.code == ENOENT && attempt < 3 {
                continue
            } catch where error.code == ENOTDIR {
                throw Self.failure(paths.meta, "it is not a folder; hedge-report keeps its lock and manifest there: move it away")
            } catch {
                // ENOENT for a folder that exists: a file system that takes no new entries (/proc).
                throw Self.failure(paths.root, [EACCES, EPERM, EROFS].contains(error.code)
                    ? "the output folder is not writable (\(error.reason))"
                    : "the folder exists but \(OutputPaths.metaName) cannot be created in it (\(error.reason)); "
                        + "it may be a system folder that holds no new files: pass another --output")
            }
            do throws(Lock.LockFailure) {
                lock = try Lock(path: paths.lock, timeout: lockTimeout)
            } catch {
                switch error {
                case let .busy(holder):
                    let who = holder.isEmpty ? "" : " (\(holder))"
                    throw Self.failure(paths.root, "another hedge-report run is writing into this folder\(who); "
                        + "wait for it to finish or pass another --output")
                case let .failed(failure) where failure.code == ENOENT && attempt < 3:
                    continue
                case let .failed(failure):
                    throw Self.failure(failure.path, "cannot lock it: \(failure.reason)")
                }
            }
            createdFolder = madeFolder
            createdBookkeeping = madeBookkeeping
            break
        }
        if !fileSystem.canModify(folder: paths.root) {
            throw Self.failure(paths.root, "the output folder is not writable (\(String(cString: strerror(EACCES))))")
        }
        do throws(ReportError) {
            let writer = OutputWriter(paths: paths, fileSystem: fileSystem)
            try SignalDeferral.deferring { () throws(ReportError) in try writer.recover() }
            try checkFixedNames(manifest: try OutputManifest.load(from: paths, using: fileSystem))
        } catch {
            // Refused: the folder is left as it was found.
            abandon()
            throw error
        }
    }

    /// Replaces the report's files with `files`, all or nothing.
    /// SIGINT and SIGTERM wait for the write to commit or roll back (``SignalDeferral``).
    public func write(_ files: [OutputWriter.File]) throws(ReportError) {
        let writer = OutputWriter(paths: paths, fileSystem: fileSystem)
        try SignalDeferral.deferring { () throws(ReportError) in try writer.write(files) }
    }

    /// After a failed run: removes what opening created — `.hedge-report` with its lock file,
    /// and the folder itself if it is then empty — so the folder is as it was before the run.
    public func abandon() {
        guard createdBookkeeping, fileSystem.kind(of: paths.journal, followingLinks: false) == nil else { return }
        try? fileSystem.removeTree(paths.meta)
        if createdFolder { try? fileSystem.remove(paths.root) }
    }

    /// Creates `.hedge-report` if missing; returns whether it did.
    private static func createBookkeeping(_ paths: OutputPaths, _ fileSystem: any OutputFileSystem) throws(FileSystemFailure) -> Bool {
        switch fileSystem.kind(of: paths.meta, followingLinks: false) {
        case nil:
            do throws(FileSystemFailure) {
                try fileSystem.createFolder(paths.meta)
                return true
            } catch where error.code == EEXIST {
                return false
            }
        case .folder:
            return false
        default:
            throw FileSystemFailure(path: paths.meta, code: ENOTDIR)
        }
    }

    /// Makes sure `root` is a folder, creating it and its parents if missing; returns whether
    /// it created it.
    private static func prepare(_ root: String, _ fileSystem: any OutputFileSystem) throws(ReportError) -> Bool {
        switch fileSystem.kind(of: root, followingLinks: false) {
        case .folder:
            return false
        case .symbolicLink:
            let destination = fileSystem.linkDestination(of: root) ?? "?"
            switch fileSystem.kind(of: root, followingLinks: true) {
            case .folder: return false
            case nil: throw failure(root, "the output folder is a dangling symbolic link to \(destination); create that folder or pass another --output")
            default: throw failure(root, "the output folder is a symbolic link to \(destination), which is not a folder")
            }
        case .file, .other:
            throw failure(root, "it is a file, not a folder")
        case nil:
            let parent = OutputPaths.parent(of: root)
            if !parent.isEmpty, parent != root, fileSystem.kind(of: parent, followingLinks: true) == nil {
                _ = try prepare(parent, fileSystem)
            }
            if !parent.isEmpty, let kind = fileSystem.kind(of: parent, followingLinks: true), kind != .folder {
                throw failure(root, "cannot create the output folder: \(parent) is a file, not a folder")
            }
            do throws(FileSystemFailure) {
                try fileSystem.createFolder(root)
            } catch {
                let denied = error.code == EACCES || error.code == EPERM || error.code == EROFS
                throw failure(root, "cannot create the output folder: "
                    + (denied ? "\(parent.isEmpty ? "the current folder" : parent) is not writable (\(error.reason))" : error.reason))
            }
            return true
        }
    }

    /// Refuses, before the simulation, what no write could replace: a folder where one of the
    /// report's files goes, a `charts` that is a file, a folder one cannot write in, and a file
    /// of the user's where `report.html`, `ledger.csv` or `summary.json` goes.
    private func checkFixedNames(manifest: OutputManifest?) throws(ReportError) {
        let writer = OutputWriter(paths: paths, fileSystem: fileSystem)
        for name in ["report.html", "ledger.csv", "summary.json"] {
            try writer.checkTarget(name)
            try writer.checkOwnership(of: name, manifest: manifest)
        }
        for figure in FigureID.allCases {
            for format in ["svg", "png"] where fileSystem.kind(of: paths.root + "/charts", followingLinks: true) == .folder {
                try writer.checkTarget("charts/\(figure.rawValue).\(format)")
            }
        }
        let charts = paths.root + "/charts"
        switch fileSystem.kind(of: charts, followingLinks: true) {
        case nil where fileSystem.kind(of: charts, followingLinks: false) == .symbolicLink:
            throw Self.failure(charts, "charts is a dangling symbolic link to \(fileSystem.linkDestination(of: charts) ?? "?"); remove it or pass another --output")
        case nil, .folder:
            try writer.checkFolder("charts")
        default:
            throw Self.failure(charts, "charts is a file, not a folder; the charts go into a folder of that name: move the file away or pass another --output")
        }
    }

    static func failure(_ path: String, _ detail: String) -> ReportError {
        ReportError(step: "write", .writeFailed(path: path, detail: detail))
    }
}
