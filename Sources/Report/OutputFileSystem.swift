import Foundation

/// What a path names, as `lstat(2)` sees it (a symbolic link is not followed).
enum FileKind: Sendable, Equatable {
    case file
    case folder
    case symbolicLink
    /// A FIFO, socket or device.
    case other
}

/// A failed file-system call: the path and the `errno` it set.
struct FileSystemFailure: Error, Sendable, CustomStringConvertible {
    var path: String
    var code: Int32

    /// The system's words for `code`, e.g. "Permission denied".
    var reason: String { String(cString: strerror(code)) }
    var description: String { "\(path): \(reason)" }
}

/// The file-system calls the output folder is written with.
///
/// The calls that change the disk — create, write, rename, remove, synchronize — are the
/// *steps* of a write. Production code uses ``POSIXFileSystem``; tests wrap it in a value that
/// fails, or stops for good as a killed process would, at any one step, and check that the
/// folder still holds one complete set of files.
protocol OutputFileSystem: Sendable {
    /// The kind of `path`, following a final symbolic link when `followingLinks`; `nil` when
    /// nothing is there (or, following, when the link dangles).
    func kind(of path: String, followingLinks: Bool) -> FileKind?
    /// Where the symbolic link `path` points, as written in the link.
    func linkDestination(of path: String) -> String?
    /// Whether this process may create and remove entries in the folder `path`.
    func canModify(folder path: String) -> Bool
    func read(_ path: String) throws(FileSystemFailure) -> Data
    /// The names in the folder `path`, without `.` and `..`.
    func list(_ path: String) throws(FileSystemFailure) -> [String]

    /// Step: creates the folder `path` (its parent must exist).
    func createFolder(_ path: String) throws(FileSystemFailure)
    /// Step: creates or truncates `path` and writes `data` to disk.
    func write(_ data: Data, to path: String) throws(FileSystemFailure)
    /// Step: `rename(2)`, which replaces `target` atomically.
    func rename(_ source: String, to target: String) throws(FileSystemFailure)
    /// Step: removes the file, link or empty folder `path`.
    func remove(_ path: String) throws(FileSystemFailure)
    /// Step: removes `path` and everything under it.
    func removeTree(_ path: String) throws(FileSystemFailure)
    /// Step: flushes the folder's entries (the renames into it) to disk.
    func synchronize(folder path: String) throws(FileSystemFailure)
}

/// The real file system, through the POSIX calls.
struct POSIXFileSystem: OutputFileSystem {
    /// Whether ``write(_:to:)`` and ``synchronize(folder:)`` call `fsync(2)`, so a write
    /// survives a power cut, not only a killed process. Tests that repeat thousands of steps
    /// turn it off; the order of the steps is the same either way.
    var synchronizes = true

    func kind(of path: String, followingLinks: Bool) -> FileKind? {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    func linkDestination(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func canModify(folder path: String) -> Bool {
        access(path, W_OK | X_OK) == 0
    }

    func read(_ path: String) throws(FileSystemFailure) -> Data {
        // O_NOFOLLOW: the files read are the journal, the manifest and the report's own files,
        // none of which is ever a link; one there was not made by hedge-report.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw FileSystemFailure(path: path, code: errno) }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = systemRead(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw FileSystemFailure(path: path, code: errno) }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }

    func list(_ path: String) throws(FileSystemFailure) -> [String] {
        guard let folder = opendir(path) else { throw FileSystemFailure(path: path, code: errno) }
        defer { closedir(folder) }
        var names = [String]()
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    func createFolder(_ path: String) throws(FileSystemFailure) {
        guard mkdir(path, 0o777) == 0 else { throw FileSystemFailure(path: path, code: errno) }
    }

    func write(_ data: Data, to path: String) throws(FileSystemFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else { throw FileSystemFailure(path: path, code: errno) }
        var failure = writeAll(data, to: descriptor)
        if failure == nil, synchronizes, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw FileSystemFailure(path: path, code: failure) }
    }

    func rename(_ source: String, to target: String) throws(FileSystemFailure) {
        guard systemRename(source, target) == 0 else { throw FileSystemFailure(path: target, code: errno) }
    }

    func remove(_ path: String) throws(FileSystemFailure) {
        if unlink(path) == 0 { return }
        let unlinkError = errno
        if unlinkError == EISDIR || unlinkError == EPERM, rmdir(path) == 0 { return }
        throw FileSystemFailure(path: path, code: unlinkError == EISDIR || unlinkError == EPERM ? errno : unlinkError)
    }

    func removeTree(_ path: String) throws(FileSystemFailure) {
        guard let kind = kind(of: path, followingLinks: false) else { return }
        if kind == .folder {
            for name in try list(path) { try removeTree(path + "/" + name) }
        }
        try remove(path)
    }

    func synchronize(folder path: String) throws(FileSystemFailure) {
        guard synchronizes else { return }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemFailure(path: path, code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw FileSystemFailure(path: path, code: errno) }
    }
}

// The global calls, reached from file scope where the methods above do not shadow them.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Writes every byte of `data` to `descriptor`, again after an interrupted or partial
/// `write(2)`: the `errno` of the write that failed (`EIO` for one that wrote nothing), nil
/// when all of it was written. The output files and standard output (`hedge-report price`)
/// are written this one way.
public func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : EIO }
            offset += count
        }
        return nil
    }
}

private func systemRename(_ source: String, _ target: String) -> Int32 {
    rename(source, target)
}
