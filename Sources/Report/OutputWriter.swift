import Foundation

/// Writes a report's files so that a failure loses nothing.
///
/// Every file is first written into a hidden staging folder inside the output folder; only
/// when all of them are written is each renamed over its old version (rename(2) replaces a
/// file atomically). A failure before that leaves the previous contents as they were.
struct OutputWriter {
    /// A file to write: a path relative to the output folder and its bytes.
    struct File {
        var path: String
        var contents: Data
    }

    var directory: String

    func write(_ files: [File]) throws(ReportError) {
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw ReportError(step: "write", .writeFailed(path: root.path, detail: "it is a file, not a folder"))
        }
        let staging = root.appendingPathComponent(".hedge-report-staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ReportError(step: "write", .writeFailed(path: root.path, detail: Self.reason(error)))
        }
        defer { try? fileManager.removeItem(at: staging) }

        for file in files {
            let target = staging.appendingPathComponent(file.path)
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: target)
            } catch {
                throw ReportError(step: "write", .writeFailed(path: root.appendingPathComponent(file.path).path, detail: Self.reason(error)))
            }
        }
        for file in files {
            let source = staging.appendingPathComponent(file.path)
            let target = root.appendingPathComponent(file.path)
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw ReportError(step: "write", .writeFailed(path: target.path, detail: Self.reason(error)))
            }
            guard rename(source.path, target.path) == 0 else {
                throw ReportError(step: "write", .writeFailed(path: target.path, detail: String(cString: strerror(errno))))
            }
        }
    }

    /// The system's reason for a failed file operation, without Foundation's wrapping.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
