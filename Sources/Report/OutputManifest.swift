import Foundation

/// The list of files a run wrote into the output folder, kept as `.hedge-report/manifest.json`.
///
/// A later run replaces the files it writes again and removes the others listed here — its
/// own stale files, such as the PNGs of an earlier `--png` run — but only while their bytes
/// are still the ones recorded: a file the user has since changed, or never listed, is the
/// user's and stays.
struct OutputManifest: Codable, Sendable, Equatable {
    /// One file the run wrote.
    struct Entry: Codable, Sendable, Equatable {
        /// Relative to the output folder, `/`-separated.
        var path: String
        /// Size in bytes.
        var bytes: Int
        /// FNV-1a 64-bit hash of the contents, 16 hexadecimal digits: enough to tell a file the
        /// user has edited from the one written, not a security check.
        var fnv1a64: String
    }

    var note = "Files hedge-report wrote into this folder. The next run into the folder replaces or removes these, and no others."
    /// `hedge-report VERSION`.
    var tool: String
    var files: [Entry]

    init(tool: String, files: [OutputWriter.File]) {
        self.tool = tool
        self.files = files.map { Entry(path: $0.path, bytes: $0.contents.count, fnv1a64: Self.digest($0.contents)) }
    }

    /// Whether `contents` are what the manifest recorded for `path`.
    func lists(_ path: String, withContents contents: Data) -> Bool {
        files.contains { $0.path == path && $0.bytes == contents.count && $0.fnv1a64 == Self.digest(contents) }
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings and integers always encode.
        return (try? encoder.encode(self)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    /// FNV-1a, 64-bit (Fowler, Noll and Vo; offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the bytes in place: Data's iterator costs a call per byte.
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
